using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>Splits a Markdown file into YAML front matter and body, keeping line numbers.</summary>
internal static class MarkdownFile
{
    public sealed record Parts(YamlDocument FrontMatter, string Body, int BodyLine);

    public static Parts? Split(string text, string file, List<Diagnostic> diagnostics)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(file, 1, "file must start with front matter: a line `---`, `key: value` lines, and a closing `---`"));
            return null;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        var endAtEof = end < 0 && text.EndsWith("\n---", StringComparison.Ordinal);
        if (end < 0 && !endAtEof)
        {
            diagnostics.Add(Diagnostic.Error(file, 1, "front matter is not closed; add a line `---` after the last `key: value` line"));
            return null;
        }

        if (endAtEof)
        {
            end = text.Length - 4;
        }

        var yaml = text[4..(end + 1)];
        var doc = YamlDocument.Parse(yaml, file, 1, diagnostics);
        if (doc is null)
        {
            return null;
        }

        var bodyStart = Math.Min(text.Length, end + 5);
        var bodyLine = 1 + text.AsSpan(0, bodyStart).Count('\n');
        return new Parts(doc, text[bodyStart..], bodyLine);
    }
}
