using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The time words of a sentence and the periods they name, counted from the article's own dating
/// (<see cref="ArticleTime"/>): a year (2020年), a range (2021—2023年), a five-year plan (“十三五” =
/// 2016–2020), a year reached (到2025年), a start (2023年4月以来 = 2023–), and words relative to the
/// report: 今年, 去年, 上年, 明年, 前年 (from the year it was written), 五年来, 过去五年, 近三年 (the years up
/// to the one reviewed), 今后五年 (the years from the one planned). A word right after 较, 比, 是 or 与 is
/// what a change is measured against, not the figure's period, and is left out.
/// </summary>
internal static partial class TimeWords
{
    /// <summary>How a time word bears on a figure: the period itself, the start of an open range, or the year a target is to be reached by.</summary>
    internal enum Kind
    {
        Point,
        Since,
        By,
    }

    /// <summary>A time word at <paramref name="At"/>…<paramref name="End"/> of the sentence naming <paramref name="Period"/>.</summary>
    internal sealed record Mention(int At, int End, Period Period, Kind Kind);

    internal static readonly (string Name, int From)[] FiveYearPlans = [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026)];

    private static readonly Dictionary<char, int> Numerals = new() { ['两'] = 2, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9, ['十'] = 10 };

    [GeneratedRegex(@"(?<![\d.])(?<from>(?:19|20)\d{2})(?:年)?\s*[—–\-~至到](?<to>(?:19|20)\d{2})年")]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?<by>截至|截止|到|至)?(?<![\d.])(?<year>(?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日在)(?<since>[^，。；：]{0,8}?以来)?")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"“?(?<plan>十一五|十二五|十三五|十四五|十五五)”?(?<since>以来)?")]
    private static partial Regex PlanWord();

    [GeneratedRegex(@"(?<word>今年|本年|去年|上年|前年|明年)(?<since>以来)?")]
    private static partial Regex RelativeYear();

    [GeneratedRegex(@"(?<pre>过去|近|这|最近|今后|未来)?(?<n>[两二三四五六七八九十])年(?<post>来|以来)?")]
    private static partial Regex YearsSpan();

    /// <summary>Every time word of <paramref name="text"/> that names a figure's period, in text order.</summary>
    public static IReadOnlyList<Mention> In(string text, ArticleTime time)
    {
        var found = new List<Mention>();
        void Add(int at, int end, Period period, Kind kind)
        {
            if (!found.Any(m => at < m.End && m.At < end) && !IsBase(text, at))
            {
                found.Add(new Mention(at, end, period, kind));
            }
        }

        foreach (Match m in YearRange().Matches(text))
        {
            var (from, to) = (Int(m, "from"), Int(m, "to"));
            if (from < to)
            {
                Add(m.Index, m.Index + m.Length, Period.Range(from, to), Kind.Point);
            }
        }

        var own = time.OwnYear;
        foreach (Match m in YearWord().Matches(text))
        {
            var year = Int(m, "year");
            var at = m.Groups["year"].Index;
            var kind = m.Groups["since"].Success ? Kind.Since : m.Groups["by"].Value is "到" or "至" ? Kind.By : Kind.Point;
            var period = kind == Kind.Since && year == own ? Period.Year(year) : kind == Kind.Since ? new Period(year, null) : Period.Year(year);
            Add(m.Groups["by"].Success ? m.Index : at, m.Index + m.Length, period, kind == Kind.Since && year == own ? Kind.Point : kind);
        }

        foreach (Match m in PlanWord().Matches(text))
        {
            var from = FiveYearPlans.First(p => p.Name == m.Groups["plan"].Value).From;
            var now = time.ReviewYear ?? time.OwnYear; // “十四五”以来: from the plan's start up to now
            var to = m.Groups["since"].Success && now is { } last && last < from + 4 && last >= from ? last : from + 4;
            Add(m.Index, m.Index + m.Length, Period.Range(from, to), Kind.Point);
        }

        if (own is { } year0)
        {
            foreach (Match m in RelativeYear().Matches(text))
            {
                var offset = m.Groups["word"].Value switch { "去年" or "上年" => -1, "前年" => -2, "明年" => 1, _ => 0 };
                var since = m.Groups["since"].Success && offset < 0; // 今年以来 is this year so far; 去年以来 runs on from last year
                Add(m.Index, m.Index + m.Length, since ? new Period(year0 + offset, null) : Period.Year(year0 + offset), since ? Kind.Since : Kind.Point);
            }
        }

        foreach (Match m in YearsSpan().Matches(text))
        {
            if (Span(m, time) is { } span)
            {
                Add(m.Index, m.Index + m.Length, span, Kind.Point);
            }
        }

        return [.. found.OrderBy(m => m.At)];
    }

    /// <summary>五年来, 过去五年, 近三年: the years up to the one reviewed; 今后五年, 未来五年: the years from the one planned.</summary>
    private static Period? Span(Match m, ArticleTime time)
    {
        var pre = m.Groups["pre"].Value;
        if (pre.Length == 0 && !m.Groups["post"].Success || !Numerals.TryGetValue(m.Groups["n"].Value[0], out var n))
        {
            return null; // 第一个五年, 五年规划: no span of time
        }

        if (pre is "今后" or "未来")
        {
            var first = time.PlanYear ?? time.OwnYear + 1;
            return first is { } from ? Period.Range(from, from + n - 1) : null;
        }

        return time.PastYear is { } last ? Period.Range(last - n + 1, last) : null;
    }

    /// <summary>A word right after 较, 比, 是 or 与 (较上年, 比“十二五”期末, 是“十二五”期末的, 与上年相比) is what a change is measured against.</summary>
    private static bool IsBase(string text, int at)
    {
        var before = text[Math.Max(0, at - 2)..at].TrimEnd('“');
        return before.EndsWith('较') || before.EndsWith('比') || before.EndsWith('是') || before.EndsWith('与');
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
}
