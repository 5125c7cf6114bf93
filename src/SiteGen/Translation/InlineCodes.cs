using System.Text;
using Markdig.Syntax.Inlines;

namespace SiteGen.Translation;

internal enum PieceKind
{
    Text,
    Open,
    Close,
    Ph,
}

/// <summary>
/// One piece of a block's inline text as a translation tool sees it: text (unescaped), or an inline code carrying
/// the Markdown it stands for: the opening and closing marks of emphasis or a link (XLIFF <c>&lt;pc&gt;</c>), or a
/// placeholder for what is not translated (code, an image, a raw HTML tag, a hard line break: <c>&lt;ph&gt;</c>).
/// <see cref="Id"/> pairs an opening with its closing mark, and a target's code with the source's.
/// </summary>
internal readonly record struct Piece(PieceKind Kind, string Value, int Id = 0, string Type = "")
{
    public bool IsCode => Kind != PieceKind.Text;
}

/// <summary>Turns a block's Markdown into <see cref="Piece"/>s and back.</summary>
internal static class InlineCodes
{
    /// <summary>The pieces of <paramref name="block"/>; codes are numbered from 1 in order.</summary>
    public static List<Piece> Of(TextBlock block)
    {
        var pieces = new List<Piece>();
        if (block.Inline is null)
        {
            pieces.Add(new Piece(PieceKind.Text, block.Markdown));
            return pieces;
        }

        var next = 1;
        try
        {
            Walk(block.Inline, block, pieces, ref next);
        }
        catch (ArgumentOutOfRangeException)
        {
            // A span Markdig did not place exactly: the block travels as one placeholder, kept as it is.
            pieces.Clear();
            pieces.Add(new Piece(PieceKind.Ph, block.Markdown, 1, "other"));
        }

        return Merge(pieces);
    }

