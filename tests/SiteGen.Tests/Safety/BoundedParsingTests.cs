using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Bounded parsing (issue #21): YAML (front matter, data files, site.yml, i18n) and Markdown bodies nested past the
/// limit are one `file:line: error` naming the limit, from check and build alike, before any recursion could
/// overflow the stack; a data file holds one YAML document.
/// </summary>
public sealed class BoundedParsingTests
{
    private static string HashOf() => TranslationHash.Of("测试标题", "摘要。", "\n正文第一段。\n");

    /// <summary>Builds a good site, breaks it, then build and check both fail with <paramref name="expected"/>; the output stays.</summary>
    private static void BuildAndCheckFail(Action<TestSite> breakIt, string expected, bool check = true)
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.En("a-1", HashOf()));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var before = Fingerprint.Of(site.Output);
        breakIt(site);
        var build = site.Build("--no-search");
        Assert.True(build.ExitCode == 1, build.Stdout + build.Stderr);
        Assert.Contains(expected, build.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", build.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint.Of(site.Output));
        if (check)
        {
            var checkResult = RunCli.Run(site.Root, "check", "--input", site.Input);
            Assert.Equal(1, checkResult.ExitCode);
            Assert.Contains(expected, checkResult.Stderr, StringComparison.Ordinal);
        }
    }

    private static string Limit => $"nest more than {YamlNodeLoader.MaxDepth} levels deep here (the limit)";

    private static void Append(TestSite site, string relative, string text) => File.AppendAllText(Path.Combine(site.Input, relative), text);

    [Theory]
    [InlineData("[", 40_000)]
    [InlineData("{a: ", 40_000)]
    [InlineData("[", 33)]
    public void Deep_front_matter_is_an_error_at_its_line(string open, int depth)
    {
        var deep = "topics: " + string.Concat(Enumerable.Repeat(open, depth)) + "\n";
        BuildAndCheckFail(s => s.Write(TestSite.Zh("a-1", extra: deep).Replace("topics: []\n", "", StringComparison.Ordinal)), "input/articles/zh/a-1.md:8: error: lists and mappings " + Limit);
    }

    [Fact]
    public void Deep_site_yml_is_an_error_at_its_line()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Input, "site.yml")).Length;
        BuildAndCheckFail(s => Append(s, "site.yml", "deep: " + string.Concat(Enumerable.Repeat("{a: ", 40_000)) + "\n"), $"input/site.yml:{lines + 1}: error: lists and mappings " + Limit);
    }

    [Theory]
    [InlineData("- ")]
    [InlineData("[")]
    public void A_deep_data_file_is_an_error_at_its_line(string open)
    {
        BuildAndCheckFail(s => File.WriteAllText(Path.Combine(s.Input, "data", "topics.yml"), "# topics\n" + string.Concat(Enumerable.Repeat(open, 40_000)) + "x\n"),
            "input/data/topics.yml:2: error: lists and mappings " + Limit);
    }

    [Fact]
    public void Deep_ui_strings_are_an_error_at_their_line()
    {
        using var theme = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        var en = Path.Combine(theme.Path, "i18n", "en.yml");
        File.AppendAllText(en, "deep: " + string.Concat(Enumerable.Repeat("[", 40_000)) + "x\n");
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"en.yml:{File.ReadAllLines(en).Length}: error: lists and mappings " + Limit, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(YamlNodeLoader.MaxDepth)]
    public void Yaml_nested_up_to_the_limit_is_read(int depth)
    {
        var text = "a: " + new string('[', depth - 1) + "x" + new string(']', depth - 1) + "\n";
        Assert.NotNull(YamlNodeLoader.Load(text));
    }

    [Fact]
    public void One_level_past_the_limit_is_an_error_at_its_line()
    {
        var text = "k: v\na: " + new string('[', YamlNodeLoader.MaxDepth) + "x" + new string(']', YamlNodeLoader.MaxDepth) + "\n";
        var error = Assert.Throws<YamlRuleException>(() => YamlNodeLoader.Load(text));
        Assert.Equal(2, error.Start.Line);
    }

    public static TheoryData<string, int> DeepBodies => new()
    {
        { string.Concat(Enumerable.Repeat(">", 5_000)) + " 深\n", 0 },
        { string.Concat(Enumerable.Repeat("- ", 3_000)) + "深\n", 0 },
        { string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', 2 * i) + "- 项\n")), MarkdownNesting.MaxLevels },
        { string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', 3 * i) + "1. 项\n")), MarkdownNesting.MaxLevels },
        { string.Concat(Enumerable.Range(0, 40).Select(i => new string('>', i + 1) + " 引\n")), MarkdownNesting.MaxLevels },
        { Emphasis(40), 0 },
        { "深: " + new string('[', 1_638) + "\n", 0 },
        { string.Concat(Enumerable.Repeat("![", 200)) + "x\n", 0 },
    };

    /// <summary>Emphasis inside emphasis, <paramref name="levels"/> deep (`*` and `_` in turn, so that none merge).</summary>
    private static string Emphasis(int levels) =>
        string.Concat(Enumerable.Range(0, levels).Select(i => (i % 2 == 0 ? "*" : "_") + "甲 ")) + "深"
        + string.Concat(Enumerable.Range(0, levels).Reverse().Select(i => " 乙" + (i % 2 == 0 ? "*" : "_"))) + "\n";

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void A_deeply_nested_body_is_an_error_at_its_line_for_check_and_build(string body, int lineInBody)
    {
        // The body starts on line 11 of TestSite.Zh's file, after a blank line.
        BuildAndCheckFail(s => s.Write(TestSite.Zh("a-1", body: "第一段。\n\n" + body)),
            $"input/articles/zh/a-1.md:{13 + lineInBody}: error: the Markdown nests more than {MarkdownNesting.MaxLevels} levels deep here");
    }

    [Theory]
    [MemberData(nameof(DeepBodies))]
    public void A_deeply_nested_body_is_the_same_error_for_translations_stamp_and_nothing_is_written(string body, int lineInBody)
    {
        using var site = new TestSite(TestSite.Zh("a-1", body: "第一段。\n\n" + body) + TestSite.En("a-1", "sha256:0000000000000000"));
        var en = Path.Combine(site.Input, "articles", "en", "a-1.md");
        var before = File.ReadAllBytes(en);

        var stamp = RunCli.Run(site.Root, "translations", "stamp", en, "--input", site.Input);

        Assert.Equal(1, stamp.ExitCode);
        Assert.Contains($"input/articles/zh/a-1.md:{13 + lineInBody}: error: the Markdown nests more than {MarkdownNesting.MaxLevels} levels deep here", stamp.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", stamp.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(en));
    }

    [Fact]
    public void Nesting_at_the_limit_builds()
    {
        var quotes = string.Concat(Enumerable.Range(0, MarkdownNesting.MaxLevels).Select(i => new string('>', i + 1) + " 引\n\n"));
        var lists = string.Concat(Enumerable.Range(0, MarkdownNesting.MaxLevels).Select(i => new string(' ', 2 * i) + "- 项\n"));
        var emphasis = Emphasis(MarkdownNesting.MaxLevels);
        using var site = new TestSite(TestSite.Zh("a-1", body: quotes + "\n" + lists + "\n" + emphasis));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("深", site.Page("/zh/articles/a-1/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_document_in_a_data_file_is_an_error_at_its_line()
    {
        var glossary = File.ReadAllLines(Path.Combine(Repo.Input, "data", "glossary.yml"));
        var middle = Array.FindIndex(glossary, glossary.Length / 2, l => l.StartsWith("- ", StringComparison.Ordinal));
        BuildAndCheckFail(s => File.WriteAllLines(Path.Combine(s.Input, "data", "glossary.yml"), [.. glossary[..middle], "---", .. glossary[middle..]]),
            $"input/data/glossary.yml:{middle + 1}: error: a second YAML document starts here");
    }

    [Theory]
    [InlineData("...\npage_size: 5\n", 2)]
    [InlineData("---\npage_size: 5\n", 1)]
    [InlineData("...\n", 0)]
    public void Content_after_the_end_of_site_yml_is_an_error(string tail, int errorLine)
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Input, "site.yml")).Length;
        if (errorLine == 0)
        {
            using var site = new TestSite(TestSite.Zh("a-1"));
            Append(site, "site.yml", tail); // an end marker alone ends the one document
            Assert.Equal(0, site.Build("--no-search").ExitCode);
            return;
        }

        BuildAndCheckFail(s => Append(s, "site.yml", tail), $"input/site.yml:{lines + errorLine}: error: a second YAML document starts here");
    }

    [Fact]
    public void A_document_end_marker_in_front_matter_is_an_error()
    {
        BuildAndCheckFail(s => s.Write(TestSite.Zh("a-1", extra: "...\nnotes: []\n")), "input/articles/zh/a-1.md:10: error: a second YAML document starts here");
    }
}
