using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// How deep a body's Markdown may nest: lists, block quotes, tables, emphasis and links inside each other, at most
/// <see cref="MaxLevels"/> levels. Deeper is one error at its line, found by <c>check</c> and <c>build</c> alike,
/// before the renderer (whose depth limit would otherwise fail the build without naming the file) or a parse that
/// grows with the depth times the length. A scan of each line's container markers and indentation, without
/// parsing, bounds the nesting; only a body whose bound passes the limit (many links and emphases in one
/// paragraph, say) is parsed, with the renderer's own pipeline, to measure it exactly.
/// </summary>
internal static class MarkdownNesting
{
    public const int MaxLevels = 32;

    public static Diagnostic? Check(string body, string file, int bodyLine, bool allowRawHtml)
    {
        var (line, bound) = Scan(body);
        if (line >= 0)
        {
            return TooDeep(file, bodyLine + line);
        }

        if (bound <= MaxLevels)
        {
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(body, MarkdownSyntax.Pipeline(allowRawHtml));
        }
        catch (ArgumentException)
        {
            return TooDeep(file, bodyLine); // Markdig's own depth limit, met while parsing inlines
        }

        return Deepest(document) is { } node ? TooDeep(file, bodyLine + node.Line) : null;
    }

    private static Diagnostic TooDeep(string file, int line) => Diagnostic.Error(file, line,
        $"the Markdown nests more than {MaxLevels} levels deep here (lists, quotes, tables, emphasis and links inside each other; the limit): flatten it");

    /// <summary>
    /// The first line (0-based) whose block nesting may pass the limit, or -1; and an upper bound of the whole
    /// body's nesting. A line can keep open no more list levels than half its indentation (each needs two columns)
    /// and than were open before it, and opens one level per `&gt;` and list marker it starts with.
    /// </summary>
    private static (int Line, int Bound) Scan(string body)
    {
        var open = 0;
        var inline = 0;
        var paragraph = 0;
        var table = 0;
        var number = 0;
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var text = body.AsSpan()[range];
            var (quotes, markers, spaces, start) = Prefix(text);
            var rest = text[start..];
            if (rest.IsWhiteSpace())
            {
                paragraph = 0;
                number++;
                continue;
            }

            var levels = quotes + markers + Math.Min(spaces / 2, open);
            if (levels > MaxLevels)
            {
                return (number, levels);
            }

            open = Math.Max(open, levels);
            paragraph += Inline(rest);
            inline = Math.Max(inline, paragraph);
            table = rest.Contains('|') ? 1 : table;
            number++;
        }

        return (-1, open + table + inline);
    }

    /// <summary>A line's `&gt;` markers, list markers and columns of spaces before its text, and where its text starts.</summary>
    private static (int Quotes, int Markers, int Spaces, int Text) Prefix(ReadOnlySpan<char> line)
    {
        var (quotes, markers, spaces, column, i) = (0, 0, 0, 0, 0);
        while (i < line.Length)
        {
            var c = line[i];
            var spaceAfter = i + 1 == line.Length || line[i + 1] is ' ' or '\t';
            if (c is ' ' or '\t')
            {
                var width = c == ' ' ? 1 : 4 - (column % 4);
                (spaces, column, i) = (spaces + width, column + width, i + 1);
            }
            else if (c == '>')
            {
                (quotes, column, i) = (quotes + 1, column + 1, i + 1);
            }
            else if (c is '-' or '+' or '*' && spaceAfter)
            {
                (markers, column, i) = (markers + 1, column + 1, i + 1);
            }
            else if (char.IsAsciiDigit(c) && OrderedMarker(line[i..]) is > 0 and var length)
            {
                (markers, column, i) = (markers + 1, column + length, i + length);
            }
            else
            {
                break;
            }
        }

        return (quotes, markers, spaces, i);
    }

    /// <summary>The length of an ordered-list marker (1–9 digits, then `.` or `)` and a space or the end), else 0.</summary>
    private static int OrderedMarker(ReadOnlySpan<char> text)
    {
        var digits = 0;
        while (digits < text.Length && digits < 10 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 9 && digits < text.Length && text[digits] is '.' or ')'
            && (digits + 1 == text.Length || text[digits + 1] is ' ' or '\t') ? digits + 1 : 0;
    }

    /// <summary>An upper bound of the inline levels text can open: a link per `[`, an emphasis per two delimiters.</summary>
    private static int Inline(ReadOnlySpan<char> text)
    {
        var (links, delimiters) = (0, 0);
        foreach (var c in text)
        {
            if (c == '[')
            {
                links++;
            }
            else if (c is '*' or '_' or '~' or '^' or '+' or '=')
            {
                delimiters++;
            }
        }

        return links + ((delimiters + 1) / 2);
    }

    /// <summary>The first node nested past the limit, walked without recursion.</summary>
    private static MarkdownObject? Deepest(MarkdownDocument document)
    {
        var stack = new Stack<(MarkdownObject Node, int Levels)>();
        stack.Push((document, 0));
        while (stack.Count > 0)
        {
            var (node, levels) = stack.Pop();
            // A level: a quote, a list item, a table, and any inline container but a paragraph's own (emphasis, links,
            // and the brackets and delimiters Markdig leaves unmatched, which the renderer walks into as deep).
            var here = levels + (node is QuoteBlock or ListItemBlock or Markdig.Extensions.Tables.Table || node is ContainerInline { Parent: not null } ? 1 : 0);
            if (here > MaxLevels)
            {
                return node;
            }

            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push((container[i], here));
                    }

                    break;
                case LeafBlock { Inline: { } inlines }:
                    stack.Push((inlines, here));
                    break;
                case ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        stack.Push((child, here));
                    }

                    break;
            }
        }

        return null;
    }
}
