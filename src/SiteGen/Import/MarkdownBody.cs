using System.Text;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Turns a raw article body (already in Chinese typography) into Markdown paragraphs. Section
/// markers (一、 and （一）) start new paragraphs, and become headings where the heading text is
/// cleanly delimited: ended by a line break in the source, a short first sentence ended by 。, or a
/// run-in heading whose end <see cref="RunInHeading"/> is sure of. Paragraphs that open with 一是…。
/// are a third rank.
/// Every character of the body is kept, in order; only whitespace and markup change.
/// </summary>
internal static partial class MarkdownBody
{
    private const int MaxHeadingLength = 40;
    private const int MaxSentenceHeadingLength = 30;

    [GeneratedRegex(@"^(?<marker>[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex Marker();

    // "一是…。二是…。": an enumeration that opens paragraphs; a heading only as a short first sentence.
    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}是(?=[^，。]{2,20}。)")]
    private static partial Regex CountMarker();

    // A break before a marker that directly follows a sentence end, even without a space.
    [GeneratedRegex(@"(?<=[。！？：；])(?=[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex MarkerAfterSentence();

    private sealed record Block(string Text, int Level);

    /// <summary>A segment; for a marker, its rank, heading, the text after it, and a run-in heading's shape.</summary>
    private sealed record Split(string Segment, string? Marker, int Rank, string? Heading, string Remainder, (int Comma, int End)? Shape);

    public static string Convert(string body)
    {
        var segments = SplitSegments(body);
        var split = InferParallel(segments.Select(SplitHeading).ToList());
        var ranks = split.Where(s => s.Marker is not null).Select(s => s.Rank).Distinct().Order().ToList();

        // A rank becomes headings only when every marker of that rank is cleanly delimited,
        // so an article never mixes headings and run-in markers of the same rank.
        var cleanRanks = split.Where(s => s.Marker is not null)
            .GroupBy(s => s.Rank)
            .Where(g => g.All(s => s.Heading is not null))
            .Select(g => g.Key)
            .ToHashSet();

        var blocks = new List<Block>();
        foreach (var (segment, marker, rank, heading, rest, _) in split)
        {
            if (marker is null || heading is null || !cleanRanks.Contains(rank))
            {
                blocks.Add(new Block(segment, 0));
                continue;
            }

            blocks.Add(new Block(heading, 2 + ranks.IndexOf(rank)));
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

    /// <summary>
    /// A segment that starts with a marker: its rank (0 一、, 1 （一）, 2 一是), its heading (when cleanly
    /// delimited, or a run-in heading whose end <see cref="RunInHeading"/> is confident of) and the rest.
    /// </summary>
    private static Split SplitHeading(string segment)
    {
        var count = CountMarker().Match(segment);
        if (count.Success)
        {
            var stop = segment.IndexOf('。');
            return stop + 1 < segment.Length
                ? new Split(segment, count.Value, 2, segment[..(stop + 1)], segment[(stop + 1)..], null)
                : new Split(segment, count.Value, 2, null, "", null);
        }

        var marker = Marker().Match(segment);
        if (!marker.Success)
        {
            return new Split(segment, null, 0, null, "", null);
        }

        var rank = marker.Value.StartsWith('（') ? 1 : 0;
        var rest = segment[marker.Length..];
        if (segment.Length <= MaxHeadingLength && !EndsLikeSentenceBody(rest))
        {
            return new Split(segment, marker.Value, rank, segment, "", null); // the source put a break right after the heading
        }

        if (RunInHeading.Find(rest).End is { } end)
        {
            var comma = rest.IndexOf('，');
            return new Split(segment, marker.Value, rank, marker.Value + rest[..end], rest[end..], comma >= 0 && comma < end ? (comma, end) : null);
        }

        var sentenceEnd = rest.IndexOf('。');
        if (sentenceEnd > 0 && sentenceEnd + 1 <= MaxSentenceHeadingLength && IsHeadingLike(rest[..(sentenceEnd + 1)]) && sentenceEnd + 1 < rest.Length)
        {
            return new Split(segment, marker.Value, rank, marker.Value + rest[..(sentenceEnd + 1)], rest[(sentenceEnd + 1)..], null);
        }

        return new Split(segment, marker.Value, rank, null, "", null);
    }

    /// <summary>
    /// Run-in headings the cues were not sure of take the shape (A，B) of their siblings — markers of
    /// the same rank under the same parent — when at least two confident siblings share one shape.
    /// </summary>
    private static List<Split> InferParallel(List<Split> split)
    {
        var parent = new Dictionary<int, int>();
        var groups = new List<(int Rank, int Parent, int Index)>();
        for (var i = 0; i < split.Count; i++)
        {
            if (split[i].Marker is null)
            {
                continue;
            }

            var rank = split[i].Rank;
            parent[rank] = i;
            var owner = parent.Where(p => p.Key < rank).Select(p => p.Value).DefaultIfEmpty(-1).Max();
            groups.Add((rank, owner, i));
        }

        foreach (var group in groups.GroupBy(g => (g.Rank, g.Parent)))
        {
            var shapes = group.Select(g => split[g.Index].Shape).Where(s => s is not null).ToList();
            if (shapes.Count < 2 || shapes.Distinct().Count() != 1)
            {
                continue;
            }

            var (comma, end) = shapes[0]!.Value;
            foreach (var (_, _, index) in group.Where(g => split[g.Index].Heading is null))
            {
                var s = split[index];
                var rest = s.Segment[s.Marker!.Length..];
                if (RunInHeading.Parallel(rest, comma, end) is { } at)
                {
                    split[index] = s with { Heading = s.Marker + rest[..at], Remainder = rest[at..], Shape = (comma, at) };
                }
            }
        }

        return split;
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
