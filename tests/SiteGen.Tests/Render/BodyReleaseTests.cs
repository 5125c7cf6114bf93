using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Render;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>
/// A clean build makes each article's body HTML in its page's render turn and then releases the
/// article's Markdown (<see cref="PageFactory.ReleaseBodies"/>): the pages are the same bytes as when
/// every body is made up front (as preview does), and a released body read again fails loudly.
/// </summary>
public sealed class BodyReleaseTests
{
    [Fact]
    public void Pages_whose_bodies_are_released_are_the_same_bytes_as_pages_made_with_every_body_up_front()
    {
        var (releasing, site, releasingTheme) = RepoPages.Factory(remember: false);
        var keep = site.Articles.Take(2).ToList();
        releasing.ReleaseBodies(keep);
        var released = RenderAll(releasing, releasingTheme);

        var (eager, _, eagerTheme) = RepoPages.Factory(remember: true);
        var upFront = RenderAll(eager, eagerTheme);

        Assert.Equal(upFront.Keys.Order(StringComparer.Ordinal), released.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(released.Keys, url => url.StartsWith("/en/articles/", StringComparison.Ordinal));
        foreach (var (url, bytes) in upFront)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(released[url]), $"{url} differs when its body is made in its render turn");
        }

        // Every article outside the kept ones has let its Markdown go; the kept ones still have it.
        foreach (var article in site.Articles.Skip(2))
        {
            var error = Assert.Throws<InvalidOperationException>(() => article.Source.Body);
            Assert.Contains(article.Source.File, error.Message, StringComparison.Ordinal);
            if (article.Translation is { } translation)
            {
                Assert.Throws<InvalidOperationException>(() => translation.Body);
            }
        }

        Assert.All(keep, article => Assert.NotEmpty(article.Source.Body));
    }

    [Fact]
    public void A_feed_that_shows_an_article_whose_body_was_released_fails_instead_of_writing_an_empty_entry()
    {
        var (factory, site, theme) = RepoPages.Factory(remember: false);
        Assert.Contains(site.Articles[0], AtomFeed.Articles(site));
        factory.ReleaseBodies(keep: AtomFeed.Articles(site).Skip(1));
        RenderAll(factory, theme);

        Assert.Throws<InvalidOperationException>(() => AtomFeed.Build(site, factory, "zh"));
    }

    [Fact]
    public void The_feeds_articles_keep_their_bodies_through_the_render()
    {
        var (factory, site, theme) = RepoPages.Factory(remember: false);
        factory.ReleaseBodies(keep: AtomFeed.Articles(site));
        RenderAll(factory, theme);

        foreach (var lang in SiteModel.Languages)
        {
            Assert.NotEmpty(AtomFeed.Build(site, factory, lang).Bytes);
        }
    }

    [Fact]
    public void Preview_never_releases_bodies()
    {
        var (factory, site, theme) = RepoPages.Factory(remember: true);
        Assert.Throws<InvalidOperationException>(() => factory.ReleaseBodies(keep: []));
        RenderAll(factory, theme);
        Assert.All(site.Articles, article => Assert.NotEmpty(article.Source.Body));
    }

    [Fact]
    public void A_clean_builds_article_pages_hold_no_view_until_their_render_turn_and_then_agree_with_what_the_page_list_said()
    {
        var (factory, _, _) = RepoPages.Factory(remember: false);
        factory.ReleaseBodies(keep: []);
        var articles = factory.CreatePages().Where(p => p.Layout == "article").ToList();
        Assert.NotEmpty(articles);
        foreach (var page in articles)
        {
            Assert.False(page.Made, page.Url);
            var error = Assert.Throws<InvalidOperationException>(() => page.Model);
            Assert.Contains(page.Url, error.Message, StringComparison.Ordinal);

            var made = page.Complete();
            Assert.True(made.Made, page.Url);
            Assert.IsType<ArticleView>(made.Model);
            Assert.Equal((page.Url, page.Lang, page.Layout, page.InSitemap, page.LastMod), (made.Url, made.Lang, made.Layout, made.InSitemap, made.LastMod));
            Assert.True(ViewEquality.Equal(page.Alternates, made.Alternates), page.Url);
            Assert.False(page.Made, "completing a page leaves the listed one as it was");
        }

        var (preview, _, _) = RepoPages.Factory(remember: true);
        Assert.All(preview.CreatePages(), page => Assert.True(page.Made, page.Url));
    }

    [Fact]
    public void The_render_order_has_every_page_once_huge_pages_first_then_site_wide_ones_and_each_articles_pages_together()
    {
        var (factory, site, _) = RepoPages.Factory(remember: false);
        var pages = factory.CreatePages();
        var (order, oneThread) = factory.RenderOrder(pages);

        Assert.Equal(Enumerable.Range(0, pages.Count), order.Order());
        Assert.All(order.Take(oneThread), i => Assert.True(ViewEquality.ListItems(pages[i].Model) >= PageFactory.HugePageItems, pages[i].Url));
        Assert.All(order.Skip(oneThread), i => Assert.True(pages[i].Layout == "article" || ViewEquality.ListItems(pages[i].Model) < PageFactory.HugePageItems, pages[i].Url));
        var siteWide = pages.Count(p => p.Layout != "article");
        Assert.All(order.Take(siteWide), i => Assert.NotEqual("article", pages[i].Layout));
        var articlePages = order.Skip(siteWide).Select(i => pages[i]).ToList();
        Assert.Equal(site.Articles.Count * 2, articlePages.Count);
        for (var k = 0; k < site.Articles.Count; k++)
        {
            Assert.Equal(Urls.Article("zh", site.Articles[k].Slug), articlePages[2 * k].Url);
            Assert.Equal(Urls.Article("en", site.Articles[k].Slug), articlePages[(2 * k) + 1].Url);
        }
    }

    /// <summary>Every page of the factory rendered as a clean build does (in its render order when it releases bodies), by URL.</summary>
    private static Dictionary<string, byte[]> RenderAll(PageFactory factory, Theme theme)
    {
        var pages = factory.CreatePages();
        var (order, oneThread) = factory.RenderOrder(pages);
        var made = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var errors = new PageRenderer(theme).RenderEach(pages, (page, utf8) => Assert.True(made.TryAdd(page.Url, utf8.ToArray()), page.Url), order, oneThread);
        Assert.Empty(errors);
        Assert.Equal(pages.Count, made.Count);
        return new Dictionary<string, byte[]>(made, StringComparer.Ordinal);
    }
}
