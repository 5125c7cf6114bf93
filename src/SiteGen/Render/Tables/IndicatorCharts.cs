using SiteGen.Core;
using SiteGen.Site;
using static SiteGen.Render.TableKit;

namespace SiteGen.Render;

/// <summary>
/// An indicator page's charts: one time series per measure (and unit) of the indicator, with a line per district, its
/// actual and estimated values told from its targets and plans (<see cref="TimeSeriesChart"/>). Facts without a period
/// or whose sources disagree, and ranks, are in the table only.
/// </summary>
internal sealed class IndicatorCharts(TableKit kit)
{
    public IReadOnlyList<Chart> For(string id, IReadOnlyList<IndicatorFact> facts, Lang lang)
    {
        var charts = new List<Chart>();

        // A district keeps its colour in every chart of the page.
        var colours = facts.Select(f => f.District).DistinctBy(d => d.Key).OrderBy(d => d.Order)
            .Select((d, i) => (d.Key, Colour: i % TimeSeriesChart.Palette + 1)).ToDictionary(p => p.Key, p => p.Colour, StringComparer.Ordinal);
        var groups = facts.Where(f => f.Period is not null && !f.Conflicting && f.Measure != Figure.Rank)
            .GroupBy(f => (f.Measure, f.First.Unit.Kind, f.First.Unit.Currency))
            .OrderBy(g => Array.IndexOf(Figure.Measures, g.Key.Measure))
            .ToList();
        foreach (var group in groups)
        {
            var id0 = $"chart-{id}-{group.Key.Measure}" + (groups.Count(g => g.Key.Measure == group.Key.Measure) > 1 ? "-" + (group.Key.Currency ?? group.Key.Kind).ToLowerInvariant() : "");
            var scales = Scales([.. group.GroupBy(f => f.District.Key).Select(d => (IReadOnlyList<IndicatorFact>)[.. d])]);
            for (var i = 0; i < scales.Count; i++)
            {
                charts.Add(Chart(scales.Count == 1 ? id0 : $"{id0}-{i + 1}", scales[i], scales.Count > 1, colours, lang));
            }
        }

        return charts;
    }

    /// <summary>
    /// The districts' facts, one list per district, drawn on shared axes while their largest values are within a factor
    /// of <see cref="MaxRatio"/> of each other: a city's GDP beside a district's would flatten the district's line to
    /// the axis, so it gets a chart of its own.
    /// </summary>
    private static List<List<IReadOnlyList<IndicatorFact>>> Scales(IReadOnlyList<IReadOnlyList<IndicatorFact>> districts)
    {
        static decimal Max(IReadOnlyList<IndicatorFact> facts) => facts.Max(f => Math.Abs(f.First.Figure.Normalized));
        var scales = new List<List<IReadOnlyList<IndicatorFact>>>();
        foreach (var district in districts.OrderByDescending(Max).ThenBy(d => d[0].District.Order))
        {
            if (scales.Count == 0 || Max(district) * MaxRatio < Max(scales[^1][0]))
            {
                scales.Add([]);
            }

            scales[^1].Add(district);
        }

        return [.. scales.Select(s => s.OrderBy(d => d[0].District.Order).ToList())];
    }

    private const int MaxRatio = 8;

    private Chart Chart(string chartId, IReadOnlyList<IReadOnlyList<IndicatorFact>> districts, bool split, Dictionary<string, int> colours, Lang lang)
    {
        var facts = districts.SelectMany(d => d).ToList();
        var first = facts[0];
        var name = kit.Text.Indicator(first.Indicator, first.Measure, lang);
        var title = split
            ? kit.T(lang, "chart_indicator_series_of").Replace("{indicator}", name, StringComparison.Ordinal).Replace("{districts}", Join(lang, districts.Select(d => d[0].District.Name.For(lang))), StringComparison.Ordinal)
            : kit.T(lang, "chart_indicator_series").Replace("{indicator}", name, StringComparison.Ordinal);
        var series = districts.Select(d => new Series(d[0].District.Name.For(lang), Points(d), colours[d[0].District.Key])).ToList();
        var (divisor, unit) = AxisUnit(first.First.Unit, facts.Max(f => Math.Abs(f.First.Figure.Normalized)), lang);
        var description = kit.T(lang, "chart_indicator_series_desc") + " " + string.Join(lang == Lang.Zh ? "；" : "; ", districts.Select(d =>
            d[0].District.Name.For(lang) + (lang == Lang.Zh ? "：" : ": ") + Join(lang, d.Select(f =>
                $"{kit.Text.Period(f.Period, lang)} {kit.Text.Value(f.First.Figure, f.First.Unit, lang)} ({kit.Text.Status(f.Status, lang)})"))));
        var points = series.SelectMany(s => s.Points).ToList();
        var articles = facts.SelectMany(f => f.Reports).Select(r => r.Article.Slug).Distinct().Count();
        return new Chart(chartId, title, unit, YearRange([.. points.SelectMany(p => new[] { p.From, p.To })], lang), kit.CountText(lang, "chart_source_articles", articles),
            TimeSeriesChart.Svg(chartId, title, description, series, v => Tick(v / divisor, lang)), description)
        {
            Legend = [.. series.Select(s => s.Name)],
            LegendColours = [.. series.Select(s => s.Colour)],
            Marks = [.. Marks(points).Select(m => new ChartMark(m, kit.T(lang, "chart_mark_" + m)))],
        };
    }

