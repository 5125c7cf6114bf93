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

    private FigureText Text => _text ??= new FigureText(pages.T);

    private FigureText? _text;

    /// <summary>
    /// A total of project investment that says how much is known: "CNY 10 billion stated for 1 of 3
    /// projects", the amount alone when every project states one, "not stated" when none does. Never 0.
    /// </summary>
    private Cell InvestmentTotal(IReadOnlyList<ProjectEntry> projects, string lang, bool compact = false)
    {
        var total = StatedInvestment.Of(projects);
        var coverage = new Coverage(total.Stated, total.Total);
        if (total.Sum is not { } sum)
        {
            return new Cell(T(lang, "not_stated"), Coverage: coverage);
        }

        var text = total.Stated == total.Total ? Money(sum, lang)
            : T(lang, compact ? "stated_for_short" : "stated_for")
                .Replace("{amount}", Money(sum, lang), StringComparison.Ordinal)
                .Replace("{stated}", Count(total.Stated, lang), StringComparison.Ordinal)
                .Replace("{total}", Count(total.Total, lang), StringComparison.Ordinal);
        return new Cell(text, SortValue: N(sum), Coverage: coverage);
    }

    public IReadOnlyList<Table> ForSite(string lang)
    {
        var tables = new List<Table>();
        var projects = site.Projects.ToList();
        if (projects.Count > 0)
        {
            tables.AddRange([ProjectsByDistrict(lang), ProjectsByStatus(lang), ProjectsBySector(lang), Projects("projects", projects, lang, T(lang, "table_projects"))]);
        }

        var facts = site.IndicatorFacts;
        if (facts.Count > 0)
        {
            tables.Add(Indicators("indicators", facts, lang, T(lang, "table_indicators")));
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

        var facts = district.Articles.Count == 0 ? [] : site.IndicatorFacts.Where(f => f.District.Key == district.District.Key).ToList();
        if (facts.Count > 0)
        {
            tables.Add(Indicators($"district-{district.District.Key}-indicators", facts, lang, T(lang, "table_district_indicators").Replace("{district}", name, StringComparison.Ordinal))
                with { PageUrl = Urls.District(lang, district.District.Key) });
        }

        return tables;
    }

    /// <summary>The projects reported by the articles on a topic (no downloads: the summary has them).</summary>
    public IReadOnlyList<Table> ForTopic(Topic topic, string lang)
    {
        var projects = site.Projects.Where(p => p.Sources.Any(a => a.Topics.Contains(topic))).ToList();
        return projects.Count == 0 ? [] : [Projects($"topic-{topic.Key}-projects", projects, lang, T(lang, "topic_projects").Replace("{topic}", topic.Name.For(lang), StringComparison.Ordinal)) with { Downloads = [] }];
    }

    /// <summary>
    /// The projects and the indicator figures an article reports, shown under it (no downloads: the
    /// summary has them). A project several articles report is shown once, with all its sources; each
    /// figure row carries its sentence and an id (figure-&lt;line&gt;) that headline numbers link to.
    /// </summary>
    public IReadOnlyList<Table> ForArticle(ArticleEntry article, string lang)
    {
        var tables = new List<Table>();
        var projects = site.ProjectsOf(article.Slug);
        if (projects.Count > 0)
        {
            tables.Add(Projects("article-projects", projects, lang, T(lang, "table_article_projects")) with { Downloads = [], PageUrl = Urls.Article(lang, article.Slug) });
        }

        var figures = article.Source.Figures.Where(f => f.Indicator is not null && site.Indicators.Find(f.Indicator) is not null).ToList();
        if (figures.Count > 0)
        {
            tables.Add(ArticleFigures(article, figures, lang));
        }

        return tables;
    }

    /// <summary>The anchor of a figure's row under its article: where a headline number links to.</summary>
    public static string FigureAnchor(Figure figure) => "figure-" + figure.Line.ToString(CultureInfo.InvariantCulture);

    private Table ArticleFigures(ArticleEntry article, IReadOnlyList<Figure> figures, string lang)
    {
        var sentenceLang = lang == "zh" ? null : PageFactory.HtmlLang("zh");
        var rows = figures.Select(f =>
        {
            var unit = site.Units.Find(f.Unit)!;
            var indicator = site.Indicators.Find(f.Indicator!)!;
            return new Row(
            [
                new Cell(Text.Indicator(indicator, f.Measure, lang), Header: true),
                new Cell(Text.Period(f.Period, lang), SortValue: f.Period is { } p ? N(p.From) : null),
                new Cell(Text.Measure(f.Measure, f.Base, lang)),
                new Cell(Text.Status(f.Status, lang)),
                new Cell(FigureText.Value(f, unit, lang), SortValue: N(f.Normalized)),
                new Cell(f.Sentence, Lang: sentenceLang),
            ], FigureAnchor(f));
        }).ToList();
        return new Table("article-figures", T(lang, "table_article_figures"),
            [
                new Column("indicator", T(lang, "col_indicator"), false),
                new Column("period", T(lang, "col_period"), true),
                new Column("measure", T(lang, "col_measure"), false),
                new Column("status", T(lang, "col_figure_status"), false),
                new Column("value", T(lang, "col_value"), true),
                new Column("sentence", T(lang, "col_sentence"), false),
            ],
            rows, null, []);
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

    /// <summary>One source links its article; several are listed, each linked (one fact or project, several sources).</summary>
    private Cell SourcesCell(IReadOnlyList<(ArticleEntry Article, string? Fragment)> sources, string lang)
    {
        var distinct = sources.DistinctBy(s => (s.Article.Slug, s.Fragment)).ToList();
        if (distinct.Count == 1)
        {
            var card = pages.Card(distinct[0].Article, lang);
            return new Cell(card.Title, card.Url + distinct[0].Fragment, card.TitleLang);
        }

        var links = distinct.Select(s =>
        {
            var card = pages.Card(s.Article, lang);
            return new Link(card.Url + s.Fragment, card.Title, card.TitleLang);
        }).ToList();
        return new Cell(string.Join(" | ", links.Select(l => l.Text)), links[0].Url, Links: links);
    }

    private Table ProjectsByDistrict(string lang)
    {
        var districts = site.Districts.Where(d => d.Projects.Count > 0).ToList();
        var rows = districts.Select(d =>
        {
            var invested = d.Projects.Count(p => p.Project.Investment is not null);
            return new Row(
            [
                DistrictCell(d.District, lang),
                new Cell(Count(d.Projects.Count, lang), SortValue: N(d.Projects.Count)),
                new Cell(Count(invested, lang), SortValue: N(invested)),
                InvestmentTotal(d.Projects, lang, compact: true),
            ]);
        }).ToList();
        var all = site.Projects.ToList();
        var allInvested = all.Count(p => p.Project.Investment is not null);
        var bars = districts.Select(d => (d, sum: d.Projects.Where(p => p.Project.Investment is not null).Sum(p => p.Project.Investment!.Value)))
            .Where(p => p.sum > 0)
            .Select(p => new Bar(p.d.District.Name.For(lang), p.sum, Money(p.sum, lang)))
            .ToList();
        var charts = new List<Chart>();
        if (bars.Count > 0)
        {
            // The chart can only show the amounts that are stated: its title says for how many projects.
            var coverage = T(lang, "chart_coverage").Replace("{stated}", Count(allInvested, lang), StringComparison.Ordinal).Replace("{total}", Count(all.Count, lang), StringComparison.Ordinal);
            charts.Add(Chart("chart-investment-by-district", "chart_investment_by_district", "chart_unit_money", lang, all.Where(p => p.Project.Investment is not null), bars, coverage));
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
            [new Cell(T(lang, "total"), Header: true), new Cell(Count(all.Count, lang), SortValue: N(all.Count)), new Cell(Count(allInvested, lang), SortValue: N(allInvested)), InvestmentTotal(all, lang)],
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
        var rows = sectors.Select(s => new Row(
            [
                new Cell(s.Sector.Name.For(lang), Header: true),
                new Cell(Count(s.Projects.Count, lang), SortValue: N(s.Projects.Count)),
                InvestmentTotal(s.Projects, lang, compact: true),
            ])).ToList();
        var bars = sectors.Select(s => new Bar(s.Sector.Name.For(lang), s.Projects.Count, Count(s.Projects.Count, lang))).ToList();
        var chart = Chart("chart-projects-by-sector", "chart_projects_by_sector", "chart_unit_projects", lang, site.Projects, bars);
        return Make("projects-by-sector", T(lang, "table_projects_by_sector"), lang,
            [new Column("sector", T(lang, "col_sector"), false), new Column("projects", T(lang, "col_projects"), true), new Column("investment_cny", T(lang, "col_investment"), true)],
            rows,
            null,
            [chart]);
    }

    /// <summary>A bar chart of one table's numbers, with the caption every chart carries: title, unit, period, source.</summary>
    private Chart Chart(string id, string titleKey, string unitKey, string lang, IEnumerable<ProjectEntry> from, IReadOnlyList<Bar> bars, string? note = null)
    {
        var title = note is null ? T(lang, titleKey) : T(lang, titleKey) + " " + note;
        var description = T(lang, titleKey + "_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}")) + (note is null ? "" : (lang == "zh" ? "。" : ". ") + note);
        var projects = from.ToList();
        return new Chart(id, title, T(lang, unitKey), Period(lang, projects), Source(lang, projects), BarChart.Svg(id, title, description, bars), description);
    }

    /// <summary>The period the numbers cover: the years the projects state, or else the articles' publication dates.</summary>
    private string Period(string lang, IReadOnlyList<ProjectEntry> projects)
    {
        var years = projects.Where(p => p.Project.Year is not null).Select(p => p.Project.Year!.Value).ToList();
        var dates = projects.SelectMany(p => p.Sources).Select(a => a.Source.Date).ToList();
        if (dates.Count == 0)
        {
            return "";
        }

        var published = T(lang, "chart_period_published").Replace("{from}", Formats.Date(dates.Min(), lang, site.Config.English), StringComparison.Ordinal)
            .Replace("{to}", Formats.Date(dates.Max(), lang, site.Config.English), StringComparison.Ordinal);
        if (dates.Min() == dates.Max())
        {
            published = T(lang, "chart_period_published_on").Replace("{date}", Formats.Date(dates.Min(), lang, site.Config.English), StringComparison.Ordinal);
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
        CountText(lang, "chart_source_articles", projects.SelectMany(p => p.Sources).Select(a => a.Slug).Distinct().Count());

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
                new Cell(project.Investment is { } i ? Money(i, lang) : T(lang, "not_stated"), SortValue: project.Investment is { } amount ? N(amount) : null),
                new Cell(project.Capacity?.For(lang) ?? "—"),
                SourcesCell(p.Sources.Select(a => (a, (string?)null)).ToList(), lang),
            ]);
        }).ToList();
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
                new Column("article", T(lang, "col_sources"), false),
            ],
            rows,
            [new Cell(T(lang, "total") + " (" + Count(projects.Count, lang) + ")", Header: true), new Cell(""), new Cell(""), new Cell(""), new Cell(""), new Cell(""), InvestmentTotal(projects, lang), new Cell(""), new Cell("")]);
    }

    /// <summary>
    /// Headline indicators, one row per fact (indicator, district, period, measure, status), grouped by
    /// indicator and district in time order. A growth rate reads as growth, a target as a target;
    /// sources that disagree are one row with both values and both sources, marked.
    /// </summary>
    private Table Indicators(string id, IReadOnlyList<IndicatorFact> facts, string lang, string caption)
    {
        var rows = facts.Select(f =>
        {
            var first = f.First;
            var values = string.Join(lang == "zh" ? "；" : "; ", f.Values.Select(v => FigureText.Value(v.Figure, v.Unit, lang)));
            if (f.Conflicting)
            {
                values += " " + T(lang, "sources_disagree");
            }

            return new Row(
            [
                new Cell(Text.Indicator(f.Indicator, f.Measure, lang), Header: true),
                new Cell(f.District.Name.For(lang), Urls.District(lang, f.District.Key)),
                new Cell(Text.Period(f.Period, lang), SortValue: f.Period is { } p ? N(p.From) : null),
                new Cell(Text.Measure(f.Measure, f.Base, lang)),
                new Cell(Text.Status(f.Status, lang)),
                new Cell(values, SortValue: f.Conflicting ? null : N(first.Figure.Normalized)),
                new Cell(first.Unit.Kind == "money" ? first.Unit.Currency! : first.Unit.Name.For(lang)),
                new Cell(string.Join(" | ", f.Reports.Select(r => r.Figure.Label).Distinct()), Lang: lang == "zh" ? null : PageFactory.HtmlLang("zh")),
                SourcesCell(f.Reports.Select(r => (r.Article, (string?)("#" + FigureAnchor(r.Figure)))).ToList(), lang),
            ]);
        }).ToList();
        return Make(id, caption, lang,
            [
                new Column("indicator", T(lang, "col_indicator"), false),
                new Column("district", T(lang, "col_district"), false),
                new Column("period", T(lang, "col_period"), true),
                new Column("measure", T(lang, "col_measure"), false),
                new Column("status", T(lang, "col_figure_status"), false),
                new Column("value", T(lang, "col_value"), true),
                new Column("unit", T(lang, "col_unit"), false, DownloadOnly: true),
                new Column("wording", T(lang, "col_wording"), false),
                new Column("article", T(lang, "col_sources"), false),
            ],
            rows,
            null,
            IndicatorCharts(id, facts, lang));
    }

    /// <summary>
    /// One chart per indicator, district, measure and status that the articles give for two or more
    /// single years: its values over time, oldest first. Facts without a year, spanning several
    /// years, with disagreeing sources or below zero are left out (they have no bar of their own).
    /// </summary>
    private IReadOnlyList<Chart> IndicatorCharts(string tableId, IReadOnlyList<IndicatorFact> facts, string lang)
    {
        var charts = new List<Chart>();
        foreach (var series in facts.Where(f => f.Period is { IsYear: true } && !f.Conflicting && f.First.Figure.Normalized >= 0)
                     .GroupBy(f => (Indicator: f.Indicator.Key, District: f.District.Key, f.Measure, f.Base, f.Status, f.First.Unit.Kind, f.First.Unit.Currency))
                     .Where(g => g.Select(f => f.Period!.From).Distinct().Count() >= 2))
        {
            var points = series.GroupBy(f => f.Period!.From).OrderBy(g => g.Key).Select(g => g.First()).ToList();
            var first = points[0];
            var title = T(lang, "chart_indicator_over_time").Replace("{indicator}", Text.Indicator(first.Indicator, first.Measure, lang), StringComparison.Ordinal)
                .Replace("{district}", first.District.Name.For(lang), StringComparison.Ordinal);
            var bars = points.Select(f => new Bar(YearRange([f.Period!.From], lang), f.First.Figure.Normalized, FigureText.Value(f.First.Figure, f.First.Unit, lang))).ToList();
            var description = T(lang, "chart_indicator_over_time_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}"));
            var id = $"chart-{tableId}-{series.Key.Indicator}-{series.Key.District}" + (charts.Any(c => c.Id.StartsWith($"chart-{tableId}-{series.Key.Indicator}-{series.Key.District}", StringComparison.Ordinal)) ? "-" + N(charts.Count) : "");
            var unit = first.First.Unit.Kind == "money" ? T(lang, "chart_unit_money") : first.First.Unit.Name.For(lang);
            var articles = points.SelectMany(p => p.Reports).Select(r => r.Article.Slug).Distinct().Count();
            charts.Add(new Chart(id, title, unit, YearRange(points.Select(p => p.Period!.From).ToList(), lang),
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
        // By the year the article reports on (its period), not the day the source listed it; unknown last.
        var rows = site.Articles.GroupBy(a => a.Source.Period?.Last).OrderBy(g => g.Key is null ? 1 : 0).ThenByDescending(g => g.Key).Select(g => new Row(
        [
            new Cell(g.Key is { } year ? (lang == "zh" ? $"{year}年" : N(year)) : T(lang, "period_not_stated"), Header: true, SortValue: g.Key is { } y ? N(y) : null),
            new Cell(Count(g.Count(), lang), SortValue: N(g.Count())),
            new Cell(Join(lang, g.Select(a => a.District).DistinctBy(d => d.Key).OrderBy(d => d.Order).Select(d => d.Name.For(lang)))),
        ])).ToList();
        return Make("articles-by-year", T(lang, "table_articles_by_year"), lang,
            [
                new Column("year", T(lang, "col_year_reported"), true),
                new Column("articles", T(lang, "col_articles"), true),
                new Column("districts", T(lang, "col_districts"), false),
            ],
            rows);
    }

    private Table ArticlesByTopic(string lang)
    {
        var rows = site.Topics.Select(t => (Topic: t, Articles: site.ArticlesOn(t)))
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
