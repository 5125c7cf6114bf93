using System.Text;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// ASCII <c>, : ? ( ) ;</c> used inside Chinese text become their full-width forms; between
/// digits or Latin words (1,000 · 12:30 · (GDP) in English) they stay. A <c>;?</c> between Chinese
/// characters is not punctuation but what a scrape leaves of a lost space (an HTML entity cut to
/// <c>;</c> and a character the page's encoding could not hold turned into <c>?</c>, as in
/// 代区长;?范礼奎): it becomes the space it was.
/// </summary>
internal static class ChineseTypography
{
    public static string FullWidthPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsLostSpace(text, i))
            {
                sb.Append(' ');
                i++;
                continue;
            }

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

    private static bool IsLostSpace(string text, int i) =>
        text[i] == ';' && i + 1 < text.Length && text[i + 1] == '?'
        && i > 0 && Cjk.IsHan(text[i - 1]) && i + 2 < text.Length && Cjk.IsHan(text[i + 2]);

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
