using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Article bodies as pages show them: the Markdown read from its file when a page needs it (the build holds no body),
/// rendered to HTML, with the first use of each glossary term on an English page linked to its note.
/// </summary>
internal sealed class Bodies(MarkdownRenderer markdown)
{
    /// <summary>The body of an article in a language: the English translation's, or the Chinese text where there is none.</summary>
    public RenderedBody For(ArticleEntry article, Lang lang) =>
        lang == Lang.En && article.Translation is { } translation
            ? markdown.Render(translation.Body.Read(), [.. article.Source.Terms.Select(t => new TermMark(t.Key, [t.En, .. t.Accept], $"{Urls.Article(Lang.En, article.Slug)}#term-{t.Key}"))])
            : markdown.Render(article.Source.Body.Read());
}
