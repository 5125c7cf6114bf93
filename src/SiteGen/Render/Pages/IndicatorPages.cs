using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// A page per headline indicator the articles report (<c>/{lang}/indicators/&lt;key&gt;/</c>), as a statistics site
/// shows one indicator: its definition, unit and caveats from data/indicators.yml, a chart over the years with a line
/// per district (actuals, estimates and targets told apart), every figure with its source in a table with downloads,
/// and how to cite it. The list of them (<c>/{lang}/indicators/</c>) is a <see cref="SitePage"/> made with <see cref="List"/>.
/// </summary>
internal sealed class IndicatorPages(PageParts parts) : PageKind("indicator")
{
    /// <summary>The indicators that have figures, in data/indicators.yml's order, each with its facts: each gets a page.</summary>
    private readonly IReadOnlyList<(Indicator Indicator, IReadOnlyList<IndicatorFact> Facts)> _indicators = SiteTables.ByIndicator(parts.Site);

    public override IEnumerable<PageRecipe> Recipes(Lang lang) =>
        _indicators.Select((p, i) => new PageRecipe(Urls.Indicator(lang, p.Indicator.Key), lang, this, i));

    public override Page Make(PageRecipe recipe)
    {
        var (lang, (indicator, facts)) = (recipe.Lang, _indicators[recipe.Key]);
        var name = indicator.Name.For(lang);
        var url = Urls.Indicator(lang, indicator.Key);
        var model = new IndicatorView(name, indicator.Definition.For(lang), indicator.Unit?.For(lang), indicator.Caveats?.For(lang),
            [.. Districts(facts).Select(d => new Link(Urls.District(lang, d.Key), d.Name.For(lang)))], Period(facts, lang), Counts(facts, lang),
            [parts.Tables.ForIndicator(indicator, facts, lang)], parts.Citation.ForData(lang, name, url), parts.Citation.AsOf(lang));
        return parts.Page(recipe, "indicator", UrlFor(recipe), parts.Shell.FullTitle(lang, name), indicator.Definition.For(lang), model);
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => parts.Shell.Alternates(recipe.Lang, UrlFor(recipe), PageShell.Both);

    /// <summary>The list page's model: every indicator that has a page, with its definition and what the site has of it.</summary>
    public IndicatorsView List(Lang lang) =>
        new([.. _indicators.Select(p => new IndicatorCard(Urls.Indicator(lang, p.Indicator.Key), p.Indicator.Name.For(lang), p.Indicator.Definition.For(lang),
            Counts(p.Facts, lang), Period(p.Facts, lang), TableKit.Join(lang, Districts(p.Facts).Select(d => d.Name.For(lang)))))]);

    private Func<Lang, string> UrlFor(PageRecipe recipe) => l => Urls.Indicator(l, _indicators[recipe.Key].Indicator.Key);

    private static IEnumerable<District> Districts(IReadOnlyList<IndicatorFact> facts) =>
        facts.Select(f => f.District).DistinctBy(d => d.Key).OrderBy(d => d.Order);

    /// <summary>The years the figures cover, or "period not stated" when none says.</summary>
    private string Period(IReadOnlyList<IndicatorFact> facts, Lang lang)
    {
        var years = facts.Where(f => f.Period is not null).SelectMany(f => new[] { f.Period!.From, f.Period.Last }).ToList();
        return years.Count == 0 ? parts.T(lang, "period_not_stated") : TableKit.YearRange(years, lang);
    }

    /// <summary>"12 figures from 3 articles".</summary>
    private string Counts(IReadOnlyList<IndicatorFact> facts, Lang lang) =>
        parts.Strings.Fill(lang, "indicator_counts",
            ("figures", parts.Strings.Count(lang, "figure_count", facts.Sum(f => f.Reports.Count))),
            ("articles", parts.Strings.Count(lang, "article_count", facts.SelectMany(f => f.Reports).Select(r => r.Article.Slug).Distinct().Count())));
}
