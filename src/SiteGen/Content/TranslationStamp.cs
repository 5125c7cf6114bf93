using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// What <c>translations stamp</c> may touch: only English files in input/articles/en/, and in them only
/// the <c>source_hash</c> line. The file's BOM and line endings (LF or CRLF) are kept as they were.
/// </summary>
internal static partial class TranslationStamp
{
    [GeneratedRegex(@"^source_hash:[^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex HashLine();

    [GeneratedRegex(@"\r?\n---(\r?\n|$)")]
    private static partial Regex FrontMatterEnd();

    /// <summary>An error when <paramref name="path"/> is not a Markdown file directly in &lt;input&gt;/articles/en/.</summary>
    public static Diagnostic? CheckTarget(string path, string inputDir)
    {
        var enDir = Paths.Real(Path.Combine(inputDir, "articles", "en"));
        var dir = Path.GetDirectoryName(Paths.Real(path));
        if (dir == enDir && path.EndsWith(".md", StringComparison.Ordinal))
        {
            return null;
        }

        return Diagnostic.Error(path.Replace('\\', '/'), 0,
            $"translations stamp works only on English files in {Paths.Display(enDir)}/; a zh source never carries source_hash (pass the en file of the same name)");
    }

    /// <summary>The file's bytes with <c>source_hash</c> set to <paramref name="hash"/>, or null when it already is.</summary>
    public static byte[]? Apply(byte[] original, string hash)
    {
        var bom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF;
        var text = AtomicFile.Utf8NoBom.GetString(original, bom ? 3 : 0, original.Length - (bom ? 3 : 0));
        var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var line = "source_hash: " + hash;
        string updated;
        if (HashLine().Match(text) is { Success: true } existing && existing.Index < FrontEnd(text))
        {
            updated = text[..existing.Index] + line + text[(existing.Index + existing.Length)..];
        }
        else
        {
            var end = FrontEnd(text);
            updated = text[..end] + newline + line + text[end..];
        }

        if (updated == text)
        {
            return null;
        }

        var bytes = AtomicFile.Utf8NoBom.GetBytes(updated);
        return bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }

    private static int FrontEnd(string text)
    {
        var match = FrontMatterEnd().Match(text, Math.Min(3, text.Length));
        return match.Success ? match.Index : text.Length;
    }
}
