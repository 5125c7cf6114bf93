using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Extensions.Tables;
using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>
/// One translatable block of an article: its title, its summary, or one paragraph, heading, list item
/// paragraph, quote paragraph or table cell of its body. <see cref="Start"/> and <see cref="Length"/> are
/// where its text is in the file (newlines made \n), <see cref="Line"/> the file line it starts on, and
/// <see cref="Column"/> how far its continuation lines are indented (a list item's paragraph).
/// </summary>
internal sealed record TextBlock(string File, string Kind, int Line, int Start, int Length, int Column, string Markdown)
{
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Paragraph = "paragraph";
    public const string Heading = "heading";
    public const string Item = "item";
    public const string Cell = "cell";
    public const string Quote = "quote";

    /// <summary>The Markdig parse of the block's inline text (null for the title and summary, which are plain text).</summary>
    internal ContainerInline? Inline { get; init; }

    /// <summary>Where <see cref="Markdown"/> starts in the text Markdig parsed: <see cref="Inline"/>'s spans count from there.</summary>
    internal int InlineOffset { get; init; }

    /// <summary>For a heading, its level (1–6); otherwise 0.</summary>
    public int Level { get; init; }

    /// <summary>Whether the block is part of the body (not the title or summary).</summary>
    public bool InBody => Kind is not (Title or Summary);

    /// <summary>The kind as readers and translators name it.</summary>
    public string Describe() => Kind switch
    {
        Item => "list item",
        Cell => "table cell",
        Quote => "quoted paragraph",
        _ => Kind,
    };
}

/// <summary>Splits a Markdown body into its translatable blocks, in document order, with where each is in the file.</summary>
internal static class MarkdownBlocks
{
    /// <param name="text">The whole file, newlines \n.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/>.</param>
    /// <param name="bodyLine">The file line the body starts on.</param>
    public static List<TextBlock> Of(string file, string text, int bodyStart, int bodyLine)
    {
        var body = text[bodyStart..];
        var document = Markdown.Parse(body, MarkdownSyntax.Located);
        var lineStarts = LineStarts(body);
        var blocks = new List<TextBlock>();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is not (ParagraphBlock or HeadingBlock) || leaf.Inline is not { FirstChild: not null } inline)
            {
                continue;
            }

            var start = inline.FirstChild.Span.Start;
            var end = inline.LastChild!.Span.End + 1;
            if (start < 0 || end <= start || end > body.Length || string.IsNullOrWhiteSpace(body[start..end]))
            {
                continue;
            }

            var kind = leaf is HeadingBlock ? TextBlock.Heading
                : leaf.Parent is TableCell ? TextBlock.Cell
                : leaf.Parent is ListItemBlock ? TextBlock.Item
                : leaf.Parent is QuoteBlock ? TextBlock.Quote
                : TextBlock.Paragraph;
            var line = LineOf(lineStarts, start);
            blocks.Add(new TextBlock(file, kind, bodyLine + line, bodyStart + start, end - start, leaf.Column, body[start..end])
            {
                Inline = inline,
                InlineOffset = start,
                Level = leaf is HeadingBlock heading ? heading.Level : 0,
            });
        }

        return blocks;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int offset)
    {
        var i = starts.BinarySearch(offset);
        return i >= 0 ? i : ~i - 1;
    }
}