    private static void Walk(ContainerInline container, TextBlock block, List<Piece> pieces, ref int next)
    {
        string Source(int start, int end) => block.Markdown[(start - block.InlineOffset)..(end - block.InlineOffset)];
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    pieces.Add(new Piece(PieceKind.Text, literal.Content.ToString()));
                    break;
                case HtmlEntityInline entity:
                    pieces.Add(new Piece(PieceKind.Text, entity.Transcoded.ToString()));
                    break;
                case LineBreakInline { IsHard: false }:
                    pieces.Add(new Piece(PieceKind.Text, "\n"));
                    break;
                case LinkInline { IsImage: false, IsAutoLink: false, FirstChild: not null } link:
                    Pair(link, "link", block, pieces, ref next);
                    break;
                case EmphasisInline { FirstChild: not null } emphasis:
                    Pair(emphasis, "fmt", block, pieces, ref next);
                    break;
                default:
                    pieces.Add(new Piece(PieceKind.Ph, Source(inline.Span.Start, inline.Span.End + 1), next++, inline is LinkInline { IsImage: true } ? "image" : inline is LinkInline ? "link" : "other"));
                    break;
            }
        }
    }

    /// <summary>Emphasis or a link: its opening mark, its inner text and its closing mark (which for a link holds the URL).</summary>
    private static void Pair(ContainerInline inline, string type, TextBlock block, List<Piece> pieces, ref int next)
    {
        string Source(int start, int end) => block.Markdown[(start - block.InlineOffset)..(end - block.InlineOffset)];
        var id = next++;
        pieces.Add(new Piece(PieceKind.Open, Source(inline.Span.Start, inline.FirstChild!.Span.Start), id, type));
        Walk(inline, block, pieces, ref next);
        pieces.Add(new Piece(PieceKind.Close, Source(inline.LastChild!.Span.End + 1, inline.Span.End + 1), id, type));
    }

    /// <summary>Adjacent text pieces made one.</summary>
    public static List<Piece> Merge(IEnumerable<Piece> pieces)
    {
        var merged = new List<Piece>();
        foreach (var piece in pieces)
        {
            if (piece.Kind == PieceKind.Text && merged.Count > 0 && merged[^1].Kind == PieceKind.Text)
            {
                merged[^1] = merged[^1] with { Value = merged[^1].Value + piece.Value };
            }
            else if (piece.Kind != PieceKind.Text || piece.Value.Length > 0)
            {
                merged.Add(piece);
            }
        }

        return merged;
    }

    /// <summary>Whether two piece lists say the same: the same text and the same Markdown in their codes (code ids aside).</summary>
    public static bool Same(IReadOnlyList<Piece> a, IReadOnlyList<Piece> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Kind == p.Second.Kind && p.First.Value == p.Second.Value);

    /// <summary>
    /// The English block's codes numbered as the zh block's: each takes the id of the first zh code of the same kind
    /// and type not yet taken, so that a translation tool pairs them; a code the zh block has not gets a new id.
    /// </summary>
    public static List<Piece> Matched(IReadOnlyList<Piece> target, IReadOnlyList<Piece> source)
    {
        var taken = new HashSet<int>();
        var fresh = source.Where(p => p.IsCode).Select(p => p.Id).DefaultIfEmpty(0).Max() + 1;
        var open = new Dictionary<int, int>();
        var result = new List<Piece>(target.Count);
        foreach (var piece in target)
        {
            if (piece.Kind is PieceKind.Open or PieceKind.Ph)
            {
                var match = source.FirstOrDefault(s => s.Kind == piece.Kind && s.Type == piece.Type && !taken.Contains(s.Id));
                var id = match.Kind == piece.Kind && match.Id > 0 ? match.Id : fresh++;
                taken.Add(id);
                open[piece.Id] = id;
                result.Add(piece with { Id = id });
            }
            else if (piece.Kind == PieceKind.Close)
            {
                result.Add(piece with { Id = open[piece.Id] });
            }
            else
            {
                result.Add(piece);
            }
        }

        return result;
    }

    /// <summary>
    /// The Markdown of <paramref name="pieces"/> written into <paramref name="block"/>'s place: text escaped where
    /// Markdown would read it as markup, continuation lines indented as the block's; null with the reason when the
    /// text cannot go there (a line break in a heading or table cell, a blank line in a paragraph).
    /// </summary>
    public static string? ToMarkdown(IReadOnlyList<Piece> pieces, TextBlock block, out string? problem)
    {
        problem = null;
        var sb = new StringBuilder();
        var lineStart = true;
        var lineDigits = 0; // how many digits the line is so far (-1 once it is anything else): "1." would start a list
        foreach (var piece in pieces)
        {
            if (piece.IsCode)
            {
                sb.Append(piece.Value);
                lineStart = false;
                lineDigits = -1;
                continue;
            }

            var text = piece.Value;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (block.Kind is TextBlock.Heading or TextBlock.Cell or TextBlock.Title or TextBlock.Summary)
                    {
                        problem = $"a {block.Describe()} cannot hold a line break; write it on one line";
                        return null;
                    }

                    if (lineStart)
                    {
                        problem = "a blank line would split the paragraph in two; remove it (a new paragraph is a new unit in the zh file)";
                        return null;
                    }

                    sb.Append('\n').Append(' ', block.Column);
                    lineStart = true;
                    lineDigits = 0;
                    continue;
                }

                if (lineStart && c is ' ' or '\t')
                {
                    continue; // leading spaces would make an indented code block
                }

                if (block.Inline is not null && NeedsEscape(text, i, lineStart, lineDigits))
                {
                    sb.Append('\\');
                }

                sb.Append(c);
                lineDigits = lineDigits >= 0 && char.IsAsciiDigit(c) && (lineStart || lineDigits > 0) ? lineDigits + 1 : -1;
                lineStart = false;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>Whether <c>text[i]</c> needs a backslash, where Markdown (with the site's extensions) would read it as markup.</summary>
    private static bool NeedsEscape(string text, int i, bool lineStart, int lineDigits)
    {
        var c = text[i];
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        return c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '|' or '~' or '^'
            || (c is '+' or '=' && (next == c || lineStart))
            || (c is '#' or '>' or '-' && lineStart)
            || (c is '.' or ')' && lineDigits > 0)
            || (c == '&' && EntityLike(text, i + 1));
    }

    /// <summary>Whether an entity name (<c>amp;</c>, <c>#38;</c>) starts at <paramref name="from"/>.</summary>
    private static bool EntityLike(string text, int from)
    {
        var i = from < text.Length && text[from] == '#' ? from + 1 : from;
        var start = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i > start && i < text.Length && text[i] == ';';
    }
}
