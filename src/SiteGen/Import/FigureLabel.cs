using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// What a number measures, in the article's own words: the text between the clause start and the
/// number, trimmed of filler (总投资达到100亿元 → 总投资); for counts the noun right after the unit
/// (改造4家定点医院 → 定点医院); else the subject of the clause before (经济总量位居全国前十，达到…).
/// Empty when none of these says anything.
/// </summary>
internal static class FigureLabel
{
    private const int ShortLabel = 12;

    /// <summary>A figure already labelled in the same sentence: where it starts, where its unit and hedge end.</summary>
    internal sealed record Placed(int Start, int TailEnd, string Label);

    public static (string Label, string? Indicator) For(string sentence, int start, int tailEnd, Unit unit, IReadOnlyList<Placed> earlier, IndicatorRegistry indicators)
    {
        var percent = unit.Kind is "percent" or "points";
        var clauseStart = ClauseStart(sentence, start, earlier);
        var label = Clean(sentence[clauseStart..start].Trim(), percent);
        if (label.Length == 0 && clauseStart > 0 && sentence[clauseStart - 1] == '、' && earlier.Count > 0 && earlier[^1].Label.Contains("分别", StringComparison.Ordinal))
        {
            return IndicatorLabel.Apply(earlier[^1].Label, indicators); // 标准分别提高5.85%、5.88%
        }

        if (IndicatorLabel.Find(label, indicators) is not null)
        {
            return IndicatorLabel.Apply(label, indicators);
        }

        var after = CountedNoun.After(sentence, tailEnd);
        if (after is not null && unit.Kind is "count" or "area" or "other")
        {
            return IndicatorLabel.Apply(after, indicators);
        }

        if (Accepted(label, percent) && !LabelWords.IsBareVerb(label))
        {
            return IndicatorLabel.Apply(Shorten(label), indicators);
        }

        var fallback = after ?? (CountedNoun.Follows(sentence, tailEnd) ? null : SubjectBefore(sentence, clauseStart, earlier, label));
        return IndicatorLabel.Apply(fallback ?? (Accepted(label, percent) ? label : ""), indicators);
    }

    private static bool Accepted(string label, bool percent) => LabelWords.IsMeaningful(label) || percent && LabelWords.IsGrowthOnly(label);

    /// <summary>Start of the clause the number is in: after ，；：（ or a 、 that ends an earlier figure; (…) asides are skipped.</summary>
    private static int ClauseStart(string sentence, int from, IReadOnlyList<Placed> earlier)
    {
        for (var j = from - 1; j >= 0; j--)
        {
            var c = sentence[j];
            if (c == '）' && sentence.LastIndexOf('（', j) is var open and >= 0)
            {
                j = open;
                continue;
            }

            if (c is '，' or '。' or '；' or '：' or '（' or '！' or '？' or '!' or '?' or '\n' || c == '、' && earlier.Any(f => f.TailEnd == j))
            {
                return j + 1;
            }

            if (j + 1 < from && earlier.Any(f => f.TailEnd == j + 1))
            {
                return j + 1; // the figure before ends this one's label: …负增长81.6%收窄到全年负增长11.8%
            }
        }

        return 0;
    }

    /// <summary>Strips trailing filler (达到, 超过, 的; growth words too unless a percentage measures them) and leading openers, while something meaningful is left.</summary>
    private static string Clean(string label, bool percent)
    {
        var trailing = (percent ? LabelWords.TrailingFillers : [.. LabelWords.TrailingFillers, .. LabelWords.Growth]).OrderByDescending(w => w.Length).ToList();
        var leading = LabelWords.LeadingConnectors.OrderByDescending(w => w.Length).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            if (trailing.FirstOrDefault(w => label.EndsWith(w, StringComparison.Ordinal) && LabelWords.IsMeaningful(label[..^w.Length])) is { } end)
            {
                label = label[..^end.Length].TrimEnd();
                changed = true;
            }

            if (leading.FirstOrDefault(w => label.StartsWith(w, StringComparison.Ordinal) && LabelWords.IsMeaningful(label[w.Length..])) is { } begin)
            {
                label = label[begin.Length..].TrimStart();
                changed = true;
            }

            if (LabelWords.Transitions.FirstOrDefault(w => label.StartsWith(w, StringComparison.Ordinal) && label[w.Length..].Count(Cjk.IsHan) >= 2) is { } transition)
            {
                label = label[transition.Length..].TrimStart();
                changed = true;
            }
        }

        return label;
    }

    /// <summary>A long label names a list and then its kind: 武汉城市圈大通道等投资亿元以上项目 → 投资亿元以上项目.</summary>
    private static string Shorten(string label)
    {
        var cut = label.LastIndexOf('等');
        return label.Length > ShortLabel && cut >= 0 && LabelWords.IsMeaningful(label[(cut + 1)..]) ? label[(cut + 1)..] : label;
    }

    /// <summary>
    /// The subject of the clause before, for a number whose own clause has none: 经济总量位居全国城市前十，达到15616.1亿元;
    /// 净增高新技术企业1842户，达到6259户. A bare verb is kept: 保障性住房新开工1700套、建成1000套 → 保障性住房建成.
    /// </summary>
    private static string? SubjectBefore(string sentence, int clauseStart, IReadOnlyList<Placed> earlier, string label)
    {
        if (clauseStart == 0)
        {
            return null;
        }

        var previousStart = ClauseStart(sentence, clauseStart - 1, earlier);
        var figure = earlier.LastOrDefault(f => f.Start >= previousStart && f.Start < clauseStart);
        var previous = figure?.Label ?? sentence[previousStart..(clauseStart - 1)];
        var cut = LabelWords.PredicateStarts
            .Select(w => previous.IndexOf(w, StringComparison.Ordinal))
            .Where(p => p > 0 && LabelWords.IsMeaningful(previous[..p]))
            .DefaultIfEmpty(figure is null ? -1 : previous.Length)
            .Min();
        if (cut < 0)
        {
            return null;
        }

        var subject = LabelWords.Strip(previous[..cut], ["净增", "新增", "新引进", "引进", "新建"]);
        subject = LabelWords.IsMeaningful(subject) ? Clean(subject, percent: false) : Clean(previous[..cut], percent: false);
        return LabelWords.IsBareVerb(label) && !LabelWords.TrailingFillers.Contains(label) ? subject + label : subject;
    }
}
