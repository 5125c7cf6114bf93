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
            tables.AddRange([ProjectsByDistrict(lang), ProjectsByStatus(lang), ProjectsBySector(lang), Projects("projects", projects, lang, T(lang, "table_projects"))]);
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
            tables.Add(Projects($"district-{district.District.Key}-projects", district.Projects, lang, T(lang, "table_district_projects").Replace("{district}", name, StringComparison.Ordinal))
                with { PageUrl = Urls.District(lang, district.District.Key) });
        }

        var figures = district.Articles.Count == 0 ? [] : site.IndicatorFigures.Where(f => f.Article.District.Key == district.District.Key).ToList();
        if (figures.Count > 0)
        {
            tables.Add(Indicators($"district-{district.District.Key}-indicators", figures, lang, T(lang, "table_district_indicators").Replace("{district}", name, StringComparison.Ordinal))
                with { PageUrl = Urls.District(lang, district.District.Key) });
        }

        return tables;
    }

    /// <summary>The projects reported by the articles on a topic (no downloads: the summary has them).</summary>
    public IReadOnlyList<Table> ForTopic(Topic topic, IReadOnlyList<ArticleEntry> articles, string lang)
    {
        var projects = articles.SelectMany(a => a.Source.Projects.Select(p => new ProjectEntry(p, a))).ToList();
        return projects.Count == 0 ? [] : [Projects($"topic-{topic.Key}-projects", projects, lang, T(lang, "topic_projects").Replace("{topic}", topic.Name.For(lang), StringComparison.Ordinal)) with { Downloads = [] }];
    }

    /// <summary>The projects an article reports, shown under it (no downloads: the summary has them).</summary>
    public IReadOnlyList<Table> ForArticle(ArticleEntry article, string lang)
    {
        var projects = article.Source.Projects.Select(p => new ProjectEntry(p, article)).ToList();
        return projects.Count == 0 ? [] : [Projects("article-projects", projects, lang, T(lang, "table_article_projects")) with { Downloads = [], PageUrl = Urls.Article(lang, article.Slug) }];
    }

    private Table Make(string id, string caption, string lang, IReadOnlyList<Column> columns, IReadOnlyList<Row> rows, IReadOnlyList<Cell>? footer = null, IReadOnlyList<Chart>? charts = null) =>
        new(id, caption, columns, rows, footer,
            [new Link(Urls.Data(lang, id + ".csv"), "CSV"), new Link(Urls.Data(lang, id + ".json"), "JSON")]) { Charts = charts ?? [] };

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
        var charts = new List<Chart>();
        if (bars.Count > 0)
        {
            charts.Add(Chart("chart-investment-by-district", "chart_investment_by_district", "chart_unit_money", lang, all.Where(p => p.Project.Investment is not null), bars));
        }

        var stacked = districts.Select(d => new StackedBar(d.District.Name.For(lang),
                Project.Statuses.Select(s => (decimal)d.Projects.Count(p => p.Project.Status == s)).ToList(), Count(d.Projects.Count, lang)))
            .ToList();
        var legend = Project.Statuses.Select(st => T(lang, "status_" + st)).ToList();
        var stackedDesc = T(lang, "chart_projects_by_district_status_desc") + " " + Join(lang, stacked.Select(b =>
            $"{b.Label} {b.Display} ({Join(lang, b.Parts.Select((n, k) => (n, k)).Where(x => x.n > 0).Select(x => $"{legend[x.k]} {Count((int)x.n, lang)}"))})"));
        charts.Add(new Chart("chart-projects-by-district-status", T(lang, "chart_projects_by_district_status"), T(lang, "chart_unit_projects"), Period(lang, all),
            Source(lang, all), BarChart.Stacked("chart-projects-by-district-status", T(lang, "chart_projects_by_district_status"), stackedDesc, stacked), stackedDesc) { Legend = legend });
        return Make("projects-by-district", T(lang, "table_projects_by_district"), lang,
            [
                new Column("district", T(lang, "col_district"), false),
                new Column("projects", T(lang, "col_projects"), true),
                new Column("with_investment", T(lang, "col_with_investment"), true),
                new Column("investment_cny", T(lang, "col_investment"), true),
            ],
            rows,
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(all.Count, lang), SortValue: N(all.Count)), new Cell(Count(allInvested.Count, lang), SortValue: N(allInvested.Count)), new Cell(Money(total, lang), SortValue: N(total))],
            charts);
    }

    private Table ProjectsByStatus(string lang)
    {
        var counts = Project.Statuses.Select(s => (Status: s, Count: site.Projects.Count(p => p.Project.Status == s))).ToList();
        var rows = counts.Select(c => new Row([new Cell(T(lang, "status_" + c.Status), Header: true), new Cell(Count(c.Count, lang), SortValue: N(c.Count))])).ToList();
        var bars = counts.Select(c => new Bar(T(lang, "status_" + c.Status), c.Count, Count(c.Count, lang))).ToList();
        var chart = Chart("chart-projects-by-status", "chart_projects_by_status", "chart_unit_projects", lang, site.Projects, bars);
        return Make("projects-by-status", T(lang, "table_projects_by_status"), lang,
            [new Column("status", T(lang, "col_status"), false), new Column("projects", T(lang, "col_projects"), true)],
            rows,
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(counts.Sum(c => c.Count), lang), SortValue: N(counts.Sum(c => c.Count)))],
            [chart]);
    }

    private Table ProjectsBySector(string lang)
    {
        var sectors = site.Sectors.Select(s => (Sector: s, Projects: site.Projects.Where(p => p.Project.Sector == s.Key).ToList()))
            .Where(s => s.Projects.Count > 0)
            .OrderByDescending(s => s.Projects.Count)
            .ToList();
        var rows = sectors.Select(s =>
        {
            var invested = s.Projects.Where(p => p.Project.Investment is not null).ToList();
            var sum = invested.Sum(p => p.Project.Investment!.Value);
            return new Row(
            [
                new Cell(s.Sector.Name.For(lang), Header: true),
                new Cell(Count(s.Projects.Count, lang), SortValue: N(s.Projects.Count)),
                new Cell(invested.Count == 0 ? "—" : Money(sum, lang), SortValue: invested.Count == 0 ? null : N(sum)),
            ]);
        }).ToList();
        var bars = sectors.Select(s => new Bar(s.Sector.Name.For(lang), s.Projects.Count, Count(s.Projects.Count, lang))).ToList();
        var chart = Chart("chart-projects-by-sector", "chart_projects_by_sector", "chart_unit_projects", lang, site.Projects, bars);
        return Make("projects-by-sector", T(lang, "table_projects_by_sector"), lang,
            [new Column("sector", T(lang, "col_sector"), false), new Column("projects", T(lang, "col_projects"), true), new Column("investment_cny", T(lang, "col_investment"), true)],
            rows,
            null,
            [chart]);
    }

    /// <summary>A bar chart of one table's numbers, with the caption every chart carries: title, unit, period, source.</summary>
    private Chart Chart(string id, string titleKey, string unitKey, string lang, IEnumerable<ProjectEntry> from, IReadOnlyList<Bar> bars)
    {
        var title = T(lang, titleKey);
        var description = T(lang, titleKey + "_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}"));
        var projects = from.ToList();
        return new Chart(id, title, T(lang, unitKey), Period(lang, projects), Source(lang, projects), BarChart.Svg(id, title, description, bars), description);
    }

    /// <summary>The period the numbers cover: the years the projects state, or else the articles' publication dates.</summary>
    private string Period(string lang, IReadOnlyList<ProjectEntry> projects)
    {
        var years = projects.Where(p => p.Project.Year is not null).Select(p => p.Project.Year!.Value).ToList();
        var dates = projects.Select(p => p.Article.Source.Date).ToList();
        if (dates.Count == 0)
        {
            return "";
        }

        var published = T(lang, "chart_period_published").Replace("{from}", Formats.Date(dates.Min(), lang), StringComparison.Ordinal)
            .Replace("{to}", Formats.Date(dates.Max(), lang), StringComparison.Ordinal);
        if (dates.Min() == dates.Max())
        {
            published = T(lang, "chart_period_published_on").Replace("{date}", Formats.Date(dates.Min(), lang), StringComparison.Ordinal);
        }

        return years.Count == 0 ? published
            : T(lang, "chart_period_years").Replace("{years}", YearRange(years, lang), StringComparison.Ordinal) + (lang == "zh" ? "；" : "; ") + published;
    }

    private static string YearRange(IReadOnlyList<int> years, string lang)
    {
        var (min, max) = (years.Min(), years.Max());
        var suffix = lang == "zh" ? "年" : "";
        return min == max ? $"{N(min)}{suffix}" : $"{N(min)}{suffix}–{N(max)}{suffix}";
    }

    private string Source(string lang, IReadOnlyList<ProjectEntry> projects) =>
        CountText(lang, "chart_source_articles", projects.Select(p => p.Article.Slug).Distinct().Count());

    private string CountText(string lang, string key, int count) =>
        T(lang, count == 1 ? key + "_one" : key).Replace("{count}", Count(count, lang), StringComparison.Ordinal);

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
                new Column("unit", T(lang, "col_unit"), false, DownloadOnly: true),
                new Column("wording", T(lang, "col_wording"), false),
                new Column("article", T(lang, "col_article"), false),
            ],
            rows,
            null,
            IndicatorCharts(id, figures, lang));
    }

    /// <summary>
    /// One chart per indicator and district that the articles give for two or more periods: its values
    /// over time, oldest first. Figures without a year are left out (they have no place on the axis).
    /// </summary>
    private IReadOnlyList<Chart> IndicatorCharts(string tableId, IReadOnlyList<FigureEntry> figures, string lang)
    {
        var charts = new List<Chart>();
        foreach (var series in figures.Where(f => f.Figure.Year is not null && f.Figure.Indicator is not null)
                     .GroupBy(f => (Indicator: f.Figure.Indicator!, District: f.Article.District.Key, f.Unit.Kind, Currency: f.Unit.Currency))
                     .Where(g => g.Select(f => f.Figure.Year).Distinct().Count() >= 2))
        {
            var points = series.GroupBy(f => f.Figure.Year!.Value).OrderBy(g => g.Key).Select(g => g.First()).ToList();
            var indicator = site.Indicators.Find(series.Key.Indicator)!;
            var district = points[0].Article.District;
            var title = T(lang, "chart_indicator_over_time").Replace("{indicator}", indicator.Name.For(lang), StringComparison.Ordinal)
                .Replace("{district}", district.Name.For(lang), StringComparison.Ordinal);
            var bars = points.Select(f => new Bar(lang == "zh" ? $"{N(f.Figure.Year!.Value)}年" : N(f.Figure.Year!.Value), f.Figure.Normalized, Formats.Figure(f.Figure, f.Unit, lang))).ToList();
            var description = T(lang, "chart_indicator_over_time_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}"));
            var id = $"chart-{tableId}-{series.Key.Indicator}-{series.Key.District}";
            var unit = points[0].Unit.Kind == "money" ? T(lang, "chart_unit_money") : points[0].Unit.Name.For(lang);
            var articles = points.Select(p => p.Article.Slug).Distinct().Count();
            charts.Add(new Chart(id, title, unit, YearRange(points.Select(p => p.Figure.Year!.Value).ToList(), lang),
                CountText(lang, "chart_source_articles", articles), BarChart.Svg(id, title, description, bars), description));
        }

        return charts;
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
                new Cell(p.Topic.Name.For(lang), Urls.Topic(lang, p.Topic.Key), Header: true),
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
