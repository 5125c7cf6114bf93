using System.Globalization;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The summary tables of the site and of each district, in the page's language: projects and
/// investment by district, all projects, projects by status, headline indicators, and articles by
/// district, year and topic. Every table can be downloaded; numeric cells keep their raw value.
/// </summary>
internal sealed class SummaryTables(SiteModel site, PageFactory pages)
{
    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private string T(string lang, string key) => pages.T(lang, key);

    private string Money(decimal amount, string lang) => Formats.Money(amount, "CNY", lang);

    private string Count(int value, string lang) => Formats.Count(value, lang);

    private static string Join(string lang, IEnumerable<string> items) => string.Join(lang == "zh" ? "、" : ", ", items);

    public decimal StatedInvestment => site.Projects.Where(p => p.Project.Investment is not null).Sum(p => p.Project.Investment!.Value);

    public IReadOnlyList<Table> ForSite(string lang)
    {
        var tables = new List<Table>();
        var projects = site.Projects.ToList();
        if (projects.Count > 0)
        {
            tables.AddRange([ProjectsByDistrict(lang), ProjectsByStatus(lang), Projects("projects", projects, lang, T(lang, "table_projects"))]);
        }

        var figures = site.IndicatorFigures.ToList();
        if (figures.Count > 0)
        {
            tables.Add(Indicators("indicators", figures, lang, T(lang, "table_indicators")));
        }

        tables.AddRange([ArticlesByDistrict(lang), ArticlesByYear(lang), ArticlesByTopic(lang)]);
        return tables;
    }

    public IReadOnlyList<Table> ForDistrict(DistrictEntry district, string lang)
    {
        var tables = new List<Table>();
        var name = district.District.Name.For(lang);
        if (district.Projects.Count > 0)
        {
            tables.Add(Projects($"district-{district.District.Key}-projects", district.Projects, lang, T(lang, "table_district_projects").Replace("{district}", name, StringComparison.Ordinal)));
        }

        var figures = district.Articles.Count == 0 ? [] : site.IndicatorFigures.Where(f => f.Article.District.Key == district.District.Key).ToList();
        if (figures.Count > 0)
        {
            tables.Add(Indicators($"district-{district.District.Key}-indicators", figures, lang, T(lang, "table_district_indicators").Replace("{district}", name, StringComparison.Ordinal)));
        }

        return tables;
    }

    /// <summary>The projects an article reports, shown under it (no downloads: the summary has them).</summary>
    public IReadOnlyList<Table> ForArticle(ArticleEntry article, string lang)
    {
        var projects = article.Source.Projects.Select(p => new ProjectEntry(p, article)).ToList();
        return projects.Count == 0 ? [] : [Projects("article-projects", projects, lang, T(lang, "table_article_projects")) with { Downloads = [] }];
    }

    private Table Make(string id, string caption, string lang, IReadOnlyList<Column> columns, IReadOnlyList<Row> rows, IReadOnlyList<Cell>? footer = null, string? chart = null) =>
        new(id, caption, columns, rows, footer,
            [new Link(Urls.Data(lang, id + ".csv"), "CSV"), new Link(Urls.Data(lang, id + ".json"), "JSON")], chart);

    private Cell DistrictCell(District district, string lang) => new(district.Name.For(lang), Urls.District(lang, district.Key), Header: true);

    private Cell ArticleCell(ArticleEntry article, string lang)
    {
        var card = pages.Card(article, lang);
        return new Cell(card.Title, card.Url, card.TitleLang);
    }

