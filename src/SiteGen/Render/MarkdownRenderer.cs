using System.Collections.Concurrent;
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
internal sealed record RenderedBody(string Html, IReadOnlyList<BodyHeading> Headings);

/// <summary>
/// The one Markdig pipeline of the build: CommonMark + pipe tables + CJK-friendly emphasis, raw HTML
/// off unless the site allows it, and heading ids that keep Chinese (一、项目背景 → 一项目背景).
/// Thread-safe: rendering is a pure function of the Markdown.
/// </summary>
internal sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly BodyCache? _cache;

    /// <param name="cache">Bodies rendered by earlier builds of the same preview session, keyed by their Markdown.</param>
    public MarkdownRenderer(bool allowRawHtml, BodyCache? cache = null)
    {
        _cache = cache?.For(allowRawHtml);
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseCjkFriendlyEmphasis()
            .UseAutoLinks();
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
    }

    /// <summary>HTML for a body; headings are shifted so that the page's own h1 stays the only one.</summary>
    public RenderedBody Render(string markdown) => _cache is null ? RenderNew(markdown) : _cache.Get(markdown, RenderNew);

    private RenderedBody RenderNew(string markdown)
    {
        var document = Markdown.Parse(markdown, _pipeline);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var headings = new List<BodyHeading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
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

        var writer = new StringWriter { NewLine = "\n" };
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return new RenderedBody(writer.ToString(), headings);
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

        foreach (var child in inline.Descendants())
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
/// Rendered bodies kept between preview rebuilds, keyed by the Markdown string instance: an article
/// file that did not change is not parsed again (<see cref="Content.ContentCache"/>), so its body is
/// the same instance, found without hashing its text; a body is a pure function of its Markdown.
/// Each build keeps what it used, so edited-away texts are dropped.
/// </summary>
internal sealed class BodyCache
{
    private ConcurrentDictionary<string, RenderedBody> _previous = new(ReferenceEqualityComparer.Instance);
    private ConcurrentDictionary<string, RenderedBody> _current = new(ReferenceEqualityComparer.Instance);
    private bool? _allowRawHtml;

    /// <summary>This cache for a build with the given raw-HTML setting; a change of setting empties it.</summary>
    internal BodyCache For(bool allowRawHtml)
    {
        if (_allowRawHtml != allowRawHtml)
        {
            _previous.Clear();
            _current.Clear();
            _allowRawHtml = allowRawHtml;
        }

        return this;
    }

    internal RenderedBody Get(string markdown, Func<string, RenderedBody> render) =>
        _current.GetOrAdd(markdown, m => _previous.TryGetValue(m, out var body) ? body : render(m));

    /// <summary>Ends a build: what it used is what the next one can reuse.</summary>
    public void EndBuild()
    {
        _previous = _current;
        _current = new ConcurrentDictionary<string, RenderedBody>(ReferenceEqualityComparer.Instance);
    }
}
