using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Preview's incremental rebuilds (BuildSession) must leave output/ exactly as a clean build of the same input.</summary>
public sealed class IncrementalBuildTests
{
    private static string HashOf(string title, string body) => TranslationHash.Of(title, "摘要。", "\n" + body + "\n");

    private static string Article(string slug, string title = "测试标题", string district = "hannan", string date = "2024-05-01", string body = "正文第一段。") =>
        TestSite.Zh(slug, title, district, date, body);

    /// <summary>An article with topics and front matter of its own (projects).</summary>
    private static string Full(string slug, string title, string district, string date, string topics, string extra, string body) =>
        $"-- input/articles/zh/{slug}.md --\n---\ntitle: \"{title}\"\ndate: {date}\ndistrict: {district}\nsource: \"汉南区招商\"\nslug: {slug}\nsummary: \"摘要。\"\ntopics: [{topics}]\n{extra}---\n\n{body}\n";

    /// <summary>A project with an id, located in hannan whichever district the article is about.</summary>
    private static string Project(string investment) =>
        $"projects:\n  - id: calb\n    name: {{ zh: \"中创新航武汉基地\", en: \"CALB Wuhan base\" }}\n    district: hannan\n    sector: new-energy-vehicles\n    investment: {investment}\n    status: signed\n    quote: \"中创新航武汉基地\"\n";

    private const string ProjectBody = "中创新航武汉基地签约。";

    private static string Site() =>
        Article("a-1", "第一篇", "hannan", "2024-05-01") + TestSite.En("a-1", HashOf("第一篇", "正文第一段。")) +
        Article("a-2", "第二篇", "hannan", "2024-05-02") + TestSite.En("a-2", HashOf("第二篇", "正文第一段。")) +
        Article("a-3", "第三篇", "hanyang", "2024-05-03") + TestSite.En("a-3", HashOf("第三篇", "正文第一段。")) +
        Article("a-4", "第四篇", "hanyang", "2024-05-04") +
        Article("a-5", "第五篇", "hannan", "2024-05-05") + TestSite.En("a-5", HashOf("旧标题", "旧正文。"), "Stale title") +
        Article("a-6", "第六篇", "wuhan", "2024-05-06");

