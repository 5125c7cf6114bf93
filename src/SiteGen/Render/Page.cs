using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// A page to make: its URL and language, the kind that makes it, and which one of that kind it is (an index the kind
/// chose, and for a list continued on several pages, the page's number). Small, since the build lists every page
/// before it renders any: each page is made from its recipe only in its render turn, and let go after it is written.
/// </summary>
internal sealed record PageRecipe(string Url, Lang Lang, PageKind Kind, int Key = 0, int Number = 1)
{
    /// <summary>Whether the sitemap lists the page (not a fallback, a search page or a 404).</summary>
    public bool InSitemap { get; init; } = true;

    /// <summary>The date the sitemap gives the page (an article's), or null.</summary>
    public string? LastMod { get; init; }
}

/// <summary>A page made from its recipe: what <c>baseof</c> shows (site view and head) and the layout's model.</summary>
internal sealed record Page(PageRecipe Recipe, SiteView Site, HeadView Head, object Model)
{
    public string Url => Recipe.Url;

    public Lang Lang => Recipe.Lang;

    public string Layout => Recipe.Kind.Layout;
}

/// <summary>
/// One kind of page (article, list, district, summary…): which pages of that kind the site has, and how each is made.
/// Making a page is a pure function of the site model, the theme and the recipe.
/// </summary>
internal abstract class PageKind(string layout)
{
    /// <summary>The theme layout (theme/layouts/&lt;name&gt;.sbn-html) that renders this kind's pages.</summary>
    public string Layout { get; } = layout;

    /// <summary>Whether the layout's output goes into <c>baseof</c> (every kind's but the language chooser's, which is a page of its own).</summary>
    public virtual bool Framed => true;

    /// <summary>This kind's pages in a language, in output order.</summary>
    public abstract IEnumerable<PageRecipe> Recipes(Lang lang);

    public abstract Page Make(PageRecipe recipe);

    /// <summary>The page's hreflang alternates as its head gives them (the sitemap lists them without making the page).</summary>
    public abstract IReadOnlyList<Alternate> Alternates(PageRecipe recipe);

    /// <summary>
    /// What the page is made from beyond what every page reads (site.yml, data/, the theme, the options), as values
    /// compared by instance: two builds with the same inputs make the same page. Null when the kind cannot say, and the
    /// page's model is compared instead (<see cref="PageCache"/>).
    /// </summary>
    public virtual object?[]? Inputs(PageRecipe recipe) => null;
}
