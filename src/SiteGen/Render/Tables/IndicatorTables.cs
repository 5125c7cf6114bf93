using System.Globalization;
using SiteGen.Core;
using SiteGen.Site;
using static SiteGen.Render.TableKit;

namespace SiteGen.Render;

/// <summary>The indicator tables: headline facts with their charts over time, and the figures each article reports.</summary>
internal sealed class IndicatorTables(TableKit kit)
{
    /// <summary>The anchor of a figure's row under its article: where a headline number links to.</summary>
    public static string FigureAnchor(Figure figure) => "figure-" + figure.Line.ToString(CultureInfo.InvariantCulture);

    /// <summary>A period as the page shows it, sorted by its start, downloaded in the one form that reads the same in both languages (2016–2020).</summary>
    private Cell PeriodCell(Period? period, Lang lang) =>
        new(kit.Text.Period(period, lang), SortValue: period is { } p ? N(p.From) : null, Download: period?.ToString() ?? "");

    private static Cell Year(int? year) => new(year is { } y ? N(y) : "", SortValue: year is { } v ? N(v) : null);

    /// <summary>
    /// Headline indicators, one row per fact (indicator, place, period, measure, status), grouped by indicator and
    /// place in time order. A growth rate reads as growth, a target as a target, a bound as words (more than CNY 110
    /// billion); sources that disagree are one row with both values and both sources, marked. The downloads keep what
    /// the page words: the period as its start and end, the bound, measure and status as codes the codebook lists.
    /// </summary>
    public Table Facts(string id, IReadOnlyList<IndicatorFact> facts, Lang lang, string caption)
    {
        var rows = facts.Select(f =>
        {
            var first = f.First;
            var values = string.Join(lang == Lang.Zh ? "；" : "; ", f.Values.Select(v => kit.Text.Value(v.Figure, v.Unit, lang)));
            if (f.Conflicting)
            {
                values += " " + kit.T(lang, "sources_disagree");
            }

            return new Row(
            [
                new Cell(kit.Text.Indicator(f.Indicator, f.Measure, lang), Header: true),
                new Cell(f.Indicator.Key),
                new Cell(f.District.Name.For(lang), Urls.District(lang, f.District.Key)),
                new Cell(f.District.Key),
                PeriodCell(f.Period, lang),
                Year(f.Period?.From),
                Year(f.Period?.To),
                new Cell(kit.Text.Measure(f.Measure, f.Base, lang), Download: f.Measure),
                new Cell(f.Base ?? ""),
                new Cell(kit.Text.Status(f.Status, lang), Download: f.Status),
                new Cell(values, SortValue: f.Conflicting ? null : N(first.Figure.Normalized)),
                new Cell(string.Join(" ", f.Values.Select(v => v.Figure.Bound ?? "").Distinct()).Trim()),
                new Cell(first.Unit.Kind == "money" ? first.Unit.Currency! : first.Unit.Name.For(lang)),
                new Cell(string.Join(" | ", f.Reports.Select(r => r.Figure.Label).Distinct()), Lang: lang == Lang.Zh ? null : Lang.Zh.HtmlLang),
                kit.SourcesCell(f.Reports.Select(r => (r.Article, (string?)("#" + FigureAnchor(r.Figure)))).ToList(), lang),
            ]);
        }).ToList();
        return Make(id, caption, lang,
            [
                new Column("indicator", kit.T(lang, "col_indicator"), false),
                new Column("indicator_key", kit.T(lang, "col_indicator_key"), false, DownloadOnly: true),
                new Column("place", kit.T(lang, "col_place"), false),
                new Column("place_key", kit.T(lang, "col_place_key"), false, DownloadOnly: true),
                new Column("period", kit.T(lang, "col_period"), false),
                new Column("period_start", kit.T(lang, "col_period_start"), true, DownloadOnly: true),
                new Column("period_end", kit.T(lang, "col_period_end"), true, DownloadOnly: true),
                new Column("measure", kit.T(lang, "col_measure"), false),
                new Column("base", kit.T(lang, "col_base"), false, DownloadOnly: true),
                new Column("status", kit.T(lang, "col_figure_status"), false),
                new Column("value", kit.T(lang, "col_value"), true),
                new Column("bound", kit.T(lang, "col_bound"), false, DownloadOnly: true),
                new Column("unit", kit.T(lang, "col_unit"), false, DownloadOnly: true),
                new Column("wording", kit.T(lang, "col_wording"), false),
                new Column("article", kit.T(lang, "col_sources"), false),
            ],
            rows,
            null,
            Charts(id, facts, lang));
    }

