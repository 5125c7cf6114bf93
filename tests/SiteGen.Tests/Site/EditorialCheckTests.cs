using SiteGen.Content;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The editors' checks over the real content: a planted wrong rendering, other-variety spelling or
/// banned phrase is reported with file and line (a warning; an error under --strict), and the
/// glossary, term notes and editor's notes reach the built pages and the feed.
/// </summary>
public sealed class EditorialCheckTests
{
    private const string Slug = "hannan-2025-07-07-e145d5";

    private static TestSite CopyOfRealInput()
    {
        var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        return site;
    }

    private static string EnFile(TestSite site) => Path.Combine(site.Input, "articles", "en", Slug + ".md");

    /// <summary>Replaces the first <paramref name="from"/> in a file (in the body unless <paramref name="frontMatter"/>) and returns the 1-based line it is on.</summary>
    private static int Plant(string file, string from, string to, bool frontMatter = false)
    {
        var text = File.ReadAllText(file);
        var at = text.IndexOf(from, frontMatter ? 0 : text.IndexOf("\n---\n", 4, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.True(at >= 0, $"\"{from}\" is not in {file}");
        File.WriteAllText(file, text[..at] + to + text[(at + from.Length)..]);
        return 1 + text.AsSpan(0, at).Count('\n');
    }

    [Fact]
    public void A_planted_wrong_rendering_is_reported_with_file_and_line_and_fails_strict()
    {
        using var site = CopyOfRealInput();
        var line = Plant(EnFile(site), "improved business environment", "improved business climate");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"{Slug}.md:{line}: warning: glossary: the zh text here uses 营商环境, rendered \"business environment\"", check.Stderr, StringComparison.Ordinal);

        var strict = RunCli.Run(site.Root, "check", "--input", site.Input, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"{Slug}.md:{line}: error: glossary:", strict.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_listed_under_glossary_except_is_not_reported()
    {
        using var site = CopyOfRealInput();
        Plant(EnFile(site), "improved business environment", "improved business climate");
        Plant(EnFile(site), "translation_status:", "glossary_except: [营商环境]\ntranslation_status:", frontMatter: true);

        var strict = RunCli.Run(site.Root, "check", "--input", site.Input, "--strict");
        Assert.Equal(0, strict.ExitCode);
        Assert.DoesNotContain("营商环境", strict.Stderr, StringComparison.Ordinal);

        var line = Plant(EnFile(site), "glossary_except: [营商环境]", "glossary_except: [营商环竟]", frontMatter: true);
        var typo = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Contains($"{Slug}.md:{line}: warning: glossary: 营商环竟 in `glossary_except:` is not a term of", typo.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_rendering_is_reported_anywhere_in_English()
    {
        using var site = CopyOfRealInput();
        var line = Plant(EnFile(site), "the CALB Wuhan base will be implemented", "the China Lithium Battery Wuhan base will be implemented");
        var zh = Path.Combine(site.Input, "articles", "zh", "hannan-2025-07-07-9e3220.md");
        var projectLine = 1 + File.ReadAllText(zh).Split('\n').ToList().FindIndex(l => l == "projects:");
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("en: \"Geely Terrafugia\"", "en: \"Geely Aerofugia\"", StringComparison.Ordinal));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Contains($"{Slug}.md:{line}: warning: glossary: \"China Lithium Battery\" is a rejected rendering of 中创新航; write \"CALB\"", check.Stderr, StringComparison.Ordinal);
        Assert.Contains($"hannan-2025-07-07-9e3220.md:{projectLine}: warning: glossary: \"Aerofugia\" is a rejected rendering of 太力; write \"Terrafugia\"", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_spelling_of_the_other_variety_is_reported_with_file_and_line()
    {
        using var site = CopyOfRealInput();
        var line = Plant(EnFile(site), "the team optimized approval procedures", "the team optimised approval procedures");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Contains($"{Slug}.md:{line}: warning: spelling: \"optimised\" is British; this site is written in en-US", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("write \"optimized\"", check.Stderr, StringComparison.Ordinal);

        // The same word is right once the site chooses British English, and the American one is flagged.
        var siteYml = Path.Combine(site.Input, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("english: en-US", "english: en-GB", StringComparison.Ordinal));
        var gb = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.DoesNotContain("\"optimised\" is British", gb.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning: spelling: \"optimized\" is American; this site is written in en-GB", gb.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planted_banned_phrase_is_reported_in_either_language()
    {
        using var site = CopyOfRealInput();
        var zh = Path.Combine(site.Input, "articles", "zh", Slug + ".md");
        var zhLine = Plant(zh, "确保施工无障碍展开。", "确保施工无障碍展开，避免数据虚构。");
        var enLine = Plant(EnFile(site), "ensuring that construction could proceed without obstacles.", "ensuring that construction could proceed without obstacles, avoiding fabricated data.");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Contains($"zh/{Slug}.md:{zhLine}: warning: style: \"数据虚构\" must not be published: an instruction to a writer", check.Stderr, StringComparison.Ordinal);
        Assert.Contains($"en/{Slug}.md:{enLine}: warning: style: \"fabricated\" must not be published", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, RunCli.Run(site.Root, "check", "--input", site.Input, "--strict").ExitCode);
    }

    [Theory]
    [InlineData("月湖桥建成通车。", "月湖桥")]
    [InlineData("月湖和月湖桥。", "月湖 月湖桥")]
    [InlineData("汉江两岸。", "")]
    public void A_term_inside_a_longer_term_counts_only_for_the_longer_one(string zh, string expected)
    {
        GlossaryTerm Term(string term, int line) => new(term, term, term, "", [], [], line);
        var terms = new[] { Term("月湖", 1), Term("月湖桥", 2) };
        Assert.Equal(expected, string.Join(" ", EditorialCheck.TermsIn(zh, terms).Select(t => t.Zh)));
    }

    [Fact]
    public void Bad_editorial_data_is_an_error_naming_file_and_line()
    {
        using var site = CopyOfRealInput();
        File.AppendAllText(Path.Combine(site.Input, "data", "glossary.yml"), "- zh: 测试术语\n  en: test term\n  notes: 含中文的说明\n- zh: 另一个\n  en: other term\n  reject: [other term]\n");
        File.AppendAllText(Path.Combine(site.Input, "data", "style.yml"), "- phrase: 只有短语\n");
        var glossaryLines = File.ReadAllLines(Path.Combine(site.Input, "data", "glossary.yml"));
        var styleLines = File.ReadAllLines(Path.Combine(site.Input, "data", "style.yml"));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"glossary.yml:{glossaryLines.Length - 5}: error: the en: and notes: of \"测试术语\" are shown on English pages", check.Stderr, StringComparison.Ordinal);
        Assert.Contains($"glossary.yml:{glossaryLines.Length - 2}: error: \"other term\" is both rejected and part of the rendering", check.Stderr, StringComparison.Ordinal);
        Assert.Contains($"style.yml:{styleLines.Length}: error: a style rule needs phrase: (the words not to publish) and reason:", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_term_notes_and_editors_notes_reach_the_pages_and_the_feed()
    {
        using var site = CopyOfRealInput();
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var glossary = site.Page("/en/glossary/");
        Assert.Contains("<div class=\"glossary-entry\" id=\"terrafugia\">", glossary, StringComparison.Ordinal);
        Assert.Contains("<span lang=\"zh-CN\">太力</span>", glossary, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/articles/hannan-2025-07-07-9e3220/\"", glossary, StringComparison.Ordinal);
        Assert.Contains("<dfn>太力</dfn> <span lang=\"en\">Terrafugia</span>", site.Page("/zh/glossary/"), StringComparison.Ordinal);

        var article = site.Page("/en/articles/hannan-2025-07-07-9e3220/");
        Assert.Contains("<a href=\"/en/articles/hannan-2025-07-07-9e3220/#term-terrafugia\" class=\"term\">Terrafugia</a>", article, StringComparison.Ordinal);
        Assert.Contains("<div id=\"term-terrafugia\">", article, StringComparison.Ordinal);
        Assert.Equal(1, article.Split("class=\"term\">Terrafugia</a>").Length - 1);
        Assert.Contains("<strong>Editor&#39;s note</strong>", article.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("the Chinese says each is on the order of CNY 10 billion", article, StringComparison.Ordinal);
        Assert.Contains("<strong>编者按</strong>", site.Page("/zh/articles/wuhan-2025-07-07-69415a/"), StringComparison.Ordinal);

        var feed = File.ReadAllText(Path.Combine(site.Output, "en", "feed.xml"));
        Assert.Contains("Editor&amp;#39;s note", feed.Replace("&amp;#x27;", "&amp;#39;", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
