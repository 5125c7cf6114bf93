using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Marks the first use of each glossary term in a parsed body: the words become a link (class
/// "term") to the term's note, so a reader can see its Chinese and note without script. Headings and
/// existing links are left alone.
/// </summary>
internal static class TermLinker
{
    public static IReadOnlyList<string> Link(MarkdownDocument document, IReadOnlyList<TermMark> terms)
    {
        var linked = new List<string>();
        var pending = terms.ToList();
        var upper = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phrase in terms.SelectMany(t => t.Phrases))
        {
            upper.TryAdd(phrase, phrase.ToUpperInvariant());
        }

        foreach (var block in MarkdownTree.Blocks(document).OfType<LeafBlock>().Where(b => b is not HeadingBlock && b.Inline is not null))
        {
            foreach (var literal in MarkdownTree.Inlines(block.Inline!).OfType<LiteralInline>())
            {
                if (pending.Count == 0)
                {
                    return linked;
                }

                if (literal.FirstParentOfType<LinkInline>() is not null)
                {
                    continue;
                }

                var current = literal;
                while (current is not null && Earliest(current.Content.ToString(), pending, upper) is { } hit)
                {
                    pending.Remove(hit.Term);
                    linked.Add(hit.Term.Key);
                    current = Split(current, hit.Start, hit.Length, hit.Term.Url);
                }
            }
        }

        return linked;
    }

    /// <summary>
    /// The pending term used first in the text (the longest at the same place). Case is ignored as
    /// ordinal-ignore-case compares, by upper-casing both sides once and searching ordinally.
    /// </summary>
    private static (TermMark Term, int Start, int Length)? Earliest(string text, List<TermMark> pending, Dictionary<string, string> upper)
    {
        (TermMark, int, int)? best = null;
        var upperText = text.ToUpperInvariant();
        foreach (var term in pending)
        {
            foreach (var phrase in term.Phrases)
            {
                var start = Phrases.First(text, upperText, phrase, upper[phrase]);
                var length = start < 0 ? 0 : WithPlural(text, start + phrase.Length) - start;
                if (start >= 0 && (best is null || start < best.Value.Item2 || start == best.Value.Item2 && length > best.Value.Item3))
                {
                    best = (term, start, length);
                }
            }
        }

        return best;
    }

    /// <summary>The end of a match, taking in a plural ending (clusters, taxes) that Phrases allowed.</summary>
    private static int WithPlural(string text, int end)
    {
        foreach (var ending in new[] { "es", "s" })
        {
            var after = end + ending.Length;
            if (string.CompareOrdinal(text, end, ending, 0, ending.Length) == 0 && (after == text.Length || !char.IsLetterOrDigit(text[after])))
            {
                return after;
            }
        }

        return end;
    }

    /// <summary>Turns the matched words into a link; returns the literal after the link (or null).</summary>
    private static LiteralInline? Split(LiteralInline literal, int start, int length, string url)
    {
        var text = literal.Content.ToString();
        var link = new LinkInline(url, "");
        link.GetAttributes().AddClass("term");
        link.AppendChild(new LiteralInline(text.Substring(start, length)));
        literal.Content = new Markdig.Helpers.StringSlice(text[..start]);
        literal.InsertAfter(link);
        if (start + length >= text.Length)
        {
            return null;
        }

        var rest = new LiteralInline(text[(start + length)..]);
        link.InsertAfter(rest);
        return rest;
    }
}
