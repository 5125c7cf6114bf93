using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>
/// One fact about a headline indicator: the indicator, the district it is about (the figure's
/// <c>place</c>, else its article's district), the period, the measure (and a change's base) and the
/// status, with every figure that reports it. Two reports with the same value
/// are one fact with two sources; with different values they disagree (<see cref="Conflicting"/>) and
/// the fact shows both, never two facts.
/// </summary>
internal sealed record IndicatorFact(
    Indicator Indicator,
    District District,
    Period? Period,
    string Measure,
    string? Base,
    string Status,
    IReadOnlyList<FigureEntry> Reports)
{
    /// <summary>The distinct values reported, in report order (one unless the sources disagree).</summary>
    public IReadOnlyList<FigureEntry> Values => Reports.DistinctBy(r => (r.Figure.Normalized, r.Figure.Unit, r.Figure.Bound)).ToList();

    public bool Conflicting => Reports.Select(r => r.Figure.Normalized).Distinct().Count() > 1;

    /// <summary>The first report, whose value and unit the fact shows first.</summary>
    public FigureEntry First => Reports[0];
}

/// <summary>
/// Groups the indicator figures of the articles into <see cref="IndicatorFact"/>s, each under the district it is
/// about. A figure that belongs to a project (<c>project:</c>) is the project's, never a district's indicator.
/// </summary>
internal static class IndicatorFacts
{
    public static IReadOnlyList<IndicatorFact> Of(IReadOnlyList<ArticleEntry> articles, IndicatorRegistry indicators, UnitRegistry units, Func<string, District> district)
    {
        var order = indicators.Indicators.Select((indicator, i) => (indicator.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return articles
            .SelectMany(a => a.Source.Figures.Where(f => f.Indicator is not null && f.Project is null && order.ContainsKey(f.Indicator)).Select(f => new FigureEntry(f, units.Find(f.Unit)!, a)))
            .OrderBy(f => f.Article.Slug, StringComparer.Ordinal)
            .ThenBy(f => f.Figure.Line)
            .GroupBy(f => (f.Figure.Indicator!, f.Figure.Place ?? f.Article.District.Key, f.Figure.Period, f.Figure.Measure, f.Figure.Base, f.Figure.Status))
            .Select(g => new IndicatorFact(indicators.Find(g.Key.Item1)!, district(g.Key.Item2), g.Key.Period, g.Key.Measure, g.Key.Base, g.Key.Status, g.ToList()))
            .OrderBy(f => order[f.Indicator.Key])
            .ThenBy(f => f.District.Order)
            .ThenBy(f => f.Period is null ? 1 : 0)
            .ThenBy(f => f.Period?.From ?? 0)
            .ThenBy(f => f.Period?.To ?? int.MaxValue)
            .ThenBy(f => Array.IndexOf(Figure.Measures, f.Measure))
            .ThenBy(f => Array.IndexOf(Figure.Statuses, f.Status))
            .ThenBy(f => f.Base, StringComparer.Ordinal)
            .ToList();
    }
}
