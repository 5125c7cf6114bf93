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

    /// <summary>
    /// Headline indicators, one row per fact (indicator, district, period, measure, status), grouped by
    /// indicator and district in time order. A growth rate reads as growth, a target as a target;
    /// sources that disagree are one row with both values and both sources, marked.
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
                new Cell(f.District.Name.For(lang), Urls.District(lang, f.District.Key)),
                new Cell(kit.Text.Period(f.Period, lang), SortValue: f.Period is { } p ? N(p.From) : null),
                new Cell(kit.Text.Measure(f.Measure, f.Base, lang)),
                new Cell(kit.Text.Status(f.Status, lang)),
                new Cell(values, SortValue: f.Conflicting ? null : N(first.Figure.Normalized)),
                new Cell(first.Unit.Kind == "money" ? first.Unit.Currency! : first.Unit.Name.For(lang)),
                new Cell(string.Join(" | ", f.Reports.Select(r => r.Figure.Label).Distinct()), Lang: lang == Lang.Zh ? null : Lang.Zh.HtmlLang),
                kit.SourcesCell(f.Reports.Select(r => (r.Article, (string?)("#" + FigureAnchor(r.Figure)))).ToList(), lang),
            ]);
        }).ToList();
        return Make(id, caption, lang,
            [
                new Column("indicator", kit.T(lang, "col_indicator"), false),
                new Column("district", kit.T(lang, "col_district"), false),
                new Column("period", kit.T(lang, "col_period"), true),
                new Column("measure", kit.T(lang, "col_measure"), false),
                new Column("status", kit.T(lang, "col_figure_status"), false),
                new Column("value", kit.T(lang, "col_value"), true),
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

    /// <summary>The indicator figures an article reports, shown under it: each row carries its sentence and the anchor headline numbers link to.</summary>
    public Table OfArticle(IReadOnlyList<Figure> figures, Lang lang)
    {
        var sentenceLang = lang == Lang.Zh ? null : Lang.Zh.HtmlLang;
        var rows = figures.Select(f =>
        {
            var unit = kit.Site.Units.Find(f.Unit)!;
            var indicator = kit.Site.Indicators.Find(f.Indicator!)!;
            return new Row(
            [
                new Cell(kit.Text.Indicator(indicator, f.Measure, lang), Header: true),
                new Cell(kit.Text.Period(f.Period, lang), SortValue: f.Period is { } p ? N(p.From) : null),
                new Cell(kit.Text.Measure(f.Measure, f.Base, lang)),
                new Cell(kit.Text.Status(f.Status, lang)),
                new Cell(kit.Text.Value(f, unit, lang), SortValue: N(f.Normalized)),
                new Cell(f.Sentence, Lang: sentenceLang),
            ], FigureAnchor(f));
        }).ToList();
        return new Table("article-figures", kit.T(lang, "table_article_figures"),
            [
                new Column("indicator", kit.T(lang, "col_indicator"), false),
                new Column("period", kit.T(lang, "col_period"), true),
                new Column("measure", kit.T(lang, "col_measure"), false),
                new Column("status", kit.T(lang, "col_figure_status"), false),
                new Column("value", kit.T(lang, "col_value"), true),
                new Column("sentence", kit.T(lang, "col_sentence"), false),
            ],
            rows, null, []);
    }
}
