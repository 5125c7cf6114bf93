namespace SiteGen.Core;

/// <summary>
/// Finds where a run-in section heading ends. Government reports put a heading right after its
/// marker and run the body on without a break: "（一）提升产业能级，全面增强经济发展动力产业是经济之本，…".
/// The heading is a short phrase (or phrase pair, A，B) that the scrape joined to the body. Three
/// independent cues point at its end:
/// <list type="bullet">
/// <item><b>echo</b>: the body opens with a word the heading just used ("…营商环境|营商环境就是生产力",
/// "2021年工作安排|2021年是…");</item>
/// <item><b>address</b>: the body opens by addressing the audience ("…目标任务|各位代表，…");</item>
/// <item><b>lead sentence</b>: the paragraph is built of short lead sentences of one length
/// ("发展动能持续增强。" … "产业根基不断夯实。"), so its first sentence, after the heading, is one too.</item>
/// </list>
/// The end is <see cref="Confident"/> when at least one cue fires and all cues that fire agree.
/// </summary>
internal static class RunInHeading
{
    public const int MinLength = 4;
    public const int MaxLength = 30;
    private const int MaxLeadSentence = 14;
    private const int MinLeadSentence = 5;
    private const int MinBodyClause = 5;
    private const int MaxPhrase = 14;
    private static readonly string[] Addresses = ["各位代表", "同志们"];

    /// <summary>What the cues say about one marker's text (the paragraph without its marker).</summary>
    /// <param name="End">The heading's length when the cues agree; null otherwise.</param>
    /// <param name="Guess">The end one cue suggests, when they disagree (for a suggestion to the editor).</param>
    public sealed record Finding(int? End, int? Guess)
    {
        public bool Confident => End is not null;
    }

    /// <summary>Where the heading that opens <paramref name="rest"/> (the text after the marker) ends.</summary>
    public static Finding Find(string rest)
    {
        var firstStop = rest.IndexOfAny(['。', '！', '？', '；', '：']);
        var limit = Math.Min(MaxLength, firstStop < 0 ? rest.Length : firstStop);
        var cues = new[] { Echo(rest, limit), Address(rest, limit), LeadSentence(rest, firstStop) }
            .Where(e => e is not null)
            .Select(e => e!.Value)
            .Distinct()
            .ToList();
        return cues.Count switch
        {
            1 => new Finding(cues[0], cues[0]),
            0 => new Finding(null, null),
            _ => new Finding(null, cues.Min()),
        };
    }

    /// <summary>A heading candidate: a short phrase or phrase pair, balanced quotes, not a sentence.</summary>
    internal static bool IsHeading(string rest, int end)
    {
        if (end < MinLength || end > MaxLength || end >= rest.Length || IsPunctuation(rest[end]) || IsPunctuation(rest[end - 1]) && rest[end - 1] is not ('”' or '）' or '》'))
        {
            return false;
        }

        var heading = rest.AsSpan(0, end);
        if (heading.IndexOfAny(['。', '！', '？', '；', '：']) >= 0 || heading.Count('“') != heading.Count('”') || heading.Count('（') != heading.Count('）'))
        {
            return false;
        }

        var comma = heading.IndexOf('，');
        return comma < 0
            ? end <= MaxPhrase * 2
            : heading[(comma + 1)..].IndexOf('，') < 0 && end - comma - 1 is >= MinLength and <= MaxPhrase && comma is >= MinLength - 1 and <= MaxPhrase;
    }

    private static int? Echo(string rest, int limit)
    {
        for (var end = MinLength; end <= limit && end + 2 <= rest.Length; end++)
        {
            var next = rest.AsSpan(end, 2);
            if (!IsWordChar(next[0]) || !IsWordChar(next[1]) || !IsHeading(rest, end))
            {
                continue;
            }

            if (rest.AsSpan(0, end).IndexOf(next, StringComparison.Ordinal) >= 0 && FirstClause(rest, end) >= MinBodyClause)
            {
                return end;
            }
        }

        return null;
    }

    private static int? Address(string rest, int limit)
    {
        foreach (var address in Addresses)
        {
            var at = rest.IndexOf(address, StringComparison.Ordinal);
            if (at > 0 && at <= limit && IsHeading(rest, at))
            {
                return at;
            }
        }

        return null;
    }

    private static int? LeadSentence(string rest, int firstStop)
    {
        if (firstStop < 0 || rest[firstStop] != '。')
        {
            return null;
        }

        var lengths = Sentences(rest[(firstStop + 1)..])
            .Select(s => s.Length)
            .Where(l => l is >= MinLeadSentence and <= MaxLeadSentence)
            .ToList();
        if (lengths.Count < 2 || lengths.Distinct().Count() != 1)
        {
            return null;
        }

        var end = firstStop + 1 - lengths[0];
        return IsHeading(rest, end) && rest.AsSpan(end, firstStop - end).IndexOfAny('，', '、') < 0 ? end : null;
    }

    /// <summary>The length of the body's first clause, up to the first punctuation mark.</summary>
    internal static int FirstClause(string rest, int end)
    {
        var length = 0;
        while (end + length < rest.Length && !IsPunctuation(rest[end + length]) || end + length < rest.Length && rest[end + length] is '“' or '”')
        {
            length++;
        }

        return length;
    }

    /// <summary>
    /// Sibling headings are parallel: when confident siblings agree on the shape A，B (the comma at
    /// <paramref name="comma"/>, the end at <paramref name="end"/>), a sibling whose comma sits at
    /// the same place ends at the same place.
    /// </summary>
    public static int? Parallel(string rest, int comma, int end) =>
        comma > 0 && comma < rest.Length && rest[comma] == '，' && rest.IndexOf('，') == comma && IsHeading(rest, end) && FirstClause(rest, end) >= MinLength - 1
            ? end
            : null;

    /// <summary>Sentences ended by 。！？ (with their mark).</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '。' or '！' or '？')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }
    }

    private static bool IsWordChar(char c) => Cjk.IsHan(c) || char.IsAsciiLetterOrDigit(c);

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsWhiteSpace(c);
}
