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
    public static string Of(string title, string summary, string body)
    {
        var normalised = Normalise(title) + "\n\n" + Normalise(summary) + "\n\n" + Normalise(body);
        return "sha256:" + Slugs.Hash(normalised, 16);
    }

    [GeneratedRegex(@"^sha256:[0-9a-f]{16}$")]
    private static partial Regex WellFormed();

    /// <summary>Whether <paramref name="hash"/> has the form <see cref="Of"/> writes (sha256: and 16 hex digits).</summary>
    public static bool IsWellFormed(string hash) => WellFormed().IsMatch(hash);

    /// <summary>
    /// Newlines made \n, each line trimmed with its runs of spaces and tabs made one space, runs of
    /// blank lines made one, the whole trimmed. One pass, no regular expressions: this runs for every
    /// article of every build.
    /// </summary>
    internal static string Normalise(string text)
    {
        text = TextFile.NormaliseNewlines(text);
        var sb = new StringBuilder(text.Length);
        var newlines = 0; // newlines owed before the next non-empty line (at most 2 are written)
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var line = text.AsSpan(start, end - start).Trim();
            if (line.Length > 0)
            {
                if (sb.Length > 0)
                {
                    sb.Append('\n', Math.Min(newlines, 2));
                }

                for (var i = 0; i < line.Length; i++)
                {
                    if (line[i] is ' ' or '\t')
                    {
                        while (i + 1 < line.Length && line[i + 1] is ' ' or '\t')
                        {
                            i++;
                        }

                        sb.Append(' ');
                    }
                    else
                    {
                        sb.Append(line[i]);
                    }
                }

                newlines = 0;
            }

            newlines++;
            start = end + 1;
        }

        return sb.ToString().Trim();
    }
}
