using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>The root page (<c>/</c>): the site in each language, to choose from. It has a layout of its own, without <c>baseof</c>.</summary>
internal sealed class ChooserPage(PageParts parts) : PageKind("chooser")
{
    public override bool Framed => false;

    private Lang Default => parts.Site.Config.DefaultLanguage;

    /// <summary>The chooser is one page, in the default language (it shows both).</summary>
    public override IEnumerable<PageRecipe> Recipes(Lang lang) => lang == Default ? [new PageRecipe(Urls.Root, lang, this)] : [];

    public override Page Make(PageRecipe recipe)
    {
        var config = parts.Site.Config;
        var languages = Lang.All.Select(l => new ChooserLanguage(l.Code, l.HtmlLang, Urls.Home(l), config.Title.For(l), parts.T(l, "language_name"),
            config.Description.For(l), parts.T(l, "chooser_enter"))).ToList();
        var root = parts.Site.Urls.Absolute(Urls.Root);
        var head = new HeadView("chooser", $"{config.Title.Zh} · {config.Title.En}", config.Description.For(recipe.Lang), root, root,
            Alternates(recipe), "website", Lang.Zh.OgLocale, Lang.En.OgLocale, Noindex: false);
        return new Page(recipe, parts.Shell.Site(recipe.Lang, Urls.Root, null), head, new ChooserView(languages));
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) =>
        [.. Lang.All.Select(l => new Alternate(l.HtmlLang, parts.Site.Urls.Absolute(Urls.Home(l)))), new Alternate("x-default", parts.Site.Urls.Absolute(Urls.Root))];
}
