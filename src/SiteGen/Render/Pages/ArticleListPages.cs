using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>The list of every article, newest first, continued on numbered pages (<see cref="Paging"/>).</summary>
internal sealed class ArticleListPages(PageParts parts) : PageKind("articles")
{
    public override IEnumerable<PageRecipe> Recipes(Lang lang) => parts.Paging.Recipes(this, lang, Urls.Articles(lang), parts.Site.Articles.Count);

    public override Page Make(PageRecipe recipe)
    {
        var (lang, n) = (recipe.Lang, recipe.Number);
        var (cards, pager) = parts.Paging.Page(parts.Site.Articles, lang, Urls.Articles(lang), n);
        var title = parts.Paging.Title(lang, parts.T(lang, "articles_title"), n, parts.Site.Articles.Count);
        return parts.Page(recipe, "articles", UrlFor(n), parts.Shell.FullTitle(lang, title), parts.T(lang, "articles_description"), new ArticlesView(cards, pager));
    }

    public override object?[] Inputs(PageRecipe recipe) => parts.Paging.Inputs(parts.Site.Articles, recipe.Number);

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => parts.Shell.Alternates(recipe.Lang, UrlFor(recipe.Number), PageShell.Both);

    private static Func<Lang, string> UrlFor(int number) => l => Urls.Paged(Urls.Articles(l), number);
}
