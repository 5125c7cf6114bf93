using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>
/// Which blocks of a zh article changed since its English translation was stamped: for <c>check</c>, the build's
/// warning and the stale notice on the English page. Read from the parsed articles, not the files again.
/// </summary>
internal static class Staleness
{
    /// <summary>The alignment of an article with its translation; null when they cannot be paired (see <see cref="BlockAlignment.Of"/>).</summary>
    public static BlockAlignment? Of(SourceArticle zh, TranslatedArticle en, out string? problem) =>
        BlockAlignment.Of(Blocks(zh.File, zh.Title, zh.TitleLine, zh.Summary, zh.SummaryLine, zh.Body.Read(), zh.Body.Line),
            Blocks(en.File, en.Title, en.TitleLine, en.Summary, en.SummaryLine, en.Body.Read(), en.Body.Line),
            SourceBlocks.Parse(en.SourceBlocks), en.SourceHash == zh.TranslationHash, out problem);

    /// <summary>The changes of a stale translation; empty when the stamp recorded no block hashes or the files cannot be paired.</summary>
    public static IReadOnlyList<BlockChange> Changes(SourceArticle zh, TranslatedArticle en) =>
        Of(zh, en, out _) is { Detailed: true } alignment ? alignment.Changes : [];

    /// <summary>" (lines 12 changed, 20 added of the zh file; `check` shows the text)", or "" when no block can be named.</summary>
    public static string Where(SourceArticle zh, TranslatedArticle en)
    {
        var changes = Changes(zh, en);
        return changes.Count == 0 ? ""
            : " (" + string.Join(", ", changes.Select(c => c.Zh is null ? $"English line {c.En!.Line} removed" : $"line {c.Zh.Line} {c.Kind.ToString().ToLowerInvariant()}")) + $" in the zh file; `{Commands.Display("check")}` shows the text)";
    }

    private static List<TextBlock> Blocks(string file, string title, int titleLine, string summary, int summaryLine, string body, int bodyLine)
    {
        var blocks = new List<TextBlock>
        {
            new(file, TextBlock.Title, titleLine, 0, 0, 0, title),
            new(file, TextBlock.Summary, summaryLine, 0, 0, 0, summary),
        };
        blocks.AddRange(MarkdownBlocks.Of(file, body, 0, bodyLine));
        return blocks;
    }

    /// <summary>
    /// What <c>check</c> prints for a stale translation: one line per changed, added or removed zh block with its file
    /// and line, then its text now and the English it had (indented); or why no block can be named.
    /// </summary>
    public static IEnumerable<string> Report(SourceArticle zh, TranslatedArticle en)
    {
        var alignment = Of(zh, en, out var problem);
        if (alignment is null)
        {
            yield return $"{en.File}: the English cannot be paired with its zh source block by block ({problem}); compare the two files by hand";
            yield break;
        }

        if (!alignment.Detailed)
        {
            yield return $"{en.File}: stamped before SiteGen recorded each paragraph, so it cannot say which changed; compare the files by hand, and stamping again records them";
            yield break;
        }

        if (alignment.Changes.Count == 0)
        {
            yield return $"{zh.File}: changed outside the translated text since the translation (markup only: a code block, HTML, list or table syntax); check the English still matches, then stamp it again";
            yield break;
        }

        foreach (var change in alignment.Changes)
        {
            var what = change.Zh?.Describe() ?? change.En?.Describe() ?? "paragraph";
            switch (change.Kind)
            {
                case BlockChangeKind.Changed:
                    yield return $"{change.Zh!.File}:{change.Zh.Line}: {what} changed since the translation; its English is {change.En!.File}:{change.En.Line}";
                    yield return "    zh now: " + OneLine(change.Zh.Markdown);
                    yield return "    en:     " + OneLine(change.En.Markdown);
                    break;
                case BlockChangeKind.Added:
                    yield return $"{change.Zh!.File}:{change.Zh.Line}: {what} added since the translation; its English goes "
                        + (change.En is null ? $"at the start of the body of {en.File}" : $"after {change.En.File}:{change.En.Line}");
                    yield return "    zh now: " + OneLine(change.Zh.Markdown);
                    break;
                case BlockChangeKind.Removed:
                    yield return $"{change.En!.File}:{change.En.Line}: {what} removed from {zh.File} since the translation; delete this English {what}";
                    yield return "    en:     " + OneLine(change.En.Markdown);
                    break;
            }
        }
    }

    private static string OneLine(string text) => TranslationHash.Normalise(text).Replace('\n', ' ');
}
