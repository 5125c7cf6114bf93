using System.Text.RegularExpressions;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// The extractor over the ten real articles, compared with reviewed golden files
/// <c>Import/Golden/&lt;slug&gt;.figures.yml</c> (SITEGEN_ACCEPT=1 rewrites them; review every line).
/// </summary>
public sealed partial class FigureGoldenTests
{
    [GeneratedRegex(@"^---\n.*?\n---\n\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Figures_of_a_real_article_match_the_reviewed_golden_file(string slug)
    {
        var markdown = File.ReadAllText(Path.Combine(Repo.Input, "articles", "zh", slug + ".md")).Replace("\r\n", "\n");
        var body = FrontMatter().Replace(markdown, "", 1);

        var figures = FigureExtractor.Extract(MarkdownBody.PlainText(body), RepoRegistries.Units, RepoRegistries.Indicators);

        Snapshot.Match(Path.Combine(Repo.TestsDir, "Import", "Golden", slug + ".figures.yml"), FigureYaml.Write(figures));
    }

    [Fact]
    public void Plain_text_drops_heading_markers_and_escapes_only()
    {
        Assert.Equal("一、背景\n含 1,000 元与 <b> 和 *星号*。", MarkdownBody.PlainText("## 一、背景\n\n含 1,000 元与 \\<b\\> 和 \\*星号\\*。\n"));
    }
}
