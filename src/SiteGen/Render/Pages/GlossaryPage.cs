using SiteGen.Core;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>The glossary page's model: every term in English order, each with the latest articles that use it and a search for the rest.</summary>
internal sealed class GlossaryPage(PageParts parts)
{
    /// <summary>The articles that use each glossary term, in site order: found once per build, not by scanning every article for every term.</summary>
    private readonly Lazy<ILookup<string, ArticleEntry>> _articlesByTerm = new(() => parts.Site.Articles
        .SelectMany(a => a.Source.Terms.Select(t => t.Key).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Article: a)))
        .ToLookup(p => p.Key, p => p.Article, StringComparer.Ordinal));

    public GlossaryView Model(Lang lang) =>
        new([.. parts.Site.Editorial.Glossary.OrderBy(t => t.En, StringComparer.OrdinalIgnoreCase).Select(t => WithArticles(t, lang))]);

    /// <summary>A term as an article page lists it: its rendering, the Chinese, its note and its glossary entry.</summary>
    public static TermView Term(GlossaryTerm term, Lang lang) =>
        new(term.Key, term.En, term.Zh, term.Notes, $"{Urls.Glossary(lang)}#{term.Key}", []);

    private TermView WithArticles(GlossaryTerm term, Lang lang)
    {
        var articles = _articlesByTerm.Value[term.Key];
        var view = Term(term, lang) with { UsedIn = [.. articles.Take(TermView.MaxUsedIn).Select(a => parts.Cards.Article(a, lang))] };
        var more = articles.Count() - TermView.MaxUsedIn;
        return more <= 0 ? view : view with
        {
            More = new Link($"{Urls.Search(lang)}?q={Uri.EscapeDataString(lang == Lang.En ? term.En : term.Zh)}",
                parts.Strings.Fill(lang, more == 1 ? "glossary_more_one" : "glossary_more", ("count", Formats.Count(more, lang)))),
        };
    }
}
