using AngleSharp.Dom;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>
/// Long lists (all articles, a district's, a topic's) continue on numbered pages of <c>page_size</c> cards, and the
/// glossary lists the latest articles per term with a search for the rest: no page grows with the whole corpus.
/// </summary>
public sealed class PaginationTests
{
    /// <summary>Seven hannan articles (2024-05-01 … 05-07, newest first: h-7 … h-1), one wuhan article (2024-04-01), on topic "investment".</summary>
    private static string Articles() =>
        string.Concat(Enumerable.Range(1, 7).Select(i => TestSite.Zh($"h-{i}", $"第{i}篇", "hannan", $"2024-05-0{i}", extra: "topics: [investment]\n").Replace("topics: []\n", "", StringComparison.Ordinal)))
        + TestSite.Zh("w-1", "武汉篇", "wuhan", "2024-04-01");

    private static TestSite Site(int? pageSize, string files)
    {
        var site = new TestSite(files);
        if (pageSize is { } size)
        {
            File.AppendAllText(Path.Combine(site.Input, "site.yml"), $"\npage_size: {size}\n");
        }

        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        return site;
    }

    private static List<string> CardUrls(IDocument page) =>
        [.. page.QuerySelectorAll("ul.cards li.card .card-title a").Select(a => a.GetAttribute("href")!)];

