using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The "Key figures" block that opens the home page, the summary and each district page, as a statistics office's
/// release opens: for each headline indicator the latest value that is reported as done (an actual, or else an
/// estimate, labelled), with its period, status and bound, the change on the period before where the articles give it
/// or it follows from two reported levels, and a link to the sentence it comes from; then the targets. Facts whose
/// sources disagree are left out (the tables show them, marked). The wording (values with their bound, periods,
/// statuses) is <see cref="FigureText"/>'s, the same as the tables'.
/// </summary>
internal sealed class KeyFigures(SiteModel site, Cards cards, FigureText text, Strings strings)
{
    /// <summary>How many key figures the home page shows (the summary shows them all).</summary>
    public const int HomeMax = 6;

    private static readonly string[] Reported = [Figure.Actual, Figure.Estimate];

    private static readonly string[] Planned = [Figure.Target, Figure.Plan];

    /// <summary>The city's key figures, an indicator the city does not report taken from a district (named): the summary's and the home page's.</summary>
    public KeyFiguresView ForSite(Lang lang) => Make(site.IndicatorFacts, null, lang);

    /// <summary>A district's key figures and targets: the facts about it, from its own articles or others'.</summary>
    public KeyFiguresView ForDistrict(DistrictEntry district, Lang lang) =>
        Make([.. site.IndicatorFacts.Where(f => f.District.Key == district.District.Key)], district.District, lang);

    private KeyFiguresView Make(IReadOnlyList<IndicatorFact> facts, District? page, Lang lang)
    {
        var usable = facts.Where(f => f.Period is not null && !f.Conflicting).ToList();
        var figures = usable.Where(f => Reported.Contains(f.Status))
            .GroupBy(f => f.Indicator.Key)
            .Select(g => Latest(g, f => Array.IndexOf(Figure.Measures, f.Measure)))
            .Select(f => View(f, page, lang) with { Change = f.Measure == Figure.Level ? Change(f, usable, lang) : null })
            .ToList();
        var targets = usable.Where(f => Planned.Contains(f.Status))
            .GroupBy(f => (f.Indicator.Key, f.Measure))
            .Select(g => Latest(g, _ => 0))
            .OrderBy(f => f.Indicator.Order)
            .ThenBy(f => Array.IndexOf(Figure.Measures, f.Measure))
            .Select(f => View(f, page, lang))
            .ToList();
        return new KeyFiguresView(figures, targets);
    }

    /// <summary>
    /// The one fact of a group a reader most needs: the city's before a district's (on the site's pages), the
    /// preferred measure, the latest period, one year before a range ending then, an actual before an estimate.
    /// </summary>
    private static IndicatorFact Latest(IEnumerable<IndicatorFact> facts, Func<IndicatorFact, int> measure) =>
        facts.OrderBy(f => f.District.Kind == "city" ? 0 : 1)
            .ThenBy(f => f.District.Order)
            .ThenBy(measure)
            .ThenByDescending(f => f.Period!.Last)
            .ThenBy(f => f.Period!.IsYear ? 0 : 1)
            .ThenBy(f => Array.IndexOf(Figure.Statuses, f.Status))
            .First();

    private KeyFigure View(IndicatorFact fact, District? page, Lang lang)
    {
        var figure = fact.First;
        var card = cards.Article(figure.Article, lang);
        return new KeyFigure(
            text.Indicator(fact.Indicator, fact.Measure, lang),
            Urls.Indicator(lang, fact.Indicator.Key),
            text.Value(figure.Figure, figure.Unit, lang),
            text.Period(fact.Period, lang),
            text.Status(fact.Status, lang),
            fact.Status,
            fact.District.Key == page?.Key ? null : new Link(Urls.District(lang, fact.District.Key), fact.District.Name.For(lang)),
            new Link(card.Url + "#" + IndicatorTables.FigureAnchor(figure.Figure), card.Title, card.TitleLang),
            figure.Figure.Sentence,
            lang == Lang.Zh ? null : Lang.Zh.HtmlLang);
    }

    /// <summary>
    /// The change on the period before: as the articles state it for the same period (a growth rate, year on year
    /// first), else computed from the level of the year before when both levels are stated exactly in the same unit.
    /// </summary>
    private KeyChange? Change(IndicatorFact level, IReadOnlyList<IndicatorFact> facts, Lang lang)
    {
        var stated = facts
            .Where(f => f.Indicator.Key == level.Indicator.Key && f.District.Key == level.District.Key && f.Period == level.Period && f.Measure == Figure.Change && Reported.Contains(f.Status))
            .OrderBy(f => Array.IndexOf(Figure.Bases, f.Base))
            .FirstOrDefault();
        if (stated is not null)
        {
            return new KeyChange(text.Measure(stated.Measure, stated.Base, lang), text.Value(stated.First.Figure, stated.First.Unit, lang), Computed: false);
        }

        if (level.Period is not { IsYear: true } period || !Exact(level))
        {
            return null;
        }

        var before = facts.FirstOrDefault(f => f.Indicator.Key == level.Indicator.Key && f.District.Key == level.District.Key && f.Measure == Figure.Level
            && f.Period == Period.Year(period.From - 1) && Reported.Contains(f.Status) && Exact(f) && SameUnit(f, level));
        if (before is null || before.First.Figure.Normalized == 0)
        {
            return null;
        }

        var change = Math.Round((level.First.Figure.Normalized - before.First.Figure.Normalized) / before.First.Figure.Normalized * 100, 1, MidpointRounding.AwayFromZero);
        return new KeyChange(strings.Fill(lang, "key_change_computed", ("period", text.Period(before.Period, lang))), (change > 0 ? "+" : "") + Formats.Percent(change), Computed: true);
    }

    /// <summary>A fact stated as one exact number (no bound such as 约 or 超过), which arithmetic may use.</summary>
    private static bool Exact(IndicatorFact fact) => fact.First.Figure.Bound is null;

    private static bool SameUnit(IndicatorFact a, IndicatorFact b) =>
        a.First.Unit.Kind == b.First.Unit.Kind && a.First.Unit.Currency == b.First.Unit.Currency;
}
