using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Render;

/// <summary>
/// Splits very long paragraphs of a body into readable ones, only where the source ends a sentence:
/// after 。！？ (with closing quotes) in Chinese, after . ! ? followed by a space and a capital in
/// English (not after a short abbreviation such as "No." or "U.S."). A paragraph is split when it is
/// longer than <see cref="LongChars"/> characters, into parts of about <see cref="TargetChars"/>;
/// a part never ends mid-sentence and the last part is never a stub. Paragraphs with inline markup
/// (emphasis, links, code, HTML) are left whole, so no markup is ever cut. Every character is kept.
/// </summary>
internal static partial class LongParagraphs
{
    private const int LongChars = 500;
    private const int TargetChars = 260;
    private const double LatinFactor = 2.2; // an English sentence takes about this many more characters than a Chinese one

    [GeneratedRegex(@"^\d{1,9}[.)](\s|$)")]
    private static partial Regex ListNumber();

    [GeneratedRegex(@"(?<!\\)[*`\[<_]")]
    private static partial Regex Markup();

    [GeneratedRegex(@"(?<=[。！？][”’」』）]*)(?=[^”’」』）])|(?<=(?<!\b(?:No|Mr|Mrs|Ms|Dr|St|Co|Ltd|Inc|vs|etc|[A-Z]))[.!?][”’""')]? )(?=[A-Z“""‘'(])")]
    private static partial Regex SentenceEnd();

    public static string Split(string markdown)
    {
        if (!HasLineLongerThan(markdown, LongChars))
        {
            return markdown; // a line's weight is at most its length: nothing can be long enough to split
        }

        var lines = markdown.Split('\n');
        var sb = new StringBuilder(markdown.Length + 64);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var standalone = (i == 0 || lines[i - 1].Trim().Length == 0) && (i + 1 == lines.Length || lines[i + 1].Trim().Length == 0);
            if (standalone && IsPlainParagraph(line) && Weight(line) > LongChars)
            {
                sb.Append(string.Join("\n\n", Parts(line)));
            }
            else
            {
                sb.Append(line);
            }

            if (i + 1 < lines.Length)
            {
                sb.Append('\n');
            }
        }

        return sb.ToString();
    }

    private static bool HasLineLongerThan(string text, int length)
    {
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if ((end < 0 ? text.Length : end) - start > length)
            {
                return true;
            }

            if (end < 0)
            {
                break;
            }

            start = end + 1;
        }

        return false;
    }

    private static bool IsPlainParagraph(string line) =>
        line.Length > 0 && !char.IsWhiteSpace(line[0]) && line[0] is not ('#' or '|' or '>' or '-' or '+' or '*' or '=' or '`' or '~')
        && !ListNumber().IsMatch(line) && !Markup().IsMatch(line);

    /// <summary>Length in Chinese-character equivalents.</summary>
    private static double Weight(string text)
    {
        var latin = 0;
        foreach (var c in text)
        {
            if (c < '\u2E80')
            {
                latin++;
            }
        }

        return text.Length - latin + latin / LatinFactor;
    }

    private static IEnumerable<string> Parts(string line)
    {
        var sentences = SentenceEnd().Split(line).Where(s => s.Length > 0).ToList();
        var total = Weight(line);
        var part = new StringBuilder();
        var done = 0.0;
        foreach (var sentence in sentences)
        {
            part.Append(sentence);
            var weight = Weight(part.ToString());
            if (weight >= TargetChars && total - done - weight >= TargetChars / 2.0)
            {
                done += weight;
                yield return part.ToString().TrimEnd();
                part.Clear();
            }
        }

        if (part.Length > 0)
        {
            yield return part.ToString().TrimEnd();
        }
    }
}
