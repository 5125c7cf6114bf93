using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The sharded search index: which shard an article goes to, that the merged search finds every article of
/// every shard, that Chinese queries find exactly the articles containing them, and that preview's
/// shard-by-shard re-index ends where a clean index does. Searches run Pagefind's own search in Node
/// (Support/search-query.mjs); tests that need Node skip without it.
/// </summary>
public sealed partial class SearchIndexTests
{
    /// <summary>Small enough that the repo's ten articles spread over several shards per language.</summary>
    private const long SmallBudget = 48 * 1024;

    [GeneratedRegex("<h1[^>]*data-pagefind-meta=\"title\"[^>]*>(?<title>[^<]*)</h1>")]
    private static partial Regex Title();

    private static SearchPage Page(string lang, string slug, long bytes = 10_000) =>
        new(lang, slug, $"/site/{lang}/articles/{slug}/index.html", $"/{lang}/articles/{slug}/", bytes, DateTime.UnixEpoch);

    private static Dictionary<string, string> ShardByUrl(IEnumerable<SearchShard> shards) =>
        shards.SelectMany(s => s.Pages.Select(p => (p.Url, s.Name))).ToDictionary(x => x.Url, x => x.Name);

    [Fact]
    public void Shard_assignment_is_deterministic_and_an_added_article_moves_no_other()
    {
        var pages = Enumerable.Range(0, 400).SelectMany(i => new[] { Page("zh", $"article-{i}"), Page("en", $"article-{i}") }).ToList();
        var first = SearchShards.Assign(pages, budget: 600_000);
        var again = SearchShards.Assign(Enumerable.Reverse(pages), budget: 600_000);
        Assert.Equal(ShardByUrl(first), ShardByUrl(again));
        Assert.Equal(8, first.Count(s => s.Lang == "zh")); // 4 MB of pages, at most 0.6 MB a shard
        Assert.All(first, s => Assert.InRange(s.Pages.Count, 1, 100)); // no shard holds twice its share

        var added = SearchShards.Assign(pages.Append(Page("zh", "new-article")), budget: 600_000);
        var before = ShardByUrl(first);
        var after = ShardByUrl(added);
        Assert.All(before, pair => Assert.Equal(pair.Value, after[pair.Key]));
        Assert.Single(added, s => s.Pages.Count != first.Single(f => f.Name == s.Name).Pages.Count);
    }

    [Fact]
    public void When_a_language_outgrows_its_shards_their_count_doubles_and_each_splits_in_two()
    {
        Assert.Equal(1, SearchShards.CountFor(100, 1000));
        Assert.Equal(2, SearchShards.CountFor(1001, 1000));
        Assert.Equal(4, SearchShards.CountFor(4000, 1000));
        Assert.Equal(SearchShards.MaxShards, SearchShards.CountFor(long.MaxValue / 2, 1000));
        foreach (var slug in Enumerable.Range(0, 200).Select(i => $"slug-{i}"))
        {
            Assert.Equal(SearchShards.ShardOf(slug, 4), SearchShards.ShardOf(slug, 8) % 4);
        }
    }

