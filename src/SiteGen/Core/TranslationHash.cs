using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core;

/// <summary>
/// The hash of a zh source's translatable text (title, summary, body), normalised so that
/// whitespace-only edits do not make translations stale. An en file records the hash it was
/// translated from; a different hash now means the translation is stale.
/// </summary>
internal static partial class TranslationHash
{
    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Blanks();

    [GeneratedRegex(@"\n{2,}")]
    private static partial Regex BlankLines();

    public static string Of(string title, string summary, string body)
    {
        var normalised = Normalise(title) + "\n\n" + Normalise(summary) + "\n\n" + Normalise(body);
        return "sha256:" + Slugs.Hash(normalised, 16);
    }

    [GeneratedRegex(@"^sha256:[0-9a-f]{16}$")]
    private static partial Regex WellFormed();

    /// <summary>Whether <paramref name="hash"/> has the form <see cref="Of"/> writes (sha256: and 16 hex digits).</summary>
    public static bool IsWellFormed(string hash) => WellFormed().IsMatch(hash);

    private static string Normalise(string text)
    {
        var lines = TextFile.NormaliseNewlines(text).Split('\n').Select(l => Blanks().Replace(l.Trim(), " "));
        return BlankLines().Replace(string.Join("\n", lines), "\n\n").Trim();
    }
}
