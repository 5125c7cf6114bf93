using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The headline numbers of the home and summary pages: for each indicator, the one fact a reader
/// most needs (an actual level before an estimate or a target, city-wide before a district, one
/// year before a range, the latest first), each shown with its period, status, unit and a link to
/// the sentence it comes from. Facts whose sources disagree are left out.
/// </summary>
internal static class Headlines
{
    public const int Max = 6;

    public static IReadOnlyList<IndicatorFact> Pick(SiteModel site) =>
        site.IndicatorFacts
            .Where(f => f.Measure == Figure.Level && f.Period is not null && !f.Conflicting)
            .GroupBy(f => f.Indicator.Key)
            .Select(g => g
                .OrderBy(f => Array.IndexOf(Figure.Statuses, f.Status))
                .ThenBy(f => f.District.Kind == "city" ? 0 : 1)
                .ThenBy(f => f.Period!.IsYear ? 0 : 1)
                .ThenByDescending(f => f.Period!.Last)
                .ThenBy(f => f.District.Order)
                .First())
            .Take(Max)
            .ToList();

    public static IReadOnlyList<Headline> For(SiteModel site, Cards cards, FigureText text, Lang lang)
    {
        return Pick(site).Select(f =>
        {
            var figure = f.First;
            var card = cards.Article(figure.Article, lang);
            var unit = figure.Unit.Kind == "money" && lang == Lang.En ? figure.Unit.Currency! : figure.Unit.Name.For(lang);
            return new Headline(
                text.Indicator(f.Indicator, f.Measure, lang),
                text.Value(figure.Figure, figure.Unit, lang),
                text.Period(f.Period, lang),
                text.Status(f.Status, lang),
                unit,
                f.District.Name.For(lang),
                new Link(card.Url + "#" + IndicatorTables.FigureAnchor(figure.Figure), card.Title, card.TitleLang),
                figure.Figure.Sentence,
                lang == Lang.Zh ? null : Lang.Zh.HtmlLang);
        }).ToList();
    }
}
