using SiteGen.Tests.Support;
using SiteGen.Translation;

namespace SiteGen.Tests.Translation;

/// <summary>Block-level staleness: after a stamp, `check` names exactly the zh blocks that changed, were added or removed.</summary>
public sealed class StalenessTests
{
    private const string Slug = "hannan-2025-07-07-e145d5";

    /// <summary>A copy of the repo's input with every English file stamped (so each records its block hashes).</summary>
    private static TestSite StampedCopy()
    {
        var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        var en = Directory.GetFiles(Path.Combine(site.Input, "articles", "en"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var stamp = RunCli.Run(site.Root, ["translations", "stamp", .. en, "--input", site.Input]);
        Assert.True(stamp.ExitCode == 0, stamp.Stderr);
        Assert.Equal(0, RunCli.Run(site.Root, "check", "--input", site.Input, "--strict").ExitCode);
        return site;
    }

    private static string ZhFile(TestSite site) => Path.Combine(site.Input, "articles", "zh", Slug + ".md");

    private static int LineOf(string text, string what) => text[..text.IndexOf(what, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string[] ChangeLines(string output) =>
        output.Split('\n').Where(l => l.Contains(" since the translation", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Changing_one_zh_paragraph_names_that_paragraph_its_words_and_its_English_line_and_only_it()
    {
        using var site = StampedCopy();
        var zh = ZhFile(site);
        var text = File.ReadAllText(zh).Replace("项目启动过程体现高效执行力，", "项目启动过程体现了极高的执行力，", StringComparison.Ordinal);
        File.WriteAllText(zh, text);
        var line = LineOf(text, "项目启动过程体现了极高的执行力");
        var enText = File.ReadAllText(Path.Combine(site.Input, "articles", "en", Slug + ".md"));
        var enLine = LineOf(enText, "The launch of the project");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Equal(0, check.ExitCode);
        var changes = ChangeLines(check.Stdout);
        Assert.Equal([$"input/articles/zh/{Slug}.md:{line}: paragraph changed since the translation; its English is input/articles/en/{Slug}.md:{enLine}"],
            changes.Select(c => c[c.IndexOf("input/articles/zh/", StringComparison.Ordinal)..]).ToArray());
        Assert.Contains("    zh now: 项目启动过程体现了极高的执行力，", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("    en:     The launch of the project", check.Stdout, StringComparison.Ordinal);

        var strict = RunCli.Run(site.Root, "check", "--input", site.Input, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains($"{Slug}.md:{line}: paragraph changed since the translation", strict.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_change_outside_the_translated_text_says_so_instead_of_naming_nothing()
    {
        using var site = StampedCopy();
        File.AppendAllText(ZhFile(site), "\n```\n代码\n```\n");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain(ChangeLines(check.Stdout), l => l.Contains(": paragraph ", StringComparison.Ordinal));
        Assert.Contains($"input/articles/zh/{Slug}.md: changed outside the translated text since the translation (markup only", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_paragraph_is_reported_as_added_and_the_paragraphs_after_it_are_not()
    {
        using var site = StampedCopy();
        var zh = ZhFile(site);
        var text = File.ReadAllText(zh).Replace("## 三、产业联动与市场机遇\n", "## 三、产业联动与市场机遇\n\n新增的一段话，说明产业联动。\n", StringComparison.Ordinal);
        File.WriteAllText(zh, text);

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        var changes = ChangeLines(check.Stdout);
        var added = Assert.Single(changes);
        Assert.Contains($"{Slug}.md:{LineOf(text, "新增的一段话")}: paragraph added since the translation; its English goes after input/articles/en/{Slug}.md:", added, StringComparison.Ordinal);
        Assert.Contains("    zh now: 新增的一段话，说明产业联动。", check.Stdout, StringComparison.Ordinal);

        // The English page says the same to readers (and to editors in preview, which builds the same pages).
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var page = site.Page($"/en/articles/{Slug}/");
        Assert.Contains("<li>A new paragraph after the heading “III. Industrial Linkage and Market Opportunities”</li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_removed_paragraph_is_reported_with_the_English_paragraph_to_delete()
    {
        using var site = StampedCopy();
        var zh = ZhFile(site);
        var original = File.ReadAllText(zh);
        var start = original.IndexOf("项目启动过程体现高效执行力", StringComparison.Ordinal);
        var end = original.IndexOf("\n\n", start, StringComparison.Ordinal);
        File.WriteAllText(zh, original[..start] + original[(end + 2)..]);
        var enText = File.ReadAllText(Path.Combine(site.Input, "articles", "en", Slug + ".md"));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        var removed = Assert.Single(ChangeLines(check.Stdout));
        Assert.Contains($"input/articles/en/{Slug}.md:{LineOf(enText, "The launch of the project")}: paragraph removed from input/articles/zh/{Slug}.md since the translation; delete this English paragraph", removed, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_stamped_without_block_hashes_is_still_stale_as_a_whole()
    {
        using var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        var en = Path.Combine(site.Input, "articles", "en", Slug + ".md");
        var lines = File.ReadAllLines(en).Where(l => !l.StartsWith("source_blocks:", StringComparison.Ordinal));
        File.WriteAllText(en, string.Join("\n", lines) + "\n");
        Assert.Equal(0, RunCli.Run(site.Root, "check", "--input", site.Input, "--strict").ExitCode);
        var zh = ZhFile(site);
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("项目启动过程体现高效执行力，", "项目启动过程体现了极高的执行力，", StringComparison.Ordinal));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Contains($"{Slug}.md: stale:", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("cannot say which changed", check.Stdout, StringComparison.Ordinal);
        Assert.Empty(ChangeLines(check.Stdout));

        // A paragraph added as well: the files no longer pair block by block, and check says so.
        File.AppendAllText(zh, "\n新增的一句话。\n");
        Assert.Contains("cannot be paired with its zh source block by block (the zh file has 1 more block(s) than the English", RunCli.Run(site.Root, "check", "--input", site.Input).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a b c d", "a b x c d", "Same Same Added Same Same")]
    [InlineData("a b c d", "a x c d", "Same Changed Same Same")]
    [InlineData("a b c d", "a c d", "Same Removed Same Same")]
    [InlineData("a b c d", "a x y c d", "Same Changed Added Same Same")]
    [InlineData("a b c d", "b c d a", "Removed Same Same Same Added")]
    [InlineData("", "a", "Added")]
    public void Alignment_marks_only_what_moved(string old, string now, string expected)
    {
        static string[] Split(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var steps = BlockDiff.Align(Split(old), Split(now));
        Assert.Equal(expected, string.Join(' ', steps.Select(s => s.Kind)));
    }
}
