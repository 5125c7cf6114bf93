using System.Text;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// ASCII <c>, : ? ( ) ;</c> used inside Chinese text become their full-width forms; between
/// digits or Latin words (1,000 · 12:30 · (GDP) in English) they stay.
/// </summary>
internal static class ChineseTypography
{
    public static string FullWidthPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var wide = c switch
            {
                ',' => '，',
                ':' => '：',
                '?' => '？',
                '(' => '（',
                ')' => '）',
                ';' => '；',
                _ => c,
            };
            if (wide != c && (Cjk.IsChineseContext(Neighbour(text, i, -1)) || Cjk.IsChineseContext(Neighbour(text, i, +1))))
            {
                sb.Append(wide);
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The nearest character that is neither white space nor ASCII punctuation being converted.</summary>
    private static char Neighbour(string text, int index, int step)
    {
        for (var j = index + step; j >= 0 && j < text.Length; j += step)
        {
            var c = text[j];
            if (char.IsWhiteSpace(c) || c is '(' or ')')
            {
                continue;
            }

            return c;
        }

        return '\0';
    }
}
