using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// A kind with one page per language at a fixed URL, whose title and description are UI strings: the district and
/// topic lists, the summary, the method page, the glossary, the search page.
/// </summary>
internal sealed class SitePage(PageParts parts, string layout, Func<Lang, string> urlFor, Func<Lang, object> model, bool inSitemap = true) : PageKind(layout)
{
    public override IEnumerable<PageRecipe> Recipes(Lang lang) => [new PageRecipe(urlFor(lang), lang, this) { InSitemap = inSitemap }];

    public override Page Make(PageRecipe recipe) =>
        parts.Page(recipe, Layout, urlFor, parts.Shell.FullTitle(recipe.Lang, parts.T(recipe.Lang, Layout + "_title")), parts.T(recipe.Lang, Layout + "_description"), model(recipe.Lang));

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => parts.Shell.Alternates(recipe.Lang, urlFor, PageShell.Both);
}
