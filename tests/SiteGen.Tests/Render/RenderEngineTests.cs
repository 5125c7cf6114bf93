using SiteGen.Render;
using SiteGen.Tests.Build;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>
/// The rendering shortcuts (reused contexts and buffers, the inline include, remembered partials,
/// the lazily counted loop limit) change how a page is made, never what it says or what a broken
/// theme is told.
/// </summary>
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

    [Theory]
    [InlineData("<li>{{ card.title | html.escape }} {{ t.published }}</li>", "card,html,t")]
    [InlineData("{{ for c in cards }}{{ c.url }}{{ if !for.last }},{{ end }}{{ end }}", "cards")]
    [InlineData("{{ if x }}{{ y[0] }}{{ else }}{{ z ? 1 : 2 }}{{ end }}", "x,y,z")]
    public void A_partial_that_only_reads_is_pure_and_its_reads_are_the_key(string text, string reads)
    {
        var template = Scriban.Template.Parse(text);
        Assert.Equal(reads.Split(','), PartialMemo.Reads(template.Page!)!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{{ n = 1 }}{{ n }}")] // assigns: a remembered text would skip the assignment
    [InlineData("{{ capture x }}a{{ end }}{{ x }}")]
    [InlineData("{{ $0 }}")] // its arguments
    [InlineData("{{ for.index }}")] // the caller's loop
    [InlineData("{{ include \"other\" }}")] // a partial it cannot see
    [InlineData("{{ func f; ret 1; end }}{{ f }}")]
    [InlineData("{{ date.now }}")] // the clock
    [InlineData("{{ math.random 1 10 }}")]
    public void A_partial_with_effects_or_outside_inputs_is_not_remembered(string text)
    {
        var template = Scriban.Template.Parse(text);
        Assert.Null(PartialMemo.Reads(template.Page!));
    }

    [Fact]
    public void An_include_of_a_pure_partial_reads_what_it_reads_minus_the_loop_variable()
    {
        var card = Scriban.Template.Parse("<li>{{ card.title }}{{ level }}</li>");
        var cards = Scriban.Template.Parse("{{ for card in cards }}{{ include \"card\" }}{{ end }}");
        var partials = new Dictionary<string, Scriban.Template> { ["card"] = card, ["cards"] = cards };
        Assert.Equal(["cards", "level"], PartialMemo.Reads(cards.Page!, partials)!.Order(StringComparer.Ordinal));
    }

    /// <summary>What one page shows once (its tables, its own list of cards) is not kept; what a second page asks for again is.</summary>
    [Fact]
    public void The_memo_keeps_an_output_only_when_its_key_is_asked_for_a_second_time()
    {
        var card = Scriban.Template.Parse("<li>{{ card.title }}</li>");
        var memo = new PartialMemo(new Dictionary<string, Scriban.Template> { ["card"] = card });
        var (one, other) = (new object(), new object());
        Assert.False(memo.Admit(new PartialMemo.Key(card, [one])));
        Assert.True(memo.Admit(new PartialMemo.Key(card, [one])));
        Assert.True(memo.Admit(new PartialMemo.Key(card, [one])));
        Assert.False(memo.Admit(new PartialMemo.Key(card, [other])));
        Assert.False(memo.Admit(new PartialMemo.Key(card, ["a string value"])));
        Assert.True(memo.Admit(new PartialMemo.Key(card, ["a string value"])));
    }

    [Fact]
    public void Remembered_partials_give_the_same_pages_as_rendering_each_time()
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

/// <summary>
/// baseof's <c>{{ content }}</c> stands in the page's buffer as the layout's buffer, not a copy of it: the
/// page's text and bytes are the same as if it were copied, whatever characters meet at the joins.
/// </summary>
public sealed class SplicedLayoutTests
{
    [Theory]
    [InlineData("<main>正文</main>\n")]
    [InlineData("😀 opens with an emoji, and one stands before the last character 😀\n")]
    [InlineData("x")]
    public void A_spliced_layout_reads_and_encodes_as_the_whole_text(string layout)
    {
        // As baseof's content is written: all but the last character spliced, the last one written.
        var buffers = new SiteGen.Render.PageBuffers();
        buffers.Layout.Write(layout, 0, layout.Length);
        buffers.Page.Write("<body>", 0, 6);
        buffers.Page.Splice(buffers.Layout, layout.Length - 1);
        buffers.Page.Write(layout, layout.Length - 1, 1);
        buffers.Page.Write("</body>😀", 0, "</body>😀".Length);

        var whole = "<body>" + layout + "</body>😀";
        Assert.True(buffers.Page.Spliced);
        Assert.Equal(whole, buffers.Page.ToString());
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(whole), buffers.Utf8().ToArray());
    }

    [Theory]
    [InlineData(32 * 1024 - 1)] // an emoji's two halves on both sides of the first chunk's end
    [InlineData(32 * 1024)]
    [InlineData(100_003)]
    public void Text_longer_than_a_chunk_reads_encodes_and_slices_as_the_whole_text(int prefix)
    {
        var layout = new string('a', prefix) + "😀" + string.Concat(Enumerable.Repeat("汉字😀 ", 30_000)) + "😀";
        var buffers = new SiteGen.Render.PageBuffers();
        buffers.Layout.Write(layout, 0, layout.Length);
        buffers.Page.Write("<body>😀", 0, "<body>😀".Length);
        buffers.Page.Splice(buffers.Layout, layout.Length - 1);
        buffers.Page.Write(layout, layout.Length - 1, 1);
        buffers.Page.Write("</body>", 0, 7);

        var whole = "<body>😀" + layout + "</body>";
        Assert.Equal(layout.Length, buffers.Layout.Length);
        Assert.Equal(layout[prefix], buffers.Layout[prefix]);
        Assert.Equal(whole, buffers.Page.ToString());
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(whole), buffers.Utf8().ToArray());
        Assert.Equal(layout[(prefix - 7)..], buffers.Layout.ToString(prefix - 7));

        // The chunks are reused: a short page after a long one is just its own text.
        buffers.Layout.Clear();
        buffers.Page.Clear();
        buffers.Page.Write("short", 0, 5);
        Assert.Equal("short", buffers.Page.ToString());
        Assert.Equal("short"u8.ToArray(), buffers.Utf8().ToArray());
    }

    [Fact]
    public void A_second_splice_is_copied_and_clearing_forgets_the_first()
    {
        var buffers = new SiteGen.Render.PageBuffers();
        buffers.Layout.Write("abc", 0, 3);
        buffers.Page.Splice(buffers.Layout, 3);
        buffers.Page.Write("|", 0, 1);
        buffers.Page.Splice(buffers.Layout, 2);
        Assert.Equal("abc|ab", buffers.Page.ToString());

        buffers.Page.Clear();
        Assert.False(buffers.Page.Spliced);
        buffers.Page.Write("new", 0, 3);
        Assert.Equal("new", Encoding(buffers));
    }

    [Fact]
    public void A_layout_that_ends_in_a_surrogate_pair_renders_whole()
    {
        // The last character goes through Scriban on its own: a layout ending in 😀 must not be split inside the pair.
        using var theme = new TempDir();
        Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        var home = Path.Combine(theme.Path, "layouts", "home.sbn-html");
        File.WriteAllText(home, File.ReadAllText(home).TrimEnd() + "\n<p id=\"last\">最后😀");
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("<p id=\"last\">最后😀", site.Page("/zh/"), StringComparison.Ordinal);
    }

    private static string Encoding(SiteGen.Render.PageBuffers buffers) => System.Text.Encoding.UTF8.GetString(buffers.Utf8());
}
