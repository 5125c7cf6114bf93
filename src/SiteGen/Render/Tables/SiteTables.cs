using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The tables each page shows, in the page's language: the summary's (projects, indicators, article counts), a
/// district's, a topic's and an article's. Every summary and district table can be downloaded; numeric cells keep
/// their raw value.
/// </summary>
internal sealed class SiteTables(TableKit kit)
{
    private readonly ProjectTables _projects = new(kit);
    private readonly IndicatorTables _indicators = new(kit);
    private readonly CountTables _counts = new(kit);
    private readonly IndicatorCharts _charts = new(kit);

    public IReadOnlyList<Table> ForSite(Lang lang)
    {
        var tables = new List<Table>();
        var projects = kit.Site.Projects.ToList();
        if (projects.Count > 0)
        {
            tables.AddRange([_projects.ByDistrict(lang), _projects.ByStatus(lang), _projects.BySector(lang), _projects.Projects("projects", projects, lang, kit.T(lang, "table_projects"))]);
        }

        var facts = kit.Site.IndicatorFacts;
        if (facts.Count > 0)
        {
            tables.Add(_indicators.Facts("indicators", facts, lang, kit.T(lang, "table_indicators")));
        }

        tables.AddRange([_counts.ByDistrict(lang), _counts.ByYear(lang), _counts.ByTopic(lang)]);
        return tables;
    }

    public IReadOnlyList<Table> ForDistrict(DistrictEntry district, Lang lang)
    {
        var tables = new List<Table>();
        var name = district.District.Name.For(lang);
        var url = Urls.District(lang, district.District.Key);
        if (district.Projects.Count > 0)
        {
            tables.Add(_projects.Projects($"district-{district.District.Key}-projects", district.Projects, lang, kit.T(lang, "table_district_projects").Replace("{district}", name, StringComparison.Ordinal))
                with { PageUrl = url });
        }

        var facts = kit.Site.IndicatorFacts.Where(f => f.District.Key == district.District.Key).ToList();
        if (facts.Count > 0)
        {
            tables.Add(_indicators.Facts($"district-{district.District.Key}-indicators", facts, lang, kit.T(lang, "table_district_indicators").Replace("{district}", name, StringComparison.Ordinal))
                with { PageUrl = url });
        }

        return tables;
    }

    /// <summary>The start of an indicator page's table id (<c>indicator-gdp</c>), and of its downloads' names.</summary>
    public const string IndicatorPrefix = "indicator-";

    /// <summary>The indicators that have facts, in data/indicators.yml's order, each with its facts: each has a page and a table.</summary>
    public static IReadOnlyList<(Indicator Indicator, IReadOnlyList<IndicatorFact> Facts)> ByIndicator(SiteModel site) =>
        [.. site.IndicatorFacts.GroupBy(f => f.Indicator.Key).Select(g => (g.First().Indicator, (IReadOnlyList<IndicatorFact>)[.. g])).OrderBy(p => p.Item1.Order)];

    /// <summary>Every figure of one indicator, with its time series instead of the per-district bar charts, and its downloads.</summary>
    public Table ForIndicator(Indicator indicator, IReadOnlyList<IndicatorFact> facts, Lang lang)
    {
        var id = IndicatorPrefix + indicator.Key;
        return _indicators.Facts(id, facts, lang, kit.T(lang, "table_indicator").Replace("{indicator}", indicator.Name.For(lang), StringComparison.Ordinal))
            with { Charts = _charts.For(id, facts, lang), PageUrl = Urls.Indicator(lang, indicator.Key) };
    }

    /// <summary>The projects reported by the articles on a topic (no downloads: the summary has them).</summary>
    public IReadOnlyList<Table> ForTopic(Topic topic, Lang lang)
    {
        var projects = kit.Site.ProjectsOn(topic);
        return projects.Count == 0 ? [] : [_projects.Projects($"topic-{topic.Key}-projects", projects, lang, kit.T(lang, "topic_projects").Replace("{topic}", topic.Name.For(lang), StringComparison.Ordinal)) with { Downloads = [] }];
    }

    /// <summary>
    /// The projects and the figures (indicators' and projects') an article reports, shown under it (no downloads: the
    /// summary has them). A project several articles report is shown once, with all its sources; each
    /// figure row carries its sentence and an id (figure-&lt;line&gt;) that headline numbers link to.
    /// </summary>
    public IReadOnlyList<Table> ForArticle(ArticleEntry article, Lang lang)
    {
        var tables = new List<Table>();
        var projects = kit.Site.ProjectsOf(article.Slug);
        if (projects.Count > 0)
        {
            tables.Add(_projects.Projects("article-projects", projects, lang, kit.T(lang, "table_article_projects")) with { Downloads = [], PageUrl = Urls.Article(lang, article.Slug) });
        }

        var figures = article.Source.Figures.Where(f => f.Project is not null || f.Indicator is not null && kit.Site.Indicators.Find(f.Indicator) is not null).ToList();
        if (figures.Count > 0)
        {
            tables.Add(_indicators.OfArticle(article, figures, lang));
        }

        return tables;
    }
}
