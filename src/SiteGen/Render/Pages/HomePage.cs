using System.Globalization;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Each language's home page: the site's counts, the stated investment, the key figures, the latest articles and
/// the districts. The two home pages and the root language chooser form one hreflang cluster whose x-default is the chooser.
/// </summary>
internal sealed class HomePage(PageParts parts) : PageKind("home")
{
    private const int LatestCount = 8;

    private SiteModel Site => parts.Site;

    public override IEnumerable<PageRecipe> Recipes(Lang lang) => [new PageRecipe(Urls.Home(lang), lang, this)];

    public override Page Make(PageRecipe recipe)
    {
        var lang = recipe.Lang;
        var published = Site.PublishedDistricts.ToList();
        var translated = Site.Articles.Count(a => a.State == TranslationState.Current);
        var stats = new List<Stat>
        {
            new(Site.Articles.Count.ToString(CultureInfo.InvariantCulture), parts.T(lang, "stat_articles")),
            new(published.Count.ToString(CultureInfo.InvariantCulture), parts.T(lang, "stat_districts")),
        };
        if (Site.Articles.Count > 0)
        {
            stats.Add(new Stat($"{translated}/{Site.Articles.Count}", parts.T(lang, "stat_translated")));
        }

        var projects = Site.Projects.ToList();
        var total = StatedInvestment.Of(projects);
        var investment = projects.Count == 0 ? null : new InvestmentStat(
            total.Sum is { } sum ? Formats.Money(sum, "CNY", lang) : parts.T(lang, "not_stated"),
            parts.Strings.Fill(lang, "stat_investment_note", ("stated", Formats.Count(total.Stated, lang)), ("total", Formats.Count(total.Total, lang))));
        var keys = parts.KeyFigures.ForSite(lang);
        var model = new HomeView(stats, projects.Count, investment, keys with { Figures = [.. keys.Figures.Take(KeyFigures.HomeMax)], Targets = [] },
            [.. Site.Articles.Take(LatestCount).Select(a => parts.Cards.Article(a, lang))], [.. published.Select(d => parts.Cards.District(d, lang))]);
        var page = parts.Page(recipe, "home", Urls.Home, Site.Config.Title.For(lang), Site.Config.Description.For(lang), model);
        return page with { Head = page.Head with { Alternates = Alternates(recipe) } };
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) =>
        [.. parts.Shell.Alternates(recipe.Lang, Urls.Home, PageShell.Both).Select(a => a.Hreflang == "x-default" ? a with { Href = Site.Urls.Absolute(Urls.Root) } : a)];
}
