using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Render;

/// <summary>A heading of a rendered body, for the table of contents.</summary>
internal sealed record BodyHeading(int Level, string Id, string Text);

/// <summary>A rendered body: its HTML and its headings in order.</summary>
internal sealed record RenderedBody(string Html, IReadOnlyList<BodyHeading> Headings)
{
    /// <summary>Keys of the glossary terms whose first use in the body links to their note, in order of use.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];
}

/// <summary>A glossary term to mark in a body: its first use links to <see cref="Url"/>.</summary>
internal sealed record TermMark(string Key, IReadOnlyList<string> Phrases, string Url);

/// <summary>
/// Article bodies to HTML with the site's Markdown (<see cref="Core.MarkdownSyntax"/>): headings shifted below the
/// page's own h1 with ids that keep Chinese (一、项目背景 → 一项目背景), unsafe link URLs dropped, raw HTML (where the
/// site allows it) sanitised, glossary terms linked. Thread-safe: rendering is a pure function of the Markdown.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly RawHtml? _sanitizer;

    public MarkdownRenderer(bool allowRawHtml)
    {
        _pipeline = Core.MarkdownSyntax.Pipeline(allowRawHtml);
        if (allowRawHtml)
        {
            // Raw HTML is let through, but still sanitised: no script, no event handlers, no unsafe URLs.
            _sanitizer = new RawHtml();
        }
    }

    /// <summary>
    /// HTML for a body; headings are shifted so that the page's own h1 stays the only one, and very
    /// long paragraphs are split at sentence ends (<see cref="LongParagraphs"/>).
    /// </summary>
    public RenderedBody Render(string markdown) => Render(markdown, []);

    /// <summary>
    /// As <see cref="Render(string)"/>, and the first use of each term in <paramref name="terms"/>
    /// (outside headings and links) becomes a link with class "term" to the term's note.
    /// </summary>
    public RenderedBody Render(string markdown, IReadOnlyList<TermMark> terms)
    {
        var document = Markdown.Parse(LongParagraphs.Split(markdown), _pipeline);
        DropUnsafeLinks(document);
        var linked = terms.Count == 0 ? [] : TermLinker.Link(document, terms);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<BodyHeading>();
        foreach (var heading in MarkdownTree.Blocks(document).OfType<HeadingBlock>())
        {
            heading.Level = Math.Min(6, Math.Max(2, heading.Level));
            var text = InlineText(heading.Inline);
            var id = HeadingId(text);
            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = $"{id}-{n}";
            }

            heading.GetAttributes().Id = unique;
            headings.Add(new BodyHeading(heading.Level, unique, text));
        }

        var html = document.ToHtml(_pipeline); // a renderer from the pipeline's pool
        return new RenderedBody(_sanitizer is null ? html : _sanitizer.Sanitize(html), headings) { Terms = linked };
    }

    /// <summary>
    /// A link with an unsafe URL keeps its text and loses its URL; an image becomes its alt text.
    /// (The content check has already warned about each, with file and line.)
    /// </summary>
    private static void DropUnsafeLinks(MarkdownDocument document)
    {
        var unsafeNodes = MarkdownTree.Inlines(document).Where(n => n is LinkInline l && Core.UrlSafety.IsUnsafe(l.Url) || n is AutolinkInline a && Core.UrlSafety.IsUnsafe(a.Url)).ToList();
        foreach (var node in unsafeNodes)
        {
            if (node is LinkInline { IsImage: false } link)
            {
                foreach (var child in link.ToList())
                {
                    child.Remove();
                    link.InsertBefore(child);
                }

                link.Remove();
            }
            else
            {
                var text = node is LinkInline image ? InlineText(image) : ((AutolinkInline)node).Url;
                node.ReplaceBy(new LiteralInline(text), copyChildren: false);
            }
        }
    }

    /// <summary>Letters (Chinese included) and digits kept, runs of anything else become one '-'.</summary>
    internal static string HeadingId(string text)
    {
        var sb = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-' && (char.IsWhiteSpace(c) || c is '-' or '_' or '.'))
            {
                sb.Append('-');
            }
        }

        var id = sb.ToString().Trim('-');
        return id.Length == 0 ? "section" : id;
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        if (inline is null)
        {
            return "";
        }

        foreach (var child in MarkdownTree.Inlines(inline))
        {
            switch (child)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
            }
        }

        return sb.ToString();
    }
}

/// <summary>
/// The blocks and inlines of a parsed body in document order (depth first, each node before its
/// children), as Markdig's <c>Descendants</c> gives them, walked into one list (the callers change the tree
/// while they go through it).
/// </summary>
internal static class MarkdownTree
{
    public static List<Block> Blocks(ContainerBlock root)
    {
        var into = new List<Block>();
        AddBlocks(root, into);
        return into;
    }

    /// <summary>Every inline of every leaf block under <paramref name="root"/>.</summary>
    public static List<Inline> Inlines(ContainerBlock root)
    {
        var into = new List<Inline>();
        foreach (var block in Blocks(root))
        {
            if (block is LeafBlock { Inline: { } inline })
            {
                AddInlines(inline, into);
            }
        }

        return into;
    }

    /// <summary>The inlines under a container inline (not the container itself).</summary>
    public static List<Inline> Inlines(ContainerInline root)
    {
        var into = new List<Inline>();
        AddInlines(root, into);
        return into;
    }

    private static void AddBlocks(ContainerBlock container, List<Block> into)
    {
        for (var i = 0; i < container.Count; i++)
        {
            var child = container[i];
            into.Add(child);
            if (child is ContainerBlock nested)
            {
                AddBlocks(nested, into);
            }
        }
    }

    private static void AddInlines(ContainerInline container, List<Inline> into)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            into.Add(child);
            if (child is ContainerInline nested)
            {
                AddInlines(nested, into);
            }
        }
    }
}

/// <summary>
/// The sanitiser for sites that allow raw HTML (HtmlSanitizer): in a class of its own, so that its
/// libraries are loaded only by a build that needs them.
/// </summary>
internal sealed class RawHtml
{
    private readonly Ganss.Xss.HtmlSanitizer _sanitizer = new();

    public RawHtml()
    {
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Add("lang");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
