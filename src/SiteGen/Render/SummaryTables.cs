using System.Globalization;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>The summary tables of the site and of each district, in the page's language.</summary>
internal sealed class SummaryTables(SiteModel site, PageFactory pages)
{
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<Stat> HeadlineStats(string lang) => [];

    public IReadOnlyList<Table> ForSite(string lang) =>
    [
        ArticlesByDistrict(lang),
        ArticlesByYear(lang),
        ArticlesByTopic(lang),
    ];

    public IReadOnlyList<Table> ForDistrict(DistrictEntry district, string lang) => [];

    private Table ArticlesByDistrict(string lang)
    {
        var rows = site.PublishedDistricts.Select(d =>
        {
            var latest = pages.Card(d.Articles[0], lang);
            return new Row(
            [
                new Cell(d.District.Name.For(lang), Urls.District(lang, d.District.Key), Header: true),
                new Cell(N(d.Articles.Count), SortValue: N(d.Articles.Count)),
                new Cell(latest.Title, latest.Url, latest.TitleLang),
                new Cell(latest.Date, SortValue: latest.DateIso),
            ]);
        }).ToList();
        return new Table("articles-by-district", pages.T(lang, "table_articles_by_district"),
            [
                new Column("district", pages.T(lang, "col_district"), false),
                new Column("articles", pages.T(lang, "col_articles"), true),
                new Column("latest", pages.T(lang, "col_latest_article"), false),
                new Column("date", pages.T(lang, "col_date"), false),
            ],
            rows,
            [new Cell(pages.T(lang, "total"), Header: true), new Cell(N(site.Articles.Count), SortValue: N(site.Articles.Count)), new Cell(""), new Cell("")],
            [], null);
    }

    private Table ArticlesByYear(string lang)
    {
        var rows = site.Articles.GroupBy(a => a.Source.Date.Year).OrderByDescending(g => g.Key).Select(g => new Row(
        [
            new Cell(lang == "zh" ? $"{g.Key}年" : N(g.Key), Header: true, SortValue: N(g.Key)),
            new Cell(N(g.Count()), SortValue: N(g.Count())),
            new Cell(string.Join(lang == "zh" ? "、" : ", ", g.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
        ])).ToList();
        return new Table("articles-by-year", pages.T(lang, "table_articles_by_year"),
            [
                new Column("year", pages.T(lang, "col_year"), true),
                new Column("articles", pages.T(lang, "col_articles"), true),
                new Column("districts", pages.T(lang, "col_districts"), false),
            ],
            rows, null, [], null);
    }

    private Table ArticlesByTopic(string lang)
    {
        var rows = site.Topics.Select(t => (Topic: t, Articles: site.Articles.Where(a => a.Topics.Contains(t)).ToList()))
            .Where(p => p.Articles.Count > 0)
            .Select(p => new Row(
            [
                new Cell(p.Topic.Name.For(lang), Header: true),
                new Cell(N(p.Articles.Count), SortValue: N(p.Articles.Count)),
                new Cell(string.Join(lang == "zh" ? "、" : ", ", p.Articles.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
            ], "topic-" + p.Topic.Key))
            .ToList();
        return new Table("articles-by-topic", pages.T(lang, "table_articles_by_topic"),
            [
                new Column("topic", pages.T(lang, "col_topic"), false),
                new Column("articles", pages.T(lang, "col_articles"), true),
                new Column("districts", pages.T(lang, "col_districts"), false),
            ],
            rows, null, [], null);
    }
}
