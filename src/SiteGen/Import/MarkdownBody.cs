using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Turns a raw article body (already in Chinese typography) into Markdown paragraphs. Section
/// markers (一、 and （一）) start new paragraphs, and become headings where the heading text is
/// cleanly delimited: ended by a line break in the source, or a short first sentence ended by 。.
/// Every character of the body is kept, in order; only whitespace and markup change.
/// </summary>
internal static partial class MarkdownBody
{
    private const int MaxHeadingLength = 40;
    private const int MaxSentenceHeadingLength = 30;

    [GeneratedRegex(@"^(?<marker>[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex Marker();

    // A break before a marker that directly follows a sentence end, even without a space.
    [GeneratedRegex(@"(?<=[。！？：；])(?=[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex MarkerAfterSentence();

    private sealed record Block(string Text, int Level);

    public static string Convert(string body)
    {
        var segments = SplitSegments(body);
        var hasMajor = segments.Any(s => Marker().Match(s) is { Success: true } m && !m.Value.StartsWith('（'));
        var split = segments.Select(SplitHeading).ToList();

        // A level becomes headings only when every marker of that level is cleanly delimited,
        // so an article never mixes headings and run-in markers of the same rank.
        var cleanLevels = split.Where(s => s.Marker is not null)
            .GroupBy(s => s.Marker!.StartsWith('（'))
            .Where(g => g.All(s => s.Heading is not null))
            .Select(g => g.Key)
            .ToHashSet();

        var blocks = new List<Block>();
        foreach (var (segment, marker, heading, rest) in split)
        {
            var minor = marker is not null && marker.StartsWith('（');
            if (marker is null || heading is null || !cleanLevels.Contains(minor))
            {
                blocks.Add(new Block(segment, 0));
                continue;
            }

            blocks.Add(new Block(heading, minor && hasMajor ? 3 : 2));
            if (rest.Length > 0)
            {
                blocks.Add(new Block(rest, 0));
            }
        }

        var sb = new StringBuilder();
        foreach (var block in blocks)
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            if (block.Level > 0)
            {
                sb.Append('#', block.Level).Append(' ').Append(Escape(block.Text, heading: true)).Append('\n');
            }
            else
            {
                sb.Append(Escape(block.Text, heading: false)).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>A segment that starts with a marker: its heading (when cleanly delimited) and the rest.</summary>
    private static (string Segment, string? Marker, string? Heading, string Remainder) SplitHeading(string segment)
    {
        var marker = Marker().Match(segment);
        if (!marker.Success)
        {
            return (segment, null, null, "");
        }

        var rest = segment[marker.Length..];
        if (segment.Length <= MaxHeadingLength && !EndsLikeSentenceBody(rest))
        {
            return (segment, marker.Value, segment, ""); // the source put a break right after the heading
        }

        var stop = rest.IndexOf('。');
        if (stop > 0 && stop + 1 <= MaxSentenceHeadingLength && IsHeadingLike(rest[..(stop + 1)]) && stop + 1 < rest.Length)
        {
            return (segment, marker.Value, marker.Value + rest[..(stop + 1)], rest[(stop + 1)..]);
        }

        return (segment, marker.Value, null, "");
    }

    /// <summary>
    /// Splits into paragraphs. These scrapes mark paragraph breaks with a space: one after a sentence
    /// end, before a section marker, or after a short marker heading. Other spaces (含 1,000 元) stay.
    /// </summary>
    internal static List<string> SplitSegments(string body)
    {
        var segments = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (!char.IsWhiteSpace(c))
            {
                current.Append(c);
                continue;
            }

            var j = i;
            while (j + 1 < body.Length && char.IsWhiteSpace(body[j + 1]))
            {
                j++;
            }

            var next = body[(j + 1)..];
            if (current.Length > 0 && (body.AsSpan(i, j - i + 1).Contains('\n') || IsBreak(current, next)))
            {
                segments.Add(current.ToString());
                current.Clear();
            }
            else if (current.Length > 0 && next.Length > 0)
            {
                current.Append(' ');
            }

            i = j;
        }

        if (current.Length > 0)
        {
            segments.Add(current.ToString());
        }

        return segments.SelectMany(s => MarkerAfterSentence().Split(s)).Where(s => s.Length > 0).ToList();
    }

    private static bool IsBreak(StringBuilder current, string next)
    {
        var last = current[^1];
        if (last is '。' or '！' or '？' or '：' or '；' or '!' or '…' || last is '”' or '"' && current.Length > 1 && current[^2] is '。' or '！' or '？')
        {
            return true;
        }

        if (next.Length > 0 && Marker().IsMatch(next))
        {
            return true;
        }

        var text = current.ToString();
        return text.Length <= MaxHeadingLength && Marker().IsMatch(text) && !text.Contains('。');
    }

    private static bool EndsLikeSentenceBody(string rest) => rest.Contains('。') && !rest.EndsWith('。') || rest.Count(c => c == '。') > 1;

    private static bool IsHeadingLike(string sentence) =>
        sentence.Count(c => c == '，') <= 1 && sentence.IndexOfAny(['；', '：', '！', '？']) < 0;

    /// <summary>
    /// The text a body written by <see cref="Convert"/> says, without markup: heading markers and
    /// backslash escapes removed, one paragraph or heading a line. Figures are read from this text.
    /// </summary>
    internal static string PlainText(string markdown)
    {
        var lines = markdown.Split('\n').Where(l => l.Length > 0).Select(l => EscapedChar().Replace(HeadingMarker().Replace(l, ""), "$1"));
        return string.Join("\n", lines);
    }

    [GeneratedRegex(@"^#{1,6} ")]
    private static partial Regex HeadingMarker();

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex EscapedChar();

    /// <summary>Backslash-escapes what Markdown would read as markup, so text stays text (HTML too).</summary>
    internal static string Escape(string text, bool heading)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '&' or '~' or '^' or '|' or '$')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var result = sb.ToString();
        if (result.Length > 0 && result[0] is '#' or '-' or '+' or '=')
        {
            result = "\\" + result;
        }

        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        if (digits is > 0 and < 10 && digits < result.Length && result[digits] is '.' or ')'
            && (digits + 1 == result.Length || result[digits + 1] == ' '))
        {
            result = result[..digits] + "\\" + result[digits..];
        }

        if (heading && result.EndsWith('#'))
        {
            result = result[..^1] + "\\#";
        }

        return result;
    }
}
