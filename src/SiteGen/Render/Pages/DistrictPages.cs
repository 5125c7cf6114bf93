using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Each district with articles or projects: its articles, continued on numbered pages (<see cref="Paging"/>), and on
/// its first page its key figures and targets, then its project and indicator tables.
/// </summary>
internal sealed class DistrictPages(PageParts parts) : PageKind("district")
{
    private readonly IReadOnlyList<DistrictEntry> _districts = [.. parts.Site.PublishedDistricts];

    public override IEnumerable<PageRecipe> Recipes(Lang lang) =>
        _districts.SelectMany((d, i) => parts.Paging.Recipes(this, lang, Urls.District(lang, d.District.Key), d.Articles.Count, i));

    public override Page Make(PageRecipe recipe)
    {
        var (lang, n, entry) = (recipe.Lang, recipe.Number, _districts[recipe.Key]);
        var card = parts.Cards.District(entry, lang);
        var (cards, pager) = parts.Paging.Page(entry.Articles, lang, Urls.District(lang, entry.District.Key), n);
        var model = new DistrictView(card, parts.T(lang, "district_kind_" + entry.District.Kind), cards, n == 1 ? parts.Tables.ForDistrict(entry, lang) : [], pager)
        {
            KeyFigures = n == 1 ? parts.KeyFigures.ForDistrict(entry, lang) : null,
        };
        var title = parts.Paging.Title(lang, card.Name, n, entry.Articles.Count);
        return parts.Page(recipe, "district", UrlFor(recipe), parts.Shell.FullTitle(lang, title), card.Description, model);
    }

    /// <summary>
    /// A later page's inputs: the articles it lists, and the district's project count (its card says it). The first
    /// page's tables read every article of the district: its model is compared instead.
    /// </summary>
    public override object?[]? Inputs(PageRecipe recipe)
    {
        var entry = _districts[recipe.Key];
        return recipe.Number == 1 ? null : [entry.Projects.Count, .. parts.Paging.Inputs(entry.Articles, recipe.Number)];
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => parts.Shell.Alternates(recipe.Lang, UrlFor(recipe), PageShell.Both);

    private Func<Lang, string> UrlFor(PageRecipe recipe) => l => Urls.Paged(Urls.District(l, _districts[recipe.Key].District.Key), recipe.Number);
}
