using System.Text;

namespace SiteGen.Core;

/// <summary>
/// Finding phrases in prose for the editorial checks: case-insensitive, and a phrase that starts or
/// ends with a Latin letter or digit matches only whole words, plurals included ("centre" is found in
/// "centres", not in "centred").
/// Chinese has no word breaks, so a Chinese phrase matches anywhere.
/// </summary>
internal static class Phrases
{
    /// <summary>Start indexes of every whole-word occurrence of <paramref name="phrase"/> in <paramref name="text"/>.</summary>
    public static IEnumerable<int> Find(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            yield break;
        }

        for (var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (IsWholeWord(text, phrase, i))
            {
                yield return i;
            }
        }
    }

    /// <summary>
    /// As <see cref="First(string, string)"/>, given both strings upper-cased (invariant) as well: an
    /// ordinal search of those finds what an ordinal-ignore-case search of the originals finds, faster.
    /// </summary>
    public static int First(string text, string upperText, string phrase, string upperPhrase)
    {
        if (phrase.Length == 0 || upperText.Length != text.Length || upperPhrase.Length != phrase.Length)
        {
            return First(text, phrase);
        }

        for (var i = upperText.IndexOf(upperPhrase, StringComparison.Ordinal); i >= 0; i = upperText.IndexOf(upperPhrase, i + 1, StringComparison.Ordinal))
        {
            if (IsWholeWord(text, phrase, i))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsWholeWord(string text, string phrase, int i)
    {
        var before = i == 0 || !IsWordChar(phrase[0]) || !IsWordChar(text[i - 1]);
        var end = i + phrase.Length;
        return before && (!IsWordChar(phrase[^1]) || WordEnds(text, end) || WordEnds(text, end, "s") || WordEnds(text, end, "es"));
    }

    public static bool Contains(string text, string phrase) => First(text, phrase) >= 0;

    /// <summary>The start of the first whole-word occurrence, or -1 (as <see cref="Find"/>, without an iterator).</summary>
    public static int First(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return -1;
        }

        for (var i = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (IsWholeWord(text, phrase, i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A page anchor from English words: "Six Stabilities" → six-stabilities.</summary>
    public static string Key(string english)
    {
        var sb = new StringBuilder();
        foreach (var c in english.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var key = sb.ToString().Trim('-');
        return key.Length > 60 ? key[..60].TrimEnd('-') : key;
    }

    /// <summary>True when the word ends at <paramref name="at"/>, allowing a plural ending.</summary>
    private static bool WordEnds(string text, int at, string ending = "") =>
        string.CompareOrdinal(text, at, ending, 0, ending.Length) == 0 && (at + ending.Length == text.Length || !IsWordChar(text[at + ending.Length]));

    private static bool IsWordChar(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}
