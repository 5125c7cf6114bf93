using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Warns about links and images in a body whose URL uses an unsafe scheme (javascript:, vbscript:,
/// data:): the build drops those URLs unless site.yml sets <c>allow_raw_html: true</c>.
/// </summary>
internal static class BodyLinks
{
    public static void Check(string body, string file, int bodyLine, List<Diagnostic> diagnostics)
    {
        if (!body.Contains("](", StringComparison.Ordinal) && !body.Contains("]:", StringComparison.Ordinal) && !body.Contains('<'))
        {
            return; // no link syntax at all: skip the parse
        }

        foreach (var node in Markdown.Parse(body, MarkdownSyntax.Pipeline(allowRawHtml: false)).Descendants())
        {
            var (url, what) = node switch
            {
                LinkInline link => (link.Url, link.IsImage ? "image" : "link"),
                AutolinkInline auto => (auto.Url, "link"),
                _ => (null, ""),
            };
            if (UrlSafety.IsUnsafe(url))
            {
                var shown = url!.Length > 40 ? url[..40] + "…" : url;
                diagnostics.Add(Diagnostic.Warning(file, bodyLine + node.Line, $"{what} to \"{shown}\" dropped: javascript:, vbscript: and data: URLs are not published (the text stays); link to an https:// page instead"));
            }
        }
    }
}