    /// <summary>
    /// A district's points. A level for a range of years is drawn at the range's end (a level reached by then), unless
    /// a value for that single year is given too (the table has both).
    /// </summary>
    private static IReadOnlyList<SeriesPoint> Points(IReadOnlyList<IndicatorFact> facts)
    {
        var points = facts.Select(Point).ToList();
        var years = facts.Where(f => f.Period!.IsYear).Select(f => (f.Period!.From, f.Status)).ToHashSet();
        return [.. points.Where((p, i) => facts[i].Period!.IsYear || p.Across || !years.Contains((p.To, p.Status)))];
    }

    /// <summary>A level for a range of years is a level to reach by its end; any other measure for a range (a total, an average) spans it.</summary>
    private static SeriesPoint Point(IndicatorFact fact)
    {
        var period = fact.Period!;
        var across = fact.Measure != Figure.Level && period.To is { } to && to > period.From;
        return new SeriesPoint(across ? period.From : period.Last, period.Last, fact.First.Figure.Normalized, fact.Status, across);
    }

    /// <summary>The kinds of mark the chart draws, in the legend's order.</summary>
    private static IEnumerable<string> Marks(IReadOnlyList<SeriesPoint> points)
    {
        var dots = points.Where(p => !p.Across).Select(p => p.Status).ToHashSet();
        if (dots.Contains(Figure.Actual))
        {
            yield return "actual";
        }

        if (dots.Contains(Figure.Estimate))
        {
            yield return "estimate";
        }

        if (dots.Contains(Figure.Target) || dots.Contains(Figure.Plan))
        {
            yield return "planned";
        }

        if (points.Any(p => p.Across))
        {
            yield return "range";
        }
    }

    /// <summary>The value axis's unit in the page's language, scaled to the largest value: CNY billion, 亿元, %, thousand people.</summary>
    private (decimal Divisor, string Unit) AxisUnit(Unit unit, decimal max, Lang lang)
    {
        if (unit.Kind == "money")
        {
            var usd = unit.Currency == "USD";
            if (lang == Lang.Zh)
            {
                return max >= 100_000_000m ? (100_000_000m, usd ? "亿美元" : "亿元") : max >= 10_000m ? (10_000m, usd ? "万美元" : "万元") : (1m, usd ? "美元" : "元");
            }

            var (divisor, word) = max >= 1_000_000_000_000m ? (1_000_000_000_000m, " trillion") : max >= 1_000_000_000m ? (1_000_000_000m, " billion")
                : max >= 1_000_000m ? (1_000_000m, " million") : (1m, "");
            return (divisor, (usd ? "US$" : "CNY") + word);
        }

        if (unit.Kind is "percent" or "points")
        {
            return (1m, unit.Kind == "percent" ? "%" : kit.T(lang, "chart_unit_points"));
        }

        var name = unit.Name.For(lang);
        return lang == Lang.Zh
            ? max >= 100_000_000m ? (100_000_000m, "亿" + name) : max >= 10_000m ? (10_000m, "万" + name) : (1m, name)
            : max >= 1_000_000m ? (1_000_000m, "million " + name) : max >= 10_000m ? (1_000m, "thousand " + name) : (1m, name);
    }

    private static string Tick(decimal value, Lang lang) => lang == Lang.Zh ? Formats.Plain(value, 2) : Formats.Grouped(value, 2);
}
