using System.Globalization;

namespace SiteGen.Core;

/// <summary>
/// Characters that HTML and XML (the pages, the Atom feed, the sitemap) cannot carry: C0 and C1
/// control characters other than tab and newline, U+FFFE/U+FFFF and unpaired surrogates. Text with
/// one is reported where it was written (raw file at import, Markdown file at build), never published.
/// </summary>
internal static class UnsafeText
{
    /// <summary>The characters that may be unsafe: the unsafe ones and every surrogate (a paired one is fine).</summary>
    private static readonly System.Buffers.SearchValues<char> Suspect = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n' and not '\r').Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x9F - 0x7F + 1).Select(c => (char)c),
         .. Enumerable.Range(0xD800, 0xE000 - 0xD800).Select(c => (char)c),
         '\uFFFE', '\uFFFF']);

    /// <summary>The index of the first character that cannot be published, or -1.</summary>
    public static int Find(string text)
    {
        for (var from = 0; ;)
        {
            var at = text.AsSpan(from).IndexOfAny(Suspect);
            if (at < 0)
            {
                return -1;
            }

            var i = from + at;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                from = i + 2; // a pair: one character outside the Basic Multilingual Plane
                continue;
            }

            return i;
        }
    }

    /// <summary>The message for the character at <paramref name="index"/>.</summary>
    public static string Message(string text, int index, string where) =>
        $"{where} contains the control character U+{((int)text[index]).ToString("X4", CultureInfo.InvariantCulture)}, which web pages and feeds cannot carry; delete it (editors often show it as ^[ or a box)";

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>, counted from <paramref name="firstLine"/>.</summary>
    public static int LineOf(string text, int index, int firstLine) => firstLine + text.AsSpan(0, index).Count('\n');
}
