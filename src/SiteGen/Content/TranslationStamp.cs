using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// What <c>translations stamp</c> may touch: only English files in input/articles/en/, and in them only the
/// lines of the keys it sets (<c>source_hash</c>, <c>source_blocks</c>, and with a review <c>translation_status</c>,
/// <c>reviewed_by</c>, <c>reviewed_on</c>). The file's BOM and line endings (LF or CRLF) are kept as they were.
/// </summary>
internal static partial class TranslationStamp
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9a-f]{8}( [0-9a-f]{8})+$")]
    private static partial System.Text.RegularExpressions.Regex BlockList();

    /// <summary>Whether <paramref name="value"/> is a <c>source_blocks</c> line as stamp writes it: 8-digit hex hashes, space-separated, at least two.</summary>
    public static bool IsBlockList(string? value) => value is not null && BlockList().IsMatch(value);

    /// <summary>An error when <paramref name="path"/> is not a Markdown file directly in &lt;input&gt;/articles/en/.</summary>
    public static Diagnostic? CheckTarget(string path, string inputDir, string command)
    {
        var enDir = Paths.Real(Path.Combine(inputDir, "articles", "en"));
        var dir = Path.GetDirectoryName(Paths.Real(path));
        if (dir == enDir && path.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return Diagnostic.Error(Paths.Display(path), 0,
            $"{command} works only on English files in {Paths.Display(enDir)}/; a zh source never carries source_hash (pass the en file of the same name)");
    }

    /// <summary>
    /// The file's bytes with each key's line set to <c>key: value</c> (values as they are to be written; a null value
    /// removes the line), or null when every line already is. A key not in the front matter is added after the line of
    /// the key before it in <paramref name="lines"/>, or at the end of the front matter.
    /// </summary>
    public static byte[]? Apply(byte[] original, IReadOnlyList<(string Key, string? Value)> lines)
    {
        var bom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF;
        var text = AtomicFile.Utf8NoBom.GetString(original, bom ? 3 : 0, original.Length - (bom ? 3 : 0));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var updated = text;
        string? previous = null;
        foreach (var (key, value) in lines)
        {
            var line = key + ": " + value;
            var end = FrontEnd(updated);
            if (value is null)
            {
                if (LineOf(updated, key, end) is { } removed)
                {
                    var next = updated.IndexOf('\n', removed.End);
                    updated = updated[..removed.Start] + updated[(next < 0 ? updated.Length : next + 1)..];
                }
            }
            else if (LineOf(updated, key, end) is { } existing)
            {
                updated = updated[..existing.Start] + line + updated[existing.End..];
            }
            else
            {
                var at = previous is not null && LineOf(updated, previous, end) is { } after ? after.End : end;
                updated = updated[..at] + newline + line + updated[at..];
            }

            previous = key;
        }

        if (updated == text)
        {
            return null;
        }

        var bytes = AtomicFile.Utf8NoBom.GetBytes(updated);
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    /// <summary>Where the line <c>key: …</c> of the front matter is (its end before the line break), if it has one.</summary>
    private static (int Start, int End)? LineOf(string text, string key, int frontEnd)
    {
        for (var start = text.IndexOf('\n') + 1; start > 0 && start < frontEnd; start = text.IndexOf('\n', start) + 1)
        {
            if (string.CompareOrdinal(text, start, key + ":", 0, key.Length + 1) == 0)
            {
                var end = text.IndexOf('\n', start);
                end = end < 0 ? text.Length : end;
                return (start, end > start && text[end - 1] == '\r' ? end - 1 : end);
            }
        }

        return null;
    }

    /// <summary>Where the line break before the closing <c>---</c> is (the end of the file when it has none).</summary>
    private static int FrontEnd(string text)
    {
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            var next = i + 1;
            if (string.CompareOrdinal(text, next, "---", 0, 3) == 0 && (next + 3 == text.Length || text[next + 3] is '\n' or '\r'))
            {
                return i > 0 && text[i - 1] == '\r' ? i - 1 : i;
            }
        }

        return text.Length;
    }
}