    private Table ProjectsByDistrict(string lang)
    {
        var districts = site.Districts.Where(d => d.Projects.Count > 0).ToList();
        var rows = districts.Select(d =>
        {
            var invested = d.Projects.Where(p => p.Project.Investment is not null).ToList();
            var sum = invested.Sum(p => p.Project.Investment!.Value);
            return new Row(
            [
                DistrictCell(d.District, lang),
                new Cell(Count(d.Projects.Count, lang), SortValue: N(d.Projects.Count)),
                new Cell(Count(invested.Count, lang), SortValue: N(invested.Count)),
                new Cell(invested.Count == 0 ? "—" : Money(sum, lang), SortValue: invested.Count == 0 ? null : N(sum)),
            ]);
        }).ToList();
        var all = site.Projects.ToList();
        var allInvested = all.Where(p => p.Project.Investment is not null).ToList();
        var total = allInvested.Sum(p => p.Project.Investment!.Value);
        var bars = districts.Select(d => (d, sum: d.Projects.Where(p => p.Project.Investment is not null).Sum(p => p.Project.Investment!.Value)))
            .Where(p => p.sum > 0)
            .Select(p => new Bar(p.d.District.Name.For(lang), p.sum, Money(p.sum, lang)))
            .ToList();
        var chart = bars.Count == 0 ? null : BarChart.Svg("chart-investment-by-district", T(lang, "chart_investment_by_district"),
            T(lang, "chart_investment_by_district_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}")), bars);
        return Make("projects-by-district", T(lang, "table_projects_by_district"), lang,
            [
                new Column("district", T(lang, "col_district"), false),
                new Column("projects", T(lang, "col_projects"), true),
                new Column("with_investment", T(lang, "col_with_investment"), true),
                new Column("investment_cny", T(lang, "col_investment"), true),
            ],
            rows,
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(all.Count, lang), SortValue: N(all.Count)), new Cell(Count(allInvested.Count, lang), SortValue: N(allInvested.Count)), new Cell(Money(total, lang), SortValue: N(total))],
            chart);
    }

    private Table ProjectsByStatus(string lang)
    {
        var counts = Project.Statuses.Select(s => (Status: s, Count: site.Projects.Count(p => p.Project.Status == s))).ToList();
        var rows = counts.Select(c => new Row([new Cell(T(lang, "status_" + c.Status), Header: true), new Cell(Count(c.Count, lang), SortValue: N(c.Count))])).ToList();
        var bars = counts.Select(c => new Bar(T(lang, "status_" + c.Status), c.Count, Count(c.Count, lang))).ToList();
        var chart = BarChart.Svg("chart-projects-by-status", T(lang, "chart_projects_by_status"),
            T(lang, "chart_projects_by_status_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}")), bars);
        return Make("projects-by-status", T(lang, "table_projects_by_status"), lang,
            [new Column("status", T(lang, "col_status"), false), new Column("projects", T(lang, "col_projects"), true)],
            rows,
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(counts.Sum(c => c.Count), lang), SortValue: N(counts.Sum(c => c.Count)))],
            chart);
    }

    private Table Projects(string id, IReadOnlyList<ProjectEntry> projects, string lang, string caption)
    {
        var rows = projects.Select(p =>
        {
            var project = p.Project;
            var district = site.DistrictOf(project.District).District;
            return new Row(
            [
                new Cell(project.Name.For(lang), Header: true),
                new Cell(project.Company?.For(lang) ?? "—"),
                new Cell(district.Name.For(lang), Urls.District(lang, district.Key)),
                new Cell(site.Sector(project.Sector).Name.For(lang)),
                new Cell(T(lang, "status_" + project.Status), SortValue: N(Array.IndexOf(Project.Statuses, project.Status))),
                new Cell(project.Year is { } y ? N(y) : "—", SortValue: project.Year is { } year ? N(year) : null),
                new Cell(project.Investment is { } i ? Money(i, lang) : "—", SortValue: project.Investment is { } amount ? N(amount) : null),
                new Cell(project.Capacity?.For(lang) ?? "—"),
                ArticleCell(p.Article, lang),
            ]);
        }).ToList();
        var invested = projects.Where(p => p.Project.Investment is not null).Sum(p => p.Project.Investment!.Value);
        return Make(id, caption, lang,
            [
                new Column("project", T(lang, "col_project"), false),
                new Column("company", T(lang, "col_company"), false),
                new Column("district", T(lang, "col_district"), false),
                new Column("sector", T(lang, "col_sector"), false),
                new Column("status", T(lang, "col_status"), false),
                new Column("year", T(lang, "col_year"), true),
                new Column("investment_cny", T(lang, "col_investment"), true),
                new Column("capacity", T(lang, "col_capacity"), false),
                new Column("article", T(lang, "col_article"), false),
            ],
            rows,
            [new Cell(T(lang, "total") + " (" + Count(projects.Count, lang) + ")", Header: true), new Cell(""), new Cell(""), new Cell(""), new Cell(""), new Cell(""), new Cell(Money(invested, lang), SortValue: N(invested)), new Cell(""), new Cell("")]);
    }

    private Table Indicators(string id, IReadOnlyList<FigureEntry> figures, string lang, string caption)
    {
        var rows = figures.Select(f =>
        {
            var indicator = site.Indicators.Find(f.Figure.Indicator!)!;
            return new Row(
            [
                new Cell(indicator.Name.For(lang), Header: true),
                new Cell(f.Article.District.Name.For(lang), Urls.District(lang, f.Article.District.Key)),
                new Cell(f.Figure.Year is { } y ? N(y) : "—", SortValue: f.Figure.Year is { } year ? N(year) : null),
                new Cell(Formats.Figure(f.Figure, f.Unit, lang), SortValue: N(f.Figure.Normalized)),
                new Cell(f.Unit.Kind == "money" ? f.Unit.Currency! : f.Unit.Name.For(lang)),
                new Cell(f.Figure.Label, Lang: lang == "zh" ? null : PageFactory.HtmlLang("zh")),
                ArticleCell(f.Article, lang),
            ]);
        }).ToList();
        return Make(id, caption, lang,
            [
                new Column("indicator", T(lang, "col_indicator"), false),
                new Column("district", T(lang, "col_district"), false),
                new Column("year", T(lang, "col_year"), true),
                new Column("value", T(lang, "col_value"), true),
                new Column("unit", T(lang, "col_unit"), false),
                new Column("wording", T(lang, "col_wording"), false),
                new Column("article", T(lang, "col_article"), false),
            ],
            rows);
    }

    private Table ArticlesByDistrict(string lang)
    {
        var rows = site.Districts.Where(d => d.Articles.Count > 0).Select(d =>
        {
            var latest = pages.Card(d.Articles[0], lang);
            return new Row(
            [
                DistrictCell(d.District, lang),
                new Cell(Count(d.Articles.Count, lang), SortValue: N(d.Articles.Count)),
                new Cell(latest.Title, latest.Url, latest.TitleLang),
                new Cell(latest.Date, SortValue: latest.DateIso),
            ]);
        }).ToList();
        return Make("articles-by-district", T(lang, "table_articles_by_district"), lang,
            [
                new Column("district", T(lang, "col_district"), false),
                new Column("articles", T(lang, "col_articles"), true),
                new Column("latest", T(lang, "col_latest_article"), false),
                new Column("date", T(lang, "col_date"), false),
            ],
            rows,
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(site.Articles.Count, lang), SortValue: N(site.Articles.Count)), new Cell(""), new Cell("")]);
    }

    private Table ArticlesByYear(string lang)
    {
        var rows = site.Articles.GroupBy(a => a.Source.Date.Year).OrderByDescending(g => g.Key).Select(g => new Row(
        [
            new Cell(lang == "zh" ? $"{g.Key}年" : N(g.Key), Header: true, SortValue: N(g.Key)),
            new Cell(Count(g.Count(), lang), SortValue: N(g.Count())),
            new Cell(Join(lang, g.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
        ])).ToList();
        return Make("articles-by-year", T(lang, "table_articles_by_year"), lang,
            [
                new Column("year", T(lang, "col_year"), true),
                new Column("articles", T(lang, "col_articles"), true),
                new Column("districts", T(lang, "col_districts"), false),
            ],
            rows);
    }

    private Table ArticlesByTopic(string lang)
    {
        var rows = site.Topics.Select(t => (Topic: t, Articles: site.Articles.Where(a => a.Topics.Contains(t)).ToList()))
            .Where(p => p.Articles.Count > 0)
            .Select(p => new Row(
            [
                new Cell(p.Topic.Name.For(lang), Header: true),
                new Cell(Count(p.Articles.Count, lang), SortValue: N(p.Articles.Count)),
                new Cell(Join(lang, p.Articles.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
            ], "topic-" + p.Topic.Key))
            .ToList();
        return Make("articles-by-topic", T(lang, "table_articles_by_topic"), lang,
            [
                new Column("topic", T(lang, "col_topic"), false),
                new Column("articles", T(lang, "col_articles"), true),
                new Column("districts", T(lang, "col_districts"), false),
            ],
            rows);
    }
}