    /// <summary>
    /// One chart per indicator, district, measure and status that the articles give for two or more
    /// single years: its values over time, oldest first. Facts without a year, spanning several
    /// years, with disagreeing sources or below zero are left out (they have no bar of their own).
    /// </summary>
    private IReadOnlyList<Chart> Charts(string tableId, IReadOnlyList<IndicatorFact> facts, Lang lang)
    {
        var charts = new List<Chart>();
        foreach (var series in facts.Where(f => f.Period is { IsYear: true } && !f.Conflicting && f.First.Figure.Normalized >= 0)
                     .GroupBy(f => (Indicator: f.Indicator.Key, District: f.District.Key, f.Measure, f.Base, f.Status, f.First.Unit.Kind, f.First.Unit.Currency))
                     .Where(g => g.Select(f => f.Period!.From).Distinct().Count() >= 2))
        {
            var points = series.GroupBy(f => f.Period!.From).OrderBy(g => g.Key).Select(g => g.First()).ToList();
            var first = points[0];
            var title = kit.T(lang, "chart_indicator_over_time").Replace("{indicator}", kit.Text.Indicator(first.Indicator, first.Measure, lang), StringComparison.Ordinal)
                .Replace("{district}", first.District.Name.For(lang), StringComparison.Ordinal);
            var bars = points.Select(f => new Bar(YearRange([f.Period!.From], lang), f.First.Figure.Normalized, kit.Text.Value(f.First.Figure, f.First.Unit, lang))).ToList();
            var description = kit.T(lang, "chart_indicator_over_time_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}"));
            var id = $"chart-{tableId}-{series.Key.Indicator}-{series.Key.District}" + (charts.Any(c => c.Id.StartsWith($"chart-{tableId}-{series.Key.Indicator}-{series.Key.District}", StringComparison.Ordinal)) ? "-" + N(charts.Count) : "");
            var unit = first.First.Unit.Kind == "money" ? kit.T(lang, "chart_unit_money") : first.First.Unit.Name.For(lang);
            var articles = points.SelectMany(p => p.Reports).Select(r => r.Article.Slug).Distinct().Count();
            charts.Add(new Chart(id, title, unit, YearRange(points.Select(p => p.Period!.From).ToList(), lang),
                kit.CountText(lang, "chart_source_articles", articles), BarChart.Svg(id, title, description, bars), description));
        }

        return charts;
    }

    /// <summary>
    /// The figures under an article: its indicator figures and the figures of its projects, each with its sentence and the
    /// anchor headline numbers link to, and the place it is about (a column only when one is about another place than the
    /// article's district).
    /// </summary>
    public Table OfArticle(ArticleEntry article, IReadOnlyList<Figure> figures, Lang lang)
    {
        var sentenceLang = lang == Lang.Zh ? null : Lang.Zh.HtmlLang;
        var projects = article.Source.Projects.Where(p => p.Id is not null).ToDictionary(p => p.Id!, StringComparer.Ordinal);
        var places = figures.Any(f => f.Place is not null);
        var rows = figures.Select(f =>
        {
            var unit = kit.Site.Units.Find(f.Unit)!;
            var what = f.Project is { } id && projects.TryGetValue(id, out var project)
                ? new Cell(lang == Lang.Zh ? $"{project.Name.Zh}：{f.Label}" : project.Name.En, Header: true)
                : new Cell(kit.Text.Indicator(kit.Site.Indicators.Find(f.Indicator!)!, f.Measure, lang), Header: true);
            var place = kit.Site.DistrictOf(f.Place ?? article.District.Key).District;
            List<Cell> cells =
            [
                what,
                PeriodCell(f.Period, lang),
                new(kit.Text.Measure(f.Measure, f.Base, lang)),
                new(kit.Text.Status(f.Status, lang)),
                new(kit.Text.Value(f, unit, lang), SortValue: N(f.Normalized)),
                new(f.Sentence, Lang: sentenceLang),
            ];
            if (places)
            {
                cells.Insert(1, new Cell(place.Name.For(lang), Urls.District(lang, place.Key)));
            }

            return new Row(cells, FigureAnchor(f));
        }).ToList();
        List<Column> columns =
        [
            new("indicator", kit.T(lang, "col_indicator"), false),
            new("period", kit.T(lang, "col_period"), false),
            new("measure", kit.T(lang, "col_measure"), false),
            new("status", kit.T(lang, "col_figure_status"), false),
            new("value", kit.T(lang, "col_value"), true),
            new("sentence", kit.T(lang, "col_sentence"), false),
        ];
        if (places)
        {
            columns.Insert(1, new Column("place", kit.T(lang, "col_place"), false));
        }

        return new Table("article-figures", kit.T(lang, "table_article_figures"), columns, rows, null, []);
    }
}
