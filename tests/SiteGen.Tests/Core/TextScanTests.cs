using System.Text.RegularExpressions;
using CsCheck;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Core;

/// <summary>
/// The hand-written scans that replaced regular expressions and character-by-character loops on the
/// build's hot path give the same answers as the straightforward versions they replaced, on random
/// text made of the characters that matter (spaces, tabs, newlines, control characters, surrogates).
/// </summary>
public sealed class TextScanTests
{
    private static readonly char[] Alphabet =
        ['a', 'Z', '中', '文', ' ', ' ', '\t', '\n', '\n', '\r', '\u3000', '\u00A0', '\u0001', '\u001B', '\u007F', '\u0085', '\u009F', '\uD83D', '\uDE00', '\uDC00', '\uFFFE', '\uFFFF', '.'];

    private static readonly Gen<string> Text = Gen.Int[0, Alphabet.Length - 1].Array[0, 60].Select(ix => new string(ix.Select(i => Alphabet[i]).ToArray()));


    [Fact]
    public void Translation_hash_normalisation_equals_the_regex_version()
    {
        Text.Sample(text => Assert.Equal(ReferenceNormalise(text), TranslationHash.Normalise(text)), iter: Fuzz.Iterations(2000), seed: Fuzz.Seed);
        Assert.Equal("a b\n\nc", TranslationHash.Normalise("  a \t  b \r\n\r\n\n\n\t c\n\n"));
    }

    [Fact]
    public void Unsafe_text_is_found_where_the_character_loop_found_it()
    {
        Text.Sample(text => Assert.Equal(ReferenceFind(text), UnsafeText.Find(text)), iter: Fuzz.Iterations(2000), seed: Fuzz.Seed);
        Assert.Equal(-1, UnsafeText.Find("汉阳 😀 tab\tok\r\n"));
        Assert.Equal(3, UnsafeText.Find("abc\u001Bdef"));
        Assert.Equal(1, UnsafeText.Find("a\uDE00")); // a low surrogate on its own
    }

    private static string ReferenceNormalise(string text)
    {
        var lines = TextFile.NormaliseNewlines(text).Split('\n').Select(l => Regex.Replace(l.Trim(), "[ \t]+", " "));
        return Regex.Replace(string.Join("\n", lines), "\n{2,}", "\n\n").Trim();
    }

    private static int ReferenceFind(string text)
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
}
