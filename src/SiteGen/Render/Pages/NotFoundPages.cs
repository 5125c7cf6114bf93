using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>The 404 page of each language (<c>/zh/404.html</c>), and the site's own at <c>/404.html</c> in the default language: noindex, no alternates.</summary>
internal sealed class NotFoundPages(PageParts parts) : PageKind("notfound")
{
    private const int LatestCount = 5;

    public override IEnumerable<PageRecipe> Recipes(Lang lang) => [new PageRecipe(Urls.NotFound(lang), lang, this) { InSitemap = false }];

    /// <summary>The site's own 404 page (<c>/404.html</c>), in the default language.</summary>
    public PageRecipe Root() => new(Urls.RootNotFound, parts.Site.Config.DefaultLanguage, this, Key: 1) { InSitemap = false };

    public override Page Make(PageRecipe recipe)
    {
        var lang = recipe.Lang;
        var model = new NotFoundView([.. parts.Site.Articles.Take(LatestCount).Select(a => parts.Cards.Article(a, lang))],
            [.. parts.Site.PublishedDistricts.Select(d => parts.Cards.District(d, lang))]);
        var url = parts.Site.Urls.Absolute(recipe.Url);
        var head = new HeadView("notfound", parts.Shell.FullTitle(lang, parts.T(lang, "notfound_title")), parts.T(lang, "notfound_text"), url, url, [], "website",
            lang.OgLocale, null, Noindex: true);
        return new Page(recipe, parts.Shell.Site(lang, recipe.Url, Urls.NotFound(lang.Other)), head, model);
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => [];
}
