using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>What the page kinds make their pages with, made once per build: the site, the UI strings, the page shell, cards, bodies, tables.</summary>
internal sealed class PageParts
{
    public PageParts(SiteModel site, Theme theme, AssetManifest assets, MarkdownRenderer markdown)
    {
        Site = site;
        Strings = new Strings(theme);
        Text = new FigureText(Strings.T);
        Shell = new PageShell(site, Strings, assets);
        Cards = new Cards(site, Strings, Text);
        Bodies = new Bodies(markdown);
        Tables = new SiteTables(new TableKit(site, Strings, Cards, Text));
        Paging = new Paging(site, Strings, Cards);
        KeyFigures = new KeyFigures(site, Cards, Text, Strings);
        Citation = new Citation(site, Strings);
        StructuredData = new StructuredData(site, Citation);
    }

    public SiteModel Site { get; }

    public Strings Strings { get; }

    public FigureText Text { get; }

    public PageShell Shell { get; }

    public Cards Cards { get; }

    public Bodies Bodies { get; }

    public SiteTables Tables { get; }

    public Paging Paging { get; }

    public KeyFigures KeyFigures { get; }

    public Citation Citation { get; }

    public StructuredData StructuredData { get; }

    public string T(Lang lang, string key) => Strings.T(lang, key);

    /// <summary>
    /// A page that exists in both languages at <paramref name="urlFor"/>, with the site's navigation around it; a page
    /// whose tables can be downloaded says so as a dataset in its structured data.
    /// </summary>
    public Page Page(PageRecipe recipe, string kind, Func<Lang, string> urlFor, string title, string description, object model)
    {
        var lang = recipe.Lang;
        var head = Shell.Head(kind, lang, title, description, urlFor) with { JsonLd = StructuredData.Dataset(model, lang, urlFor(lang), title, description) };

        return new(recipe, Shell.Site(lang, urlFor(lang), urlFor(lang.Other)), head, model);
    }
}
