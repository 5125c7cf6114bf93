using System.Globalization;

namespace SiteGen.Core;

/// <summary>
/// Characters that HTML and XML (the pages, the Atom feed, the sitemap) cannot carry: C0 and C1
/// control characters other than tab and newline, U+FFFE/U+FFFF and unpaired surrogates. Text with
/// one is reported where it was written (raw file at import, Markdown file at build), never published.
/// </summary>
internal static class UnsafeText
{
    /// <summary>The index of the first character that cannot be published, or -1.</summary>
    public static int Find(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((c < ' ' && c is not '\t' and not '\n' and not '\r') || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The message for the character at <paramref name="index"/>.</summary>
    public static string Message(string text, int index, string where) =>
        $"{where} contains the control character U+{((int)text[index]).ToString("X4", CultureInfo.InvariantCulture)}, which web pages and feeds cannot carry; delete it (editors often show it as ^[ or a box)";

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>, counted from <paramref name="firstLine"/>.</summary>
    public static int LineOf(string text, int index, int firstLine) => firstLine + text.AsSpan(0, index).Count('\n');
}