    [Fact]
    public void The_fingerprint_follows_what_search_reads_and_not_the_pager()
    {
        const string page = "<html lang=\"zh-CN\"><body><main><article class=\"article\" data-pagefind-body><h1 data-pagefind-meta=\"title\">标题</h1><section><p>正文</p></section></article>"
            + "<section class=\"table-block\" data-pagefind-body><table><tr><td>总投资</td></tr></table></section><p data-pagefind-filter=\"district\"><span>汉南区</span></p>"
            + "<nav class=\"pager\"><a href=\"/zh/a/\">上一篇</a></nav></main></body></html>";
        var same = SearchFingerprint.Of(page);
        Assert.Equal(same, SearchFingerprint.Of(page.Replace("上一篇", "另一篇", StringComparison.Ordinal)));
        Assert.NotEqual(same, SearchFingerprint.Of(page.Replace("正文", "新正文", StringComparison.Ordinal)));
        Assert.NotEqual(same, SearchFingerprint.Of(page.Replace("总投资", "总产值", StringComparison.Ordinal)));
        Assert.NotEqual(same, SearchFingerprint.Of(page.Replace("汉南区", "汉阳区", StringComparison.Ordinal))); // inside a filter element, past its first text
        Assert.NotEqual(same, SearchFingerprint.Of(page.Replace("lang=\"zh-CN\"", "lang=\"en\"", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public void The_merged_search_finds_every_article_of_every_shard_by_its_title_in_its_own_language()
    {
        NodeTools.EnsureInstalled();
        using var temp = new TempDir();
        var site = BuildRepoSite(temp["output"]);
        var result = SearchIndexer.Index(site, [Repo.Root], budget: SmallBudget);
        Assert.True(result.Indexed, result.Message);

        foreach (var lang in Lang.All.Select(l => l.Code))
        {
            var indexed = SearchShards.Assign(SearchShards.Pages(site), SmallBudget)
                .Where(s => s.Lang == lang)
                .SelectMany(s => s.Pages.Where(p => File.ReadAllText(p.File).Contains("data-pagefind-body", StringComparison.Ordinal)).Select(p => (Shard: s.Name, Page: p)))
                .ToList();
            Assert.True(indexed.Select(x => x.Shard).Distinct().Count() > 1, $"the {lang} articles should spread over several shards");
            var titles = indexed.ToDictionary(x => x.Page.Url, x => System.Net.WebUtility.HtmlDecode(Title().Match(File.ReadAllText(x.Page.File)).Groups["title"].Value));
            var (shards, found) = Search(Path.Combine(site, SearchIndexer.Folder), lang, [.. titles.Values.Distinct()]);
            Assert.Equal(indexed.Select(x => x.Shard).Distinct().Order(StringComparer.Ordinal), shards.Order(StringComparer.Ordinal));
            foreach (var (url, title) in titles)
            {
                Assert.Contains(url, found[title].Select(r => r.Url));
                Assert.All(found[title], r => Assert.StartsWith($"/{lang}/articles/", r.Url, StringComparison.Ordinal));
                Assert.All(found[title], r => Assert.Contains("<mark>", r.Excerpt, StringComparison.Ordinal));
            }
        }
    }

    [SkippableFact]
    public void A_Pagefind_that_fails_is_one_line_without_a_stack_trace_and_leaves_no_scratch_folder()
    {
        NodeTools.EnsureInstalled();
        using var temp = new TempDir();
        var site = BuildRepoSite(temp["output"]);
        // A Pagefind package whose module throws when it is loaded (a broken or half-installed node_modules).
        var modules = Path.Combine(temp.Path, "broken", "node_modules");
        Directory.CreateDirectory(Path.Combine(modules, "pagefind", "lib"));
        File.WriteAllText(Path.Combine(modules, "pagefind", "lib", "index.js"), "throw new Error('this Pagefind is broken');\n");
        var platform = Path.Combine(modules, "@pagefind", "linux-x64", "bin");
        Directory.CreateDirectory(platform);
        File.WriteAllText(Path.Combine(platform, OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended"), "");

        var error = Assert.Throws<InvalidOperationException>(() => SearchIndexer.Index(site, [Path.Combine(temp.Path, "broken")], budget: SmallBudget));

        Assert.Equal("Pagefind failed (exit 1): this Pagefind is broken", error.Message);
        Assert.Empty(Directory.GetDirectories(temp.Path, "output.search-*"));
        Assert.False(Directory.Exists(Path.Combine(site, SearchIndexer.Folder)));
    }

    [SkippableFact]
    public void Chinese_queries_find_exactly_the_articles_that_contain_them()
    {
        NodeTools.EnsureInstalled();
        using var temp = new TempDir();
        var site = BuildRepoSite(temp["output"]);
        Assert.True(SearchIndexer.Index(site, [Repo.Root], budget: SmallBudget).Indexed);
        string[] queries = ["新能源", "招商引资", "汉南区", "电池", "光谷"];
        var (_, found) = Search(Path.Combine(site, SearchIndexer.Folder), "zh", queries);
        foreach (var query in queries)
        {
            // what a reader searches: the title, the summary and the text (not the front matter's source or topics)
            var expected = Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md")
                .Where(f => Searched(File.ReadAllText(f)).Contains(query, StringComparison.Ordinal))
                .Select(f => Urls.Article(Lang.Zh, Path.GetFileNameWithoutExtension(f)))
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, found[query].Select(r => r.Url).Order(StringComparer.Ordinal));
        }

        Assert.NotEmpty(found["新能源"]);
    }

    [SkippableFact]
    public void Preview_reindexes_the_shards_of_a_saved_article_only_and_then_searches_as_a_clean_index_does()
    {
        NodeTools.EnsureInstalled();
        using var temp = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, temp["input"]);
        var options = new BuildOptions(temp["input"], Repo.Theme, temp["output"], null, Drafts: false, Search: false);
        var session = new BuildSession();
        Ok(SiteBuilder.Build(options, session));
        var log = new LineLog();
        using (var search = new BackgroundSearchIndex(temp["output"], [Repo.Root], new Lock(), log, TimeSpan.Zero, SmallBudget))
        {
            search.Schedule();
            log.WaitFor(1);

            var saved = Path.Combine(temp["input"], "articles", "zh", "hannan-2025-07-07-e145d5.md");
            File.AppendAllText(saved, "\n鲲鹏展翅，测试新增的一句。\n");
            session.Changed([saved]);
            Ok(SiteBuilder.Build(options, session));
            search.Schedule();
            log.WaitFor(2);
        }

        var pages = SearchShards.Pages(temp["output"]);
        var own = SearchShards.Assign(pages, SmallBudget).Where(s => s.Pages.Any(p => p.Slug == "hannan-2025-07-07-e145d5")).Select(s => s.Name).ToList();
        var line = log.Lines[1];
        Assert.Contains("search is current: re-indexed ", line, StringComparison.Ordinal);
        var reindexed = line.Split("re-indexed ")[1].Split(" (")[0].Split(", ");
        Assert.Contains(own.Single(n => n.StartsWith("zh-", StringComparison.Ordinal)), reindexed);
        Assert.All(reindexed, name => Assert.Contains(name, own));

        var clean = temp["clean"];
        Assert.True(SearchIndexer.Index(temp["output"], [Repo.Root], clean, budget: SmallBudget).Indexed);
        var live = Path.Combine(temp["output"], SearchIndexer.Folder);
        foreach (var (lang, queries) in new[] { ("zh", new[] { "鲲鹏展翅", "新能源", "招商引资", "武汉", "项目" }), ("en", ["battery", "investment promotion", "Hannan", "new energy vehicle"]) })
        {
            var incremental = Search(live, lang, queries);
            var full = Search(clean, lang, queries);
            Assert.Equal(full.Shards, incremental.Shards);
            foreach (var query in queries)
            {
                Assert.Equal(full.Found[query], incremental.Found[query]);
            }
        }

        Assert.Equal(["/zh/articles/hannan-2025-07-07-e145d5/"], Search(live, "zh", ["鲲鹏展翅"]).Found["鲲鹏展翅"].Select(r => r.Url));
    }

    /// <summary>An article's title, summary and body, from its Markdown file.</summary>
    private static string Searched(string markdown)
    {
        var parts = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n---\n", 2);
        var front = parts[0].Split('\n').Where(l => l.StartsWith("title:", StringComparison.Ordinal) || l.StartsWith("summary:", StringComparison.Ordinal));
        return string.Join('\n', front) + "\n" + parts[1];
    }

    private static string BuildRepoSite(string output)
    {
        Ok(SiteBuilder.Build(new BuildOptions(Repo.Input, Repo.Theme, output, null, Drafts: false, Search: false)));
        return output;
    }

    private static void Ok(BuildResult result) => Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

    private sealed record Hit(string Url, string Excerpt);

    /// <summary>Pagefind's search over a bundle's shards of one language, merged as the search page merges them.</summary>
    private static (string[] Shards, Dictionary<string, List<Hit>> Found) Search(string bundle, string lang, string[] queries)
    {
        var arguments = string.Join(' ', new[] { Path.Combine(Repo.TestsDir, "Support", "search-query.mjs"), bundle, lang }.Concat(queries).Select(a => $"\"{a}\""));
        var (exitCode, output) = NodeTools.Run("node", arguments);
        Assert.True(exitCode == 0, output);
        using var json = JsonDocument.Parse(output);
        var shards = json.RootElement.GetProperty("shards").EnumerateArray().Select(s => s.GetString()!).ToArray();
        var found = json.RootElement.GetProperty("results").EnumerateObject().ToDictionary(
            q => q.Name,
            q => q.Value.EnumerateArray().Select(r => new Hit(r[0].GetString()!, r[1].GetString()!)).ToList());
        return (shards, found);
    }

    /// <summary>What preview prints, line by line; a test waits for a number of "search is current" lines.</summary>
    private sealed class LineLog : TextWriter
    {
        private readonly List<string> _current = [];
        private readonly System.Text.StringBuilder _all = new();

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public List<string> Lines
        {
            get
            {
                lock (_current)
                {
                    return [.. _current];
                }
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_current)
            {
                _all.AppendLine(value);
                if (value?.Contains("search is current", StringComparison.Ordinal) == true)
                {
                    _current.Add(value);
                }

                Monitor.PulseAll(_current);
            }
        }

        /// <summary>Waits (with a deadline a loaded machine meets) until <paramref name="count"/> "search is current" lines have been printed.</summary>
        public void WaitFor(int count)
        {
            var deadline = DateTime.UtcNow.AddMinutes(3);
            lock (_current)
            {
                while (_current.Count < count)
                {
                    var left = deadline - DateTime.UtcNow;
                    Assert.True(left > TimeSpan.Zero, $"preview's search index did not become current ({count}); it printed:\n{_all}");
                    Monitor.Wait(_current, left);
                }
            }
        }
    }
}
