using System.Globalization;
using SiteGen.Core;
using SiteGen.Site;
using SiteGen.Translation;

namespace SiteGen.Render;

/// <summary>
/// What an English article page and feed entry tell readers about the translation: its status (a machine draft,
/// reviewed, final), linked to the method page's section on it, and on a stale page which zh blocks changed.
/// </summary>
internal static class TranslationNotices
{
    /// <summary>The id of the method page's section on translation.</summary>
    public const string MethodSection = "translation";

    /// <summary>The translation's status as a link to where the method page explains it; null on a page that is not a translation.</summary>
    public static Link? Status(ArticleEntry article, Lang lang, Strings strings) =>
        lang != Lang.En || article.Translation is null ? null
            : new Link($"{Urls.Method(lang)}#{MethodSection}", strings.T(lang, "translation_" + article.Translation.Status));

    /// <summary>The stale page's list of what changed in the zh text since the translation, by the English paragraph it concerns.</summary>
    public static IReadOnlyList<string> Changes(ArticleEntry article, Lang lang, Strings strings)
    {
        string t(Lang l, string key) => strings.T(l, key);
        if (article.State != Content.TranslationState.Stale || article.Translation is null)
        {
            return [];
        }

        string N(string key, int n) => t(lang, key).Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        string H(string key, TextBlock heading) => t(lang, key).Replace("{heading}", heading.Markdown, StringComparison.Ordinal);
        return Staleness.Changes(article.Source, article.Translation).Select(c => c switch
        {
            { Zh.Kind: TextBlock.Title } => t(lang, "stale_title"),
            { Zh.Kind: TextBlock.Summary } => t(lang, "stale_summary"),
            { Kind: BlockChangeKind.Added, En.Kind: TextBlock.Heading } => H("stale_added_after_heading", c.En),
            { Kind: BlockChangeKind.Added, EnNumber: 0 } => t(lang, "stale_added_start"),
            { Kind: BlockChangeKind.Added } => N("stale_added", c.EnNumber),
            { Kind: BlockChangeKind.Removed, En.Kind: TextBlock.Heading } => H("stale_heading_removed", c.En),
            { Kind: BlockChangeKind.Removed } => N("stale_removed", c.EnNumber),
            { En.Kind: TextBlock.Heading } => H("stale_heading_changed", c.En),
            _ => N("stale_changed", c.EnNumber),
        }).ToList();
    }
}
