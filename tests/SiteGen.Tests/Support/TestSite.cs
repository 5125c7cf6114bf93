using SiteGen.Core;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>
/// A whole small site written inline (Hugo's style): files as <c>-- path --</c> blocks in one string,
/// built with the repo's theme into a temp folder. Registries and site.yml come from the repo unless
/// the test writes its own.
/// </summary>
internal sealed partial class TestSite : IDisposable
{
    [GeneratedRegex(@"^-- (?<path>\S+) --\n", RegexOptions.Multiline)]
    private static partial Regex FileHeader();

    private readonly TempDir _temp = new();

    public TestSite(string files, bool withRepoData = true)
    {
        if (withRepoData)
        {
            Repo.CopyData(Input);
            File.Copy(Path.Combine(Repo.Input, "site.yml"), Path.Combine(Input, "site.yml"));
        }

        Write(files);
    }

    public string Root => _temp.Path;

    public string Input => _temp["input"];

    public string Output => _temp["output"];

    public string ThemeDir { get; set; } = Repo.Theme;

    public void Write(string files)
    {
        var matches = FileHeader().Matches(files.Replace("\r\n", "\n"));
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : files.Length;
            _temp.Write(matches[i].Groups["path"].Value, files.Replace("\r\n", "\n")[start..end]);
        }
    }

    public CliResult Build(params string[] extra) =>
        RunCli.Run(_temp.Path, ["build", "--input", Input, "--theme", ThemeDir, "--output", Output, .. extra]);

    public string Page(string url) => File.ReadAllText(Path.Combine(Output, SiteGen.Core.Urls.OutputPath(url)));

    public bool Exists(string url) => File.Exists(Path.Combine(Output, SiteGen.Core.Urls.OutputPath(url)));

    public void Dispose() => _temp.Dispose();

    /// <summary>A minimal valid zh article.</summary>
    public static string Zh(string slug, string title = "测试标题", string district = "hannan", string date = "2024-05-01", string body = "正文第一段。", string extra = "") =>
        $"-- input/articles/zh/{slug}.md --\n---\ntitle: \"{title}\"\ndate: {date}\ndistrict: {district}\nsource: \"汉南区招商\"\nslug: {slug}\nsummary: \"摘要。\"\ntopics: []\n{extra}---\n\n{body}\n";

    /// <summary>An en translation; pass the zh hash for a current one.</summary>
    public static string En(string slug, string hash, string title = "Test title", string body = "First paragraph.") =>
        $"-- input/articles/en/{slug}.md --\n---\ntitle: \"{title}\"\nsummary: \"Summary.\"\ntranslation_status: reviewed\nsource_hash: {hash}\n---\n\n{body}\n";
}
