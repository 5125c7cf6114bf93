using SiteGen.Render;
using SiteGen.Tests.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>What a broken or runaway theme is told, and that pages carry their own text.</summary>
public sealed class RenderEngineTests
{
    [Fact]
    public void A_runaway_loop_still_stops_with_the_template_line()
    {
        using var temp = new TempDir();
        using var site = SiteWithHomeEnding(temp, "{{ for i in 1..100000000 }}{{ end }}");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"home\.sbn-html:\d+: error: .*LoopLimit", result.Stderr);
        Assert.False(Directory.Exists(site.Output) && Directory.EnumerateFileSystemEntries(site.Output).Any());
    }

    [Fact]
    public void A_loop_as_long_as_the_pages_lists_allow_renders()
    {
        // The limit is four times the page's list items and table cells, at least 10,000 steps per loop.
        using var temp = new TempDir();
        using var site = SiteWithHomeEnding(temp, "{{ n = 0 }}{{ for i in 1..9000 }}{{ n = n + 1 }}{{ end }}<p id=\"steps\">{{ n }}</p>");
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("<p id=\"steps\">9000</p>", site.Page("/zh/"), StringComparison.Ordinal);
    }

    /// <summary>A one-article site whose theme is the repository's with <paramref name="ending"/> added to the home layout.</summary>
    private static TestSite SiteWithHomeEnding(TempDir theme, string ending)
    {
        BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        File.AppendAllText(Path.Combine(theme.Path, "layouts", "home.sbn-html"), $"\n{ending}\n");
        return new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
    }

    [Fact]
    public void A_search_string_missing_in_both_languages_is_named()
    {
        using var temp = new TempDir();
        BuildTests.CopyDirectory(Repo.Theme, temp.Path);
        foreach (var lang in new[] { "zh", "en" })
        {
            var file = Path.Combine(temp.Path, "i18n", lang + ".yml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith("search_searching:", StringComparison.Ordinal)));
        }

        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = temp.Path };
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("zh.yml: error: UI string \"search_searching\" is missing; the search page needs it", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A theme older than the code (strings only the page models use, such as a pager's) is an error naming the file, not a crash.</summary>
    [Theory]
    [InlineData("article_count", null)]
    [InlineData("pager_page", 1)]
    public void A_ui_string_the_pages_need_missing_in_both_languages_is_an_error_naming_the_file(string key, int? pageSize)
    {
        using var temp = new TempDir();
        BuildTests.CopyDirectory(Repo.Theme, temp.Path);
        foreach (var lang in new[] { "zh", "en" })
        {
            var file = Path.Combine(temp.Path, "i18n", lang + ".yml");
            File.WriteAllLines(file, File.ReadAllLines(file).Where(l => !l.StartsWith(key + ":", StringComparison.Ordinal)));
        }

        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.Zh("a-2")) { ThemeDir = temp.Path };
        if (pageSize is { } size)
        {
            File.AppendAllText(Path.Combine(site.Input, "site.yml"), $"page_size: {size}\n");
        }

        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        // Whichever language's pages the parallel page making reached first is named (both lack the key).
        Assert.Matches($"i18n/(zh|en)\\.yml: error: UI string \"{key}\" is missing; SiteGen's pages need it", result.Stderr.Replace('\\', '/'));
        Assert.DoesNotContain("SiteGen bug", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Cards_on_related_lists_and_lists_carry_each_articles_own_text()
    {
        // Two articles in one district: each shows the other as related, and both show the same cards
        // on the lists; the pages must carry each card's own text.
        using var site = new TestSite(
            TestSite.Zh("a-1", title: "第一篇", date: "2024-05-01") + TestSite.Zh("a-2", title: "第二篇", date: "2024-05-02")
            + TestSite.Zh("a-3", title: "第三篇", date: "2024-05-03") + TestSite.Zh("a-4", title: "第四篇", date: "2024-05-04"));
        Assert.Equal(0, site.Build().ExitCode);
        var first = HtmlScan.Parse(site.Page("/zh/articles/a-1/"));
        var related = first.QuerySelectorAll(".related .card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(["第四篇", "第三篇"], related); // newest first; a-2 is the pager's neighbour, so not repeated as related
        var list = HtmlScan.Parse(site.Page("/zh/articles/")).QuerySelectorAll(".card-title a").Select(a => a.TextContent).ToList();
        Assert.Equal(["第四篇", "第三篇", "第二篇", "第一篇"], list);
    }
}

/// <summary>The loop limit's count of list items skips records that cannot hold lists, and counts the same as walking everything.</summary>
public sealed class ListItemsTests
{
    private sealed record Leaf(string Text, int Number, decimal? Amount);

    private sealed record Row(IReadOnlyList<string> Cells, Leaf Card);

    private record Open(object? Anything);

    private sealed record Model(IReadOnlyList<Row> Rows, Leaf Lead, Open Extra, IReadOnlyList<Leaf> Cards, Open? Missing);

    [Fact]
    public void Every_list_and_its_items_are_counted_however_deep()
    {
        var model = new Model(
            [new Row(["a", "b", "c"], new Leaf("x", 1, null)), new Row([], new Leaf("y", 2, 3m))],
            new Leaf("lead", 0, null),
            new Open(new List<object> { new Row(["d"], new Leaf("z", 3, null)), "e" }),
            [new Leaf("1", 1, 1m), new Leaf("2", 2, 2m)],
            null);

        // Rows: 2 + cells 3 + 0; Extra's list: 2 + its row's cells 1; Cards: 2.
        Assert.Equal(2 + 3 + 0 + 2 + 1 + 2, SiteGen.Render.ViewEquality.ListItems(model));
        Assert.Equal(0, SiteGen.Render.ViewEquality.ListItems(new Leaf("only", 1, 1m)));
    }
}

/// <summary>A page whose layout ends in a character outside the Basic Multilingual Plane renders it whole.</summary>
public sealed class LayoutTextTests
{
    [Fact]
    public void A_layout_that_ends_in_a_surrogate_pair_renders_whole()
    {
        using var theme = new TempDir();
        Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        var home = Path.Combine(theme.Path, "layouts", "home.sbn-html");
        File.WriteAllText(home, File.ReadAllText(home).TrimEnd() + "\n<p id=\"last\">最后😀");
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("<p id=\"last\">最后😀", site.Page("/zh/"), StringComparison.Ordinal);
    }
}
