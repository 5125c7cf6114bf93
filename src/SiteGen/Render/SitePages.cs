using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The site's pages: one <see cref="PageKind"/> per kind of page, and every page's recipe in output order (the
/// language chooser; then per language its home, article list, articles, districts, topics, summary, indicators, method,
/// about, data (the downloads' codebook), glossary, search and 404 pages; then the site's own 404).
/// </summary>
internal sealed class SitePages
{
    /// <summary>The layout around every page's own (except the chooser's).</summary>
    public const string BaseLayout = "baseof";

    /// <summary>The layouts the theme must have: one per kind of page, and <see cref="BaseLayout"/>.</summary>
    public static readonly IReadOnlyList<string> Layouts =
        [BaseLayout, "chooser", "home", "articles", "article", "districts", "district", "topics", "topic", "summary", "indicators", "indicator", "method", "about", "data", "glossary", "search", "notfound"];

    private readonly ChooserPage _chooser;
    private readonly NotFoundPages _notFound;
    private readonly PageKind[] _perLanguage;

    public SitePages(SiteModel site, Theme theme, AssetManifest assets, MarkdownRenderer markdown)
    {
        var parts = new PageParts(site, theme, assets, markdown);
        Parts = parts;
        _chooser = new ChooserPage(parts);
        _notFound = new NotFoundPages(parts);
        var glossary = new GlossaryPage(parts);
        var method = new MethodPage(parts);
        var topics = new TopicPages(parts);
        var indicators = new IndicatorPages(parts);
        _perLanguage =
        [
            new HomePage(parts),
            new ArticleListPages(parts),
            new ArticlePages(parts),
            new SitePage(parts, "districts", Urls.Districts, lang => new DistrictsView([.. site.PublishedDistricts.Select(d => parts.Cards.District(d, lang))])),
            new DistrictPages(parts),
            new SitePage(parts, "topics", Urls.Topics, lang => new TopicsView([.. topics.Topics.Select(t => parts.Cards.Topic(t, lang))])),
            topics,
            new SitePage(parts, "summary", Urls.Summary, lang => new SummaryView(parts.KeyFigures.ForSite(lang), parts.Tables.ForSite(lang))),
            new SitePage(parts, "indicators", Urls.Indicators, indicators.List),
            indicators,
            new SitePage(parts, "method", Urls.Method, lang => method.Model(lang)),
            new SitePage(parts, "about", Urls.About, new AboutPage(parts).Model),
            new SitePage(parts, "data", Urls.DataIndex, lang => Codebook.View(parts, lang)),
            new SitePage(parts, "glossary", Urls.Glossary, glossary.Model),
            new SitePage(parts, "search", Urls.Search, lang => SearchPage.Model(parts.Strings, lang), inSitemap: false),
            _notFound,
        ];
    }

    /// <summary>What the kinds make their pages with (the feeds use its cards and bodies too).</summary>
    public PageParts Parts { get; }

    /// <summary>Every page of the site, in output order.</summary>
    public IReadOnlyList<PageRecipe> Recipes()
    {
        var recipes = new List<PageRecipe>();
        foreach (var lang in Lang.All)
        {
            recipes.AddRange(_chooser.Recipes(lang));
        }

        foreach (var lang in Lang.All)
        {
            foreach (var kind in _perLanguage)
            {
                recipes.AddRange(kind.Recipes(lang));
            }
        }

        recipes.Add(_notFound.Root());
        return recipes;
    }
}