    [Fact]
    public void The_article_list_continues_on_numbered_pages_each_card_once_in_order()
    {
        using var site = Site(3, Articles());
        var expected = new[] { "h-7", "h-6", "h-5", "h-4", "h-3", "h-2", "h-1", "w-1" };
        foreach (var lang in new[] { "zh", "en" })
        {
            var urls = new[] { $"/{lang}/articles/", $"/{lang}/articles/page/2/", $"/{lang}/articles/page/3/" };
            Assert.False(site.Exists($"/{lang}/articles/page/1/"));
            Assert.False(site.Exists($"/{lang}/articles/page/4/"));
            var pages = urls.Select(u => HtmlScan.Parse(site.Page(u))).ToList();
            Assert.Equal(expected.Select(s => Urls.Article(Lang.Find(lang)!.Value, s)), pages.SelectMany(CardUrls));
            Assert.Equal([3, 3, 2], pages.Select(p => CardUrls(p).Count));

            for (var i = 0; i < pages.Count; i++)
            {
                var page = pages[i];
                var nav = page.QuerySelector("nav.page-nav")!;
                Assert.NotNull(nav);
                Assert.Equal(urls[i], nav.QuerySelector("a[aria-current=page]")!.GetAttribute("href"));
                Assert.Equal(urls, nav.QuerySelectorAll("li:not(.page-nav-step) a").Select(a => a.GetAttribute("href")));
                Assert.Equal(i > 0 ? urls[i - 1] : null, nav.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
                Assert.Equal(i < 2 ? urls[i + 1] : null, nav.QuerySelector("a[rel=next]")?.GetAttribute("href"));
                Assert.Equal("https://wuhan-invest.netlify.app" + urls[i], page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

                // Each page's hreflang cluster is the same page of the other language's list.
                var other = lang == "zh" ? "en" : "zh";
                Assert.Contains(page.QuerySelectorAll("link[rel=alternate][hreflang]"), l => l.GetAttribute("href") == "https://wuhan-invest.netlify.app" + urls[i].Replace($"/{lang}/", $"/{other}/", StringComparison.Ordinal));
                Assert.Equal(urls[i].Replace($"/{lang}/", $"/{other}/", StringComparison.Ordinal), page.QuerySelector("a.lang-switch")!.GetAttribute("href"));
            }

            Assert.Equal(lang == "zh" ? "第 4–6 篇，共 8 篇" : "Articles 4–6 of 8", pages[1].QuerySelector(".page-nav-status")!.TextContent);
            Assert.Equal(lang == "zh" ? "全部报道（第 2 页，共 3 页） | 武汉招商引资报告" : "All articles, page 2 of 3 | Wuhan Investment Promotion Report", pages[1].Title);
        }

        // page/1/ is the list itself: a redirect there, for the paged lists only (wuhan has one article, a page).
        var redirects = File.ReadAllLines(Path.Combine(site.Output, "_redirects"));
        Assert.Contains("/zh/articles/page/1/ /zh/articles/ 301", redirects);
        Assert.Contains("/en/districts/hannan/page/1/ /en/districts/hannan/ 301", redirects);
        Assert.Contains("/en/topics/investment/page/1/ /en/topics/investment/ 301", redirects);
        Assert.DoesNotContain(redirects, l => l.StartsWith("/zh/districts/wuhan/", StringComparison.Ordinal));
        Assert.Equal("/zh/articles/", SiteGen.Serve.StaticFiles.Redirects(site.Output)["/zh/articles/page/1/"]);

        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://wuhan-invest.netlify.app/en/articles/page/3/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://wuhan-invest.netlify.app/zh/districts/hannan/page/2/</loc>", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void District_and_topic_pages_continue_too_with_their_tables_on_the_first_page_only()
    {
        const string project = "projects:\n  - name: { zh: \"测试项目\", en: \"Test project\" }\n    district: hannan\n    sector: new-energy-vehicles\n    investment: 10000000000\n    status: signed\n    quote: \"正文\"\n";
        using var site = Site(3, Articles().Replace("slug: h-7\n", "slug: h-7\n" + project, StringComparison.Ordinal));
        var first = HtmlScan.Parse(site.Page("/en/districts/hannan/"));
        Assert.NotEmpty(first.QuerySelectorAll("table"));
        Assert.Equal(["/en/articles/h-7/", "/en/articles/h-6/", "/en/articles/h-5/"], CardUrls(first));
        var third = HtmlScan.Parse(site.Page("/en/districts/hannan/page/3/"));
        Assert.Empty(third.QuerySelectorAll("table"));
        Assert.Equal(["/en/articles/h-1/"], CardUrls(third));
        Assert.Equal("Hannan District", third.QuerySelector("h1")!.TextContent);
        Assert.False(site.Exists("/en/districts/hannan/page/4/"));
        Assert.False(site.Exists("/en/districts/wuhan/page/2/"));
        Assert.Null(HtmlScan.Parse(site.Page("/en/districts/wuhan/")).QuerySelector("nav.page-nav"));

        var topic = Enumerable.Range(1, 3).Select(n => HtmlScan.Parse(site.Page(Urls.Paged("/zh/topics/investment/", n)))).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Reverse().Select(i => $"/zh/articles/h-{i}/"), topic.SelectMany(CardUrls));
        Assert.NotEmpty(topic[0].QuerySelectorAll("table"));
        Assert.Empty(topic[1].QuerySelectorAll("table"));
    }

    [Fact]
    public void A_list_that_fits_one_page_has_no_pager()
    {
        using var site = Site(null, Articles());
        Assert.DoesNotContain("/page/1/", File.ReadAllText(Path.Combine(site.Output, "_redirects")), StringComparison.Ordinal);
        var list = HtmlScan.Parse(site.Page("/zh/articles/"));
        Assert.Equal(8, CardUrls(list).Count);
        Assert.Null(list.QuerySelector("nav.page-nav"));
        Assert.Null(list.QuerySelector(".page-nav-status"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "zh", "articles", "page")));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 2, "1 2")]
    [InlineData(1, 9, "1 2 3 9")]
    [InlineData(5, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(6, 12, "1 4 5 6 7 8 12")]
    [InlineData(4, 12, "1 2 3 4 5 6 12")]
    [InlineData(9, 9, "1 7 8 9")]
    [InlineData(500, 1000, "1 498 499 500 501 502 1000")]
    public void A_pager_links_the_first_and_last_pages_and_two_either_side_and_never_hides_just_one(int number, int count, string expected) =>
        Assert.Equal(expected, string.Join(' ', SiteGen.Render.Paging.Numbers(number, count)));

    [Fact]
    public void Pager_numbers_for_every_page_of_lists_up_to_40_pages_are_ordered_and_complete_around_the_current_one()
    {
        for (var count = 1; count <= 40; count++)
        {
            for (var number = 1; number <= count; number++)
            {
                var numbers = SiteGen.Render.Paging.Numbers(number, count).ToList();
                Assert.Equal(1, numbers[0]);
                Assert.Equal(count, numbers[^1]);
                Assert.True(numbers.Zip(numbers.Skip(1)).All(p => p.First < p.Second && p.Second - p.First != 2), $"{number}/{count}: {string.Join(' ', numbers)}");
                Assert.All(Enumerable.Range(number - 2, 5).Where(k => k >= 1 && k <= count), k => Assert.Contains(k, numbers));
                Assert.True(numbers.Count <= 9, $"{number}/{count}: {numbers.Count} links");
            }
        }
    }

    [Fact]
    public void The_glossary_lists_a_terms_latest_articles_and_searches_for_the_rest()
    {
        // 地区生产总值 is the glossary's "gross regional product".
        var files = string.Concat(Enumerable.Range(1, 12).Select(i => TestSite.Zh($"g-{i:00}", $"第{i}篇", "hannan", $"2024-05-{i:00}", body: "地区生产总值增长。")));
        using var site = Site(null, files);
        foreach (var (lang, query, more) in new[] { ("zh", "地区生产总值", "另有 2 篇（搜索全部）"), ("en", "gross regional product", "2 more (search all)") })
        {
            var glossary = HtmlScan.Parse(site.Page($"/{lang}/glossary/"));
            var entry = glossary.QuerySelectorAll(".glossary-entry").Single(e => e.QuerySelector("dt")!.TextContent.Contains("地区生产总值", StringComparison.Ordinal));
            var links = entry.QuerySelectorAll(".glossary-used a").ToList();
            Assert.Equal(11, links.Count);
            Assert.Equal(Enumerable.Range(3, 10).Reverse().Select(i => Urls.Article(Lang.Find(lang)!.Value, $"g-{i:00}")), links.Take(10).Select(a => a.GetAttribute("href")));
            Assert.Equal(more, links[10].TextContent);
            Assert.Equal($"/{lang}/search/?q={Uri.EscapeDataString(query)}", links[10].GetAttribute("href"));
        }
    }
}
