using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>
/// An article file as the translation tools read and write it: its text with newlines made \n, whether it
/// had a BOM and CRLF line ends (put back when it is written), its front matter, and its translatable
/// blocks: the title, the summary, then the body's blocks in order.
/// </summary>
internal sealed class ArticleText
{
    private ArticleText(string file, string text, bool bom, bool crlf, MarkdownFile.Parts parts, IReadOnlyList<TextBlock> blocks)
    {
        File = file;
        Text = text;
        Bom = bom;
        Crlf = crlf;
        Parts = parts;
        Blocks = blocks;
    }

    /// <summary>The file as messages name it.</summary>
    public string File { get; }

    public string Text { get; }

    public bool Bom { get; }

    public bool Crlf { get; }

    public MarkdownFile.Parts Parts { get; }

    /// <summary>Title, summary, then the body's blocks.</summary>
    public IReadOnlyList<TextBlock> Blocks { get; }

    /// <summary>
    /// Reads <paramref name="path"/> (with <paramref name="root"/>, only if it resolves inside it); null (with the reason in
    /// <paramref name="diagnostics"/>) when it cannot be read or has no title or summary.
    /// </summary>
    public static ArticleText? Read(string path, string display, List<Diagnostic> diagnostics, string? root = null)
    {
        var (text, error) = TextFile.Read(path, display, out var bytes, root);
        if (text is null || bytes is null)
        {
            diagnostics.Add(error!);
            return null;
        }

        return Parse(text, display, diagnostics, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]), bytes.AsSpan().IndexOf("\r\n"u8) >= 0);
    }

    /// <summary>An English file in &lt;input&gt;/articles/en/ and its zh source; null (with the reasons in <paramref name="diagnostics"/>) when either cannot be read.</summary>
    public static (ArticleText Zh, ArticleText En)? ReadPair(string enPath, string input, string command, List<Diagnostic> diagnostics)
    {
        if (TranslationStamp.CheckTarget(enPath, input, command) is { } wrongFile)
        {
            diagnostics.Add(wrongFile);
            return null;
        }

        var zhPath = Path.Combine(input, "articles", "zh", Path.GetFileName(enPath));
        var en = Read(enPath, Paths.Display(enPath), diagnostics, input);
        var found = new List<Diagnostic>();
        var zh = Read(zhPath, Paths.Display(zhPath), found, input);
        diagnostics.AddRange(found.Select(d => d.Line == 0 ? d with { Message = d.Message + "; an English file is paired with the zh file of the same name" } : d));
        return zh is null || en is null ? null : (zh, en);
    }

    /// <summary>The hash of the translatable text (<see cref="TranslationHash"/>); for a zh file, what an English file's <c>source_hash</c> is compared with.</summary>
    public string TranslationHashOf() => TranslationHash.Of(Parts.FrontMatter.String("title", required: true)!, Parts.FrontMatter.String("summary", required: true)!, Parts.Body);

    /// <summary>Parses text already read (newlines \n).</summary>
    public static ArticleText? Parse(string text, string display, List<Diagnostic> diagnostics, bool bom = false, bool crlf = false)
    {
        var before = diagnostics.Count;
        var parts = MarkdownFile.Split(text, display, diagnostics);
        if (parts is null)
        {
            return null;
        }

        var title = parts.FrontMatter.String("title", required: true);
        var summary = parts.FrontMatter.String("summary", required: true);
        if (title is null || summary is null || diagnostics.Count > before)
        {
            return null;
        }

        if (MarkdownNesting.Check(parts.Body, display, parts.BodyLine, allowRawHtml: true) is { } tooDeep)
        {
            diagnostics.Add(tooDeep); // as build and check say it, before the block parser meets its depth limit
            return null;
        }

        var bodyStart = text.Length - parts.Body.Length;
        var blocks = new List<TextBlock> { FrontMatterBlock(display, text, TextBlock.Title, title, parts.FrontMatter.LineOf("title")), FrontMatterBlock(display, text, TextBlock.Summary, summary, parts.FrontMatter.LineOf("summary")) };
        blocks.AddRange(MarkdownBlocks.Of(display, text, bodyStart, parts.BodyLine));
        return new ArticleText(display, text, bom, crlf, parts, blocks);
    }

    /// <summary>A title or summary: its span is its whole <c>key: value</c> line, its text the value as YAML reads it.</summary>
    private static TextBlock FrontMatterBlock(string file, string text, string key, string value, int line)
    {
        var start = 0;
        for (var i = 1; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start) + 1;
        }

        var end = text.IndexOf('\n', start);
        return new TextBlock(file, key, line, start, (end < 0 ? text.Length : end) - start, 0, value.Trim());
    }

    /// <summary>The bytes of <paramref name="text"/> written the way this file was: BOM and line ends as they were.</summary>
    public byte[] Bytes(string text)
    {
        var bytes = AtomicFile.Utf8NoBom.GetBytes(Crlf ? text.Replace("\n", "\r\n", StringComparison.Ordinal) : text);
        return Bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }
}
