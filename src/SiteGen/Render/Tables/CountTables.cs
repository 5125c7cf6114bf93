using SiteGen.Core;
using static SiteGen.Render.TableKit;

namespace SiteGen.Render;

/// <summary>How many articles the site has: by district (with each district's latest), by the year they report on, by topic.</summary>
internal sealed class CountTables(TableKit kit)
{
    public Table ByDistrict(Lang lang)
    {
        var site = kit.Site;
        var rows = site.Districts.Where(d => d.Articles.Count > 0).Select(d =>
        {
            var latest = kit.Cards.Article(d.Articles[0], lang);
            return new Row(
            [
                DistrictCell(d.District, lang),
                new Cell(Count(d.Articles.Count, lang), SortValue: N(d.Articles.Count)),
                new Cell(latest.Title, latest.Url, latest.TitleLang),
                new Cell(latest.Date, SortValue: latest.DateIso),
            ]);
        }).ToList();
        return Make("articles-by-district", kit.T(lang, "table_articles_by_district"), lang,
            [
                new Column("district", kit.T(lang, "col_district"), false),
                new Column("articles", kit.T(lang, "col_articles"), true),
                new Column("latest", kit.T(lang, "col_latest_article"), false),
                new Column("date", kit.T(lang, "col_date"), false),
            ],
            rows,
            [new Cell(kit.T(lang, "total"), Header: true), new Cell(Count(site.Articles.Count, lang), SortValue: N(site.Articles.Count)), new Cell(""), new Cell("")]);
    }

    public Table ByYear(Lang lang)
    {
        // By the year the article reports on (its period), not the day the source listed it; unknown last.
        var rows = kit.Site.Articles.GroupBy(a => a.Source.Period?.Last).OrderBy(g => g.Key is null ? 1 : 0).ThenByDescending(g => g.Key).Select(g => new Row(
        [
            new Cell(g.Key is { } year ? (lang == Lang.Zh ? $"{year}年" : N(year)) : kit.T(lang, "period_not_stated"), Header: true, SortValue: g.Key is { } y ? N(y) : null),
            new Cell(Count(g.Count(), lang), SortValue: N(g.Count())),
            new Cell(Join(lang, g.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
        ])).ToList();
        return Make("articles-by-year", kit.T(lang, "table_articles_by_year"), lang,
            [
                new Column("year", kit.T(lang, "col_year_reported"), true),
                new Column("articles", kit.T(lang, "col_articles"), true),
                new Column("districts", kit.T(lang, "col_districts"), false),
            ],
            rows);
    }

    public Table ByTopic(Lang lang)
    {
        var site = kit.Site;
        var rows = site.Topics.Select(t => (Topic: t, Articles: site.ArticlesOn(t)))
            .Where(p => p.Articles.Count > 0)
            .Select(p => new Row(
            [
                new Cell(p.Topic.Name.For(lang), Urls.Topic(lang, p.Topic.Key), Header: true),
                new Cell(Count(p.Articles.Count, lang), SortValue: N(p.Articles.Count)),
                new Cell(Join(lang, p.Articles.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
            ], "topic-" + p.Topic.Key))
            .ToList();
        return Make("articles-by-topic", kit.T(lang, "table_articles_by_topic"), lang,
            [
                new Column("topic", kit.T(lang, "col_topic"), false),
                new Column("articles", kit.T(lang, "col_articles"), true),
                new Column("districts", kit.T(lang, "col_districts"), false),
            ],
            rows);
    }
}
