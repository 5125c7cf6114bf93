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
        var file = Path.Combine(Repo.Input, "articles", "zh", slug + ".md");
        var (title, body) = TitleAndBody(file);
        var plain = MarkdownBody.PlainText(body);

        var figures = Extract(file, title, plain);

        Snapshot.Match(Path.Combine(Repo.TestsDir, "Import", "Golden", slug + ".figures.yml"), FigureYaml.Write(figures));
    }

    /// <summary>The figures the importer finds in a committed article, dated by its title, text and listing date, with its district's places.</summary>
    internal static IReadOnlyList<SiteGen.Core.Figure> Extract(string file, string title, string plain)
    {
        var markdown = File.ReadAllText(file).Replace("\r\n", "\n");
        var listed = DateOnly.ParseExact(DateLine().Match(markdown).Groups[1].Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var district = DistrictLine().Match(markdown).Groups[1].Value;
        return FigureExtractor.Extract(plain, RepoRegistries.Units, RepoRegistries.Indicators, ArticleTime.Of(title, plain, listed), new FigurePlace(RepoRegistries.Districts, district));
    }

    [GeneratedRegex("^date: (.*)$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex("^district: (.*)$", RegexOptions.Multiline)]
    private static partial Regex DistrictLine();

    /// <summary>The title (for the article's dating) and the Markdown body of a committed article.</summary>
    internal static (string Title, string Body) TitleAndBody(string file)
    {
        var markdown = File.ReadAllText(file).Replace("\r\n", "\n");
        var title = TitleLine().Match(markdown).Groups[1].Value;
        return (title, FrontMatter().Replace(markdown, "", 1));
    }

    [GeneratedRegex("^title: \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [Fact]
    public void Plain_text_drops_heading_markers_and_escapes_only()
    {
        Assert.Equal("一、背景\n含 1,000 元与 <b> 和 *星号*。", MarkdownBody.PlainText("## 一、背景\n\n含 1,000 元与 \\<b\\> 和 \\*星号\\*。\n"));
    }
}