    /// <summary>
    /// Without a watcher every rebuild looks at every file; with one (as in preview) a rebuild reads
    /// only the files the watcher reported, here every file a step added, changed or removed.
    /// </summary>
    /// <remarks>With <paramref name="pageSize"/> the lists are paged, so adds, deletes and new dates move cards between pages and add or drop pages.</remarks>
    [Theory]
    [InlineData(false, null)]
    [InlineData(true, null)]
    [InlineData(true, 2)]
    public void Rebuilds_after_edits_adds_deletes_and_renames_equal_a_clean_build_byte_for_byte(bool watched, int? pageSize)
    {
        using var site = new TestSite(Site());
        if (pageSize is { } size)
        {
            File.AppendAllText(Path.Combine(site.Input, "site.yml"), $"page_size: {size}\n");
        }

        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        var session = new BuildSession();
        if (watched)
        {
            session.Watching();
        }

        Ok(SiteBuilder.Build(options, session));
        Ok(SiteBuilder.Build(options, session)); // the first build after the watcher started lists everything

        var zh = Path.Combine(site.Input, "articles", "zh");
        var en = Path.Combine(site.Input, "articles", "en");
        var steps = new (string What, Action Change)[]
        {
            ("nothing", () => { }),

            // a-2 (hannan) and a-6 (wuhan) are neither neighbours nor related: only the project links them.
            ("a project reported by two articles, merged by id", () => site.Write(
                Full("a-2", "第二篇", "hannan", "2024-05-02", "", Project("10000000000"), ProjectBody) +
                Full("a-6", "第六篇", "wuhan", "2024-05-06", "", Project("20000000000"), ProjectBody))),
            ("the newer report's investment, which the merged project under the older article shows", () => site.Write(
                Full("a-6", "第六篇", "wuhan", "2024-05-06", "", Project("30000000000"), ProjectBody))),
            ("the newer report dropping the project", () => site.Write(Full("a-6", "第六篇", "wuhan", "2024-05-06", "", "", "正文第一段。"))),
            ("a topic", () => site.Write(Full("a-4", "第四篇", "hanyang", "2024-05-04", "investment", "", "正文第一段。"))),
            ("a first translation of an article (its neighbours' English cards change)", () => site.Write(TestSite.En("a-4", HashOf("第四篇", "正文第一段。"), "Fourth"))),
            ("a zh body", () => File.AppendAllText(Path.Combine(zh, "a-2.md"), "\n新增的一段。\n")),
            ("a title, which shows on lists, neighbours and related cards", () => site.Write(Article("a-3", "第三篇（改）", "hanyang", "2024-05-03"))),
            ("a date, which reorders lists and feeds", () => site.Write(Article("a-1", "第一篇", "hannan", "2024-06-30"))),
            ("a district", () => site.Write(Article("a-6", "第六篇", "hannan", "2024-05-06"))),
            ("an English translation", () => site.Write(TestSite.En("a-2", HashOf("第二篇", "旧正文。"), "Second, revised", "Revised text."))),
            ("an added article", () => site.Write(Article("a-7", "第七篇", "wuhan", "2024-04-01") + TestSite.En("a-7", HashOf("第七篇", "正文第一段。")))),
            ("a deleted article and its translation", () =>
            {
                File.Delete(Path.Combine(zh, "a-3.md"));
                File.Delete(Path.Combine(en, "a-3.md"));
            }),
            ("a renamed article and its translation", () =>
            {
                File.Move(Path.Combine(en, "a-4.md"), Path.Combine(en, "a-9.md"));
                File.Delete(Path.Combine(zh, "a-4.md"));
                site.Write(TestSite.Zh("a-9", "第四篇", "hanyang", "2024-05-04", extra: "aliases: [\"/zh/articles/a-4/\"]\n"));
            }),
            ("a glossary term in a zh body and its translation", () =>
            {
                File.AppendAllText(Path.Combine(zh, "a-1.md"), "\n地区生产总值增长。\n");
                site.Write(TestSite.En("a-1", HashOf("第一篇", "正文第一段。"), "First", "The gross regional product grew."));
            }),
            ("that term's notes in the glossary in data/ (shown under the article)", () =>
            {
                var glossary = Path.Combine(site.Input, "data", "glossary.yml");
                File.WriteAllText(glossary, File.ReadAllText(glossary).Replace("The GDP of a city or district.", "The GDP of a city or a district.", StringComparison.Ordinal));
            }),
            ("a district's name in data/", () =>
            {
                var districts = Path.Combine(site.Input, "data", "districts.yml");
                File.WriteAllText(districts, File.ReadAllText(districts).Replace("汉南区", "汉南区（新）", StringComparison.Ordinal));
            }),
        };

        var kept = 0;
        foreach (var (what, change) in steps)
        {
            var before = Snapshot(site.Input);
            change();
            if (watched)
            {
                session.Changed(Changed(before, Snapshot(site.Input)));
            }

            var result = SiteBuilder.Build(options, session);
            kept += result.KeptFiles;
            Assert.Equal(watched, session.Content.Trusted);
            Assert.True(result.Succeeded, what + ": " + string.Join("\n", result.Diagnostics));
            // A change in data/ changes what every page reads: that rebuild is a clean one, swapped in; the others write into output/.
            Assert.Contains(result.Stages!, s => s.Stage == (what.Contains("data/", StringComparison.Ordinal) ? "swap into output/" : "write changed files"));

            using var clean = new TempDir();
            Assert.True(SiteBuilder.Build(options with { OutputDir = clean["out"] }).Succeeded, what);
            AssertSameTree(clean["out"], site.Output, what);
        }

        Assert.True(kept > 0, "no file was kept as the previous build wrote it");
        Assert.Contains("CALB Wuhan base", site.Page("/en/articles/a-2/"), StringComparison.Ordinal);

        // The glossary steps reached the page that marks the term (so they tested the term lookup).
        Assert.Contains("The GDP of a city or a district.", site.Page("/en/articles/a-1/"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The caches change how much a build does, never what it writes: the repo's site built with every cache on (a
    /// rebuild that keeps every page, then one that reads and renders every article again into the live output) is the
    /// same bytes as a clean build without caches.
    /// </summary>
    [Fact]
    public void The_repo_site_built_with_every_cache_on_is_the_same_bytes_as_a_build_without_caches()
    {
        using var temp = new TempDir();
        BuildTests.CopyDirectory(Repo.Input, temp["input"]);
        var options = new BuildOptions(temp["input"], Repo.Theme, temp["out"], null, Drafts: false, Search: false);
        Ok(SiteBuilder.Build(options with { OutputDir = temp["clean"] }));

        var session = new BuildSession();
        Ok(SiteBuilder.Build(options, session));
        var kept = SiteBuilder.Build(options, session);
        Ok(kept);
        Assert.Contains(kept.Stages!, s => s.Stage == "write changed files");
        Assert.True(kept.KeptFiles > 0, "the rebuild kept no page");
        AssertSameTree(temp["clean"], temp["out"], "every page kept by the cache");

        session.Changed(Directory.GetFiles(Path.Combine(temp["input"], "articles"), "*.md", SearchOption.AllDirectories));
        var remade = SiteBuilder.Build(options, session);
        Ok(remade);
        Assert.Contains(remade.Stages!, s => s.Stage == "write changed files");
        AssertSameTree(temp["clean"], temp["out"], "every article read and rendered again");
    }

    [Fact]
    public void A_watched_rebuild_reads_only_what_was_reported_and_everything_when_a_folder_is_reported()
    {
        using var site = new TestSite(Site());
        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        var session = new BuildSession();
        session.Watching();
        Ok(SiteBuilder.Build(options, session));
        Assert.False(session.Content.Trusted); // the first build after the watcher started lists everything

        // A change the watcher did not report is not seen: the rebuild did not look at the file.
        site.Write(Article("a-2", "第二篇（未报告）", "hannan", "2024-05-02"));
        Ok(SiteBuilder.Build(options, session));
        Assert.True(session.Content.Trusted);
        Assert.DoesNotContain("未报告", site.Page("/zh/articles/a-2/"), StringComparison.Ordinal);

        // The watcher lost events (it reports the watched folder): the rebuild looks at every file.
        session.Changed([site.Input]);
        Ok(SiteBuilder.Build(options, session));
        Assert.False(session.Content.Trusted);
        Assert.Contains("未报告", site.Page("/zh/articles/a-2/"), StringComparison.Ordinal);
        using var clean = new TempDir();
        Assert.True(SiteBuilder.Build(options with { OutputDir = clean["out"] }).Succeeded);
        AssertSameTree(clean["out"], site.Output, "after a reported folder");

        // A folder made under articles/ is a reason to look at everything too.
        Directory.CreateDirectory(Path.Combine(site.Input, "articles", "zh", "drafts"));
        site.Write(Article("a-3", "第三篇（未报告）", "hanyang", "2024-05-03"));
        session.Changed([Path.Combine(site.Input, "articles", "zh", "drafts")]);
        Ok(SiteBuilder.Build(options, session));
        Assert.Contains("未报告", site.Page("/zh/articles/a-3/"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_error_is_reported_again_by_every_watched_rebuild_until_it_is_fixed()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // symbolic links need privileges there
        }

        using var site = new TestSite(Site());
        using var outside = new TempDir();
        File.WriteAllText(outside["secret.md"], "---\ntitle: secret\n---\n");
        var link = Path.Combine(site.Input, "articles", "zh", "linked.md");
        File.CreateSymbolicLink(link, outside["secret.md"]);
        site.Write(TestSite.En("linked", "sha256:0000000000000000")); // a refused source does not make its translation an orphan
        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        var session = new BuildSession();
        session.Watching();
        var first = SiteBuilder.Build(options, session);
        Assert.Contains(first.Diagnostics, d => d.File.EndsWith("zh/linked.md", StringComparison.Ordinal) && d.Severity == Severity.Error);
        Assert.DoesNotContain(first.Diagnostics, d => d.Message.Contains("has no zh source", StringComparison.Ordinal));

        // A save of another article, reported by the watcher: the rebuild trusts the watcher, and still says it.
        var a2 = Path.Combine(site.Input, "articles", "zh", "a-2.md");
        File.AppendAllText(a2, "\n新增的一段。\n");
        session.Changed([a2]);
        var again = SiteBuilder.Build(options, session);
        Assert.False(again.Succeeded);
        Assert.Contains(again.Diagnostics, d => d.File.EndsWith("zh/linked.md", StringComparison.Ordinal) && d.Severity == Severity.Error);
        Assert.DoesNotContain(again.Diagnostics, d => d.Message.Contains("has no zh source", StringComparison.Ordinal));

        File.Delete(link);
        File.Delete(Path.Combine(site.Input, "articles", "en", "linked.md"));
        session.Changed([link, Path.Combine(site.Input, "articles", "en", "linked.md")]);
        Ok(SiteBuilder.Build(options, session));
    }

    [Fact]
    public void A_rebuild_that_fails_changes_nothing_and_the_next_good_one_catches_up()
    {
        using var site = new TestSite(Site());
        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        var session = new BuildSession();
        Ok(SiteBuilder.Build(options, session));
        using var before = new TempDir();
        Assert.True(SiteBuilder.Build(options with { OutputDir = before["out"] }).Succeeded);

        site.Write("-- input/articles/zh/a-2.md --\n---\ntitle: \"坏\"\ndate: not-a-date\n---\n\n正文\n");
        Assert.False(SiteBuilder.Build(options, session).Succeeded);
        AssertSameTree(before["out"], site.Output, "after a failed rebuild");

        site.Write(Article("a-2", "第二篇（修好）", "hannan", "2024-05-02"));
        Ok(SiteBuilder.Build(options, session));
        using var clean = new TempDir();
        Assert.True(SiteBuilder.Build(options with { OutputDir = clean["out"] }).Succeeded);
        AssertSameTree(clean["out"], site.Output, "after the fix");
    }

    [Fact]
    public void A_theme_change_makes_a_clean_build()
    {
        using var site = new TestSite(Site());
        using var theme = new TempDir();
        CopyTree(site.ThemeDir, theme["theme"]);
        site.ThemeDir = theme["theme"];
        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        var session = new BuildSession();
        Ok(SiteBuilder.Build(options, session));

        var baseof = Path.Combine(site.ThemeDir, "layouts", "baseof.sbn-html");
        File.WriteAllText(baseof, File.ReadAllText(baseof).Replace("</footer>", "<!-- changed --></footer>", StringComparison.Ordinal));
        var result = SiteBuilder.Build(options, session);
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Stages!, s => s.Stage == "write changed files");
        Assert.Contains("<!-- changed -->", site.Page("/zh/articles/a-1/"), StringComparison.Ordinal);
    }

    /// <summary>Every file under a folder with its bytes.</summary>
    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    /// <summary>What a watcher reports: the files added, removed or changed between two snapshots.</summary>
    private static List<string> Changed(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        [.. before.Keys.Union(after.Keys).Where(f => !before.TryGetValue(f, out var a) || !after.TryGetValue(f, out var b) || !a.AsSpan().SequenceEqual(b))];

    private static void Ok(BuildResult result) =>
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

    private static void AssertSameTree(string expected, string actual, string what)
    {
        static List<string> Entries(string root) =>
            [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)).Order(StringComparer.Ordinal)];
        var want = Entries(expected);
        var got = Entries(actual);
        Assert.True(want.SequenceEqual(got), $"{what}: only in clean build: {string.Join(", ", want.Except(got))}; only in incremental: {string.Join(", ", got.Except(want))}");
        foreach (var file in want.Where(f => File.Exists(Path.Combine(expected, f))))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{what}: {file} differs from a clean build");
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
