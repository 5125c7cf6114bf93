using SiteGen.Core;
using SiteGen.Render;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>
/// Every page is a recipe that its kind makes into a page in its render turn: what the page list says of a page
/// (URL, language, place in the sitemap, alternates, date) is what the made page says, and the kinds' layouts are
/// the layouts the theme is checked for.
/// </summary>
public sealed class PageKindTests
{
    [Fact]
    public void Each_recipe_makes_a_page_that_agrees_with_what_the_page_list_said()
    {
        var (pages, site, _) = RepoPages.Load();
        var recipes = pages.Recipes();
        Assert.Equal(recipes.Count, recipes.Select(r => r.Url).Distinct().Count());
        foreach (var recipe in recipes)
        {
            var page = recipe.Kind.Make(recipe);
            Assert.Same(recipe, page.Recipe);
            Assert.Equal(site.Urls.Absolute(recipe.Url), page.Head.Url);
            Assert.True(ViewEquality.Equal(recipe.Kind.Alternates(recipe), page.Head.Alternates), recipe.Url);
            Assert.Equal(recipe.InSitemap, !page.Head.Noindex && page.Head.Kind is not ("search" or "notfound"));
            if (page.Model is ArticleView article)
            {
                Assert.Equal(article.Card.DateIso, recipe.LastMod);
            }
        }
    }

    /// <summary>The theme's cached partials (<c>include_cached</c>) change how often a partial renders, never a page's text.</summary>
    [Fact]
    public void Every_page_renders_the_same_with_the_partial_cache_on_and_off()
    {
        var (pages, _, theme) = RepoPages.Load();
        var (cached, uncached) = (new PageRenderer(theme), new PageRenderer(theme, partialBudget: 0));
        var recipes = pages.Recipes();
        Assert.Contains(recipes, r => r.Kind is ArticleListPages);
        foreach (var recipe in recipes.Concat(recipes))
        {
            var page = recipe.Kind.Make(recipe);
            Assert.Equal(uncached.Render(page), cached.Render(page));
        }
    }

    [Fact]
    public void The_layouts_the_theme_must_have_are_those_of_the_page_kinds()
    {
        var (pages, _, _) = RepoPages.Load();
        var used = pages.Recipes().Select(r => r.Kind.Layout).Append(SitePages.BaseLayout).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(used, SitePages.Layouts.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pages_are_listed_language_by_language_with_the_chooser_first_and_the_sites_own_404_last()
    {
        var (pages, site, _) = RepoPages.Load();
        var recipes = pages.Recipes();
        Assert.Equal(Urls.Root, recipes[0].Url);
        Assert.Equal(Urls.RootNotFound, recipes[^1].Url);
        var languages = recipes.Skip(1).SkipLast(1).Select(r => r.Lang).ToList();
        Assert.Equal(languages.Order(Comparer<Lang>.Create((a, b) => a.Index.CompareTo(b.Index))), languages);
        Assert.Equal(site.Articles.Count * 2, recipes.Count(r => r.Kind is ArticlePages));
    }
}
