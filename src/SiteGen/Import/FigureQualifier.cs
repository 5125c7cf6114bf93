using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Says what a figure is, from its sentence and the part of the article it is in: the period it
/// refers to, its measure (level, change with its base, cumulative, share, rank) and its status
/// (actual, estimate, target, plan; see <see cref="FigureStatus"/>). Rules, in order:
/// <list type="bullet">
/// <item>Period: the nearest time word before the number in its clause, or one that is the topic of an
/// earlier clause of the sentence (2020年，…; 五年来，…; see <see cref="TimeWords"/> and <see cref="Clauses.IsTopic"/>);
/// else the section of a government work report (the year reviewed, the five-year plan reviewed, the
/// five-year targets, the coming year's work); else the year the article reports on; else the year it
/// was written in. Over a range, 由18%提高到24% gives the range's start (the year before it) and end; a
/// yearly average or an increase to be reached by a year (到2025年…年均增长7%) covers the years up to it;
/// 两年平均 the two years to the period; what a project will do once running (达产后) has no period.</item>
/// <item>Measure: 第N位 and 排名 are ranks; 累计 or 以来 (not of a rate) cumulative, as is an amount of things done
/// over a range of years (五年来新建学校12所); a percentage of 占比/比重/比例/…率 a share; growth words (增长, 下降,
/// 提高, 收窄, 新增, 净增, 增加 …) a change, negative for 下降/下跌/负增长/减少, unless they are part of an
/// indicator's name (城镇新增就业); else a level. A change's base: 同比 year on year, 年均 an annual
/// average, 较/比/是…的 the period before; otherwise year on year for one year, the period before for a range.</item>
/// </list>
/// </summary>
internal static partial class FigureQualifier
{
    private static readonly string[] ChangeWords =
        ["负增长", "增长", "下降", "下跌", "提高", "提升", "降低", "减少", "增加", "增幅", "降幅", "增速", "收窄", "压缩", "缩短", "提标", "净增", "新增", "翻番", "扩大", "回落"];

    private static readonly string[] NegativeWords = ["负增长", "下降", "下跌", "减少", "降低", "回落"];

    private static readonly string[] ShareWords = ["占比", "比重", "比例", "占", "率"];

    /// <summary>Verbs of things done, whose amounts over a range of years add up (五年来新建学校12所), unlike a state at its end (在汉投资世界500强企业超过300家).</summary>
    private static readonly string[] DoneOverYears = ["新建", "改造", "建成", "引进", "新增", "落户", "签约", "开工", "完成", "实施", "开办", "投入", "改扩建", "征收", "培育", "招引", "帮扶", "转移"];

    /// <summary>Change words that make an amount (not only a percentage) a change: 新增市场主体1.2万户, 比上年增加9个.</summary>
    private static readonly string[] AmountChangeWords = ["净增", "新增", "增加", "减少", "翻番"];

    /// <summary>The default period and status of the part of a government work report a sentence is in.</summary>
    internal sealed record Section(Period? Period, string? Status);

    /// <summary>The section a sentence opens, or the current one: a work report moves from the year reviewed to the five years reviewed, to the five-year targets, to the coming year's work.</summary>
    public static Section Next(Section current, string sentence, ArticleTime time)
    {
        if (time.ReviewYear is not { } review || time.PlanYear is not { } plan)
        {
            return current;
        }

        if (Has(sentence, "工作安排", $"{plan}年主要工作", $"{plan}年工作", "主要预期目标", "今年工作", "明年工作"))
        {
            return new Section(Period.Year(plan), Figure.Plan);
        }

        if (Has(sentence, "今后五年", "目标任务", "发展目标", "主要目标", "”时期是") && FiveYearPlanAt(sentence, plan) || Has(sentence, "今后五年"))
        {
            return new Section(Period.Range(plan, plan + 4), Figure.Target);
        }

        if (Has(sentence, "五年来", "这五年", "过去五年", "”时期是", "”时期主要") && !Has(sentence, "今后五年") || Has(sentence, "收官之年"))
        {
            return new Section(Period.Range(review - 4, review), Figure.Actual);
        }

        if (Has(sentence, "工作回顾", "一年来", "过去一年"))
        {
            return new Section(Period.Year(review), Figure.Actual);
        }

        return current;
    }

    private static bool FiveYearPlanAt(string sentence, int from) =>
        TimeWords.FiveYearPlans.Any(p => p.From == from && sentence.Contains(p.Name, StringComparison.Ordinal));

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// What the figure at <paramref name="start"/> (number) … <paramref name="end"/> (unit and bound) of the sentence is.
    /// <paramref name="mentions"/> are the sentence's time words (<see cref="TimeWords.In"/>); <paramref name="indicatorWords"/>
    /// the words of the indicator its label names, which are no change words (城镇新增就业).
    /// </summary>
    public static Qualities Qualify(string sentence, int start, int end, Unit unit, bool ranked, IReadOnlyList<TimeWords.Mention> mentions,
        Section section, ArticleTime time, string? indicatorWords)
    {
        var starts = Clauses.Starts(sentence, start);
        var clauseStart = starts[^1];
        var clause = sentence[clauseStart..start];
        var (period, mention) = PeriodOf(sentence, start, starts, mentions, section, time);
        var (status, running) = FigureStatus.Of(sentence, start, starts, mentions, section, time, period);
        var words = indicatorWords is null ? clause : clause.Replace(indicatorWords, "", StringComparison.Ordinal);
        var since = mention is { Kind: TimeWords.Kind.Since };
        var measure = MeasureOf(words, unit, ranked, since, period, Has(clause, DoneOverYears) || Has(sentence[..start], "累计"));
        var annual = measure == Figure.Change && Has(words, "年均", "平均");
        period = running && (mention is null || mention.At < clauseStart) ? null
            : Adjusted(sentence, start, clause, period, mention, measure, annual, time);
        var basis = measure == Figure.Change ? BaseOf(words, period) : null;
        var negative = measure == Figure.Change && LastWord(words, ChangeWords) is { } last && NegativeWords.Contains(last);
        return new Qualities(period, measure, basis, status, negative);
    }

    /// <summary>A figure's period, measure, base and status, and whether its change words say it fell.</summary>
    internal sealed record Qualities(Period? Period, string Measure, string? Base, string Status, bool Negative);

    /// <summary>The nearest time word that reaches the figure (its own clause's, or a topic of an earlier clause), else the section's, the article's or the year it was written in.</summary>
    private static (Period? Period, TimeWords.Mention? Mention) PeriodOf(string sentence, int start, IReadOnlyList<int> starts, IReadOnlyList<TimeWords.Mention> mentions, Section section, ArticleTime time)
    {
        var clauseStart = starts[^1];
        var before = mentions.Where(m => m.End <= start).ToList();
        var mention = before.LastOrDefault(m => m.At >= clauseStart)
            ?? before.LastOrDefault(m => Clauses.IsTopic(sentence, m, Clauses.StartOf(starts, m.At)));
        return mention is not null ? (mention.Period, mention)
            : (section.Period ?? time.Reported ?? (time.OwnYear is { } own ? Period.Year(own) : null), null);
    }

    /// <summary>由18%提高到24% over 2016–2020: 2015 and 2020. 到2025年…年均增长7%: 2021–2025. 两年平均增长2.8%: the two years to the period.</summary>
    private static Period? Adjusted(string sentence, int start, string clause, Period? period, TimeWords.Mention? mention, string measure, bool annual, ArticleTime time)
    {
        if (period is { IsYear: false, To: { } to })
        {
            var from = clause.LastIndexOfAny(['由', '从']);
            if (from >= 0 && from == clause.Length - 1)
            {
                return Period.Year(period.From - 1); // 由18%: where the range started
            }

            if (from >= 0 && LabelWords.Transitions.Any(w => clause.EndsWith(w, StringComparison.Ordinal)))
            {
                return Period.Year(to); // …提高到24%: where it ended
            }
        }

        if (period is { IsYear: true } year && measure == Figure.Change && clause.Contains("两年平均", StringComparison.Ordinal))
        {
            return Period.Range(year.From - 1, year.From);
        }

        if (period is { IsYear: true } target && mention is { Kind: TimeWords.Kind.By } && (annual || measure == Figure.Change && !Has(clause, "增长", "下降")))
        {
            var first = TimeWords.FiveYearPlans.Where(p => p.From <= target.From && target.From <= p.From + 4).Select(p => (int?)p.From).FirstOrDefault()
                ?? (time.PlanYear ?? time.OwnYear + 1 ?? target.From);
            return first < target.From ? Period.Range(first, target.From) : period; // 到2025年…年均增长7%, …新增上市企业10家: the years up to it
        }

        return period;
    }

    private static string MeasureOf(string clause, Unit unit, bool ranked, bool since, Period? period, bool done)
    {
        if (ranked || unit.Kind == "rank" || Has(clause, "排名", "位次", "名次"))
        {
            return Figure.Rank;
        }

        var percent = unit.Kind is "percent" or "points";
        if (!percent && (Has(clause, "累计") || since))
        {
            return Figure.Cumulative;
        }

        var changeWord = LastWord(clause.Replace("增加值", "", StringComparison.Ordinal), ChangeWords);
        if (percent && ShareWords.Any(w => clause.Contains(w, StringComparison.Ordinal)) && !Has(clause, "增长率", "增速"))
        {
            return Figure.Share;
        }

        if (changeWord is not null && (percent || AmountChangeWords.Contains(changeWord)) || unit.Text == "倍" && Has(clause, "是", "为"))
        {
            return Figure.Change;
        }

        if (percent)
        {
            return unit.Kind == "percent" ? Figure.Share : Figure.Change;
        }

        return period is { IsYear: false } && done ? Figure.Cumulative : Figure.Level; // 五年来…新建学校12所: a total over the years
    }

    private static string BaseOf(string clause, Period? period)
    {
        if (Has(clause, "同比", "比上年", "较上年"))
        {
            return "year-on-year";
        }

        if (Has(clause, "年均", "平均"))
        {
            return "annual-average";
        }

        if (Has(clause, "较", "比", "是"))
        {
            return "previous-period";
        }

        return period is null || period.IsYear ? "year-on-year" : "previous-period";
    }

    /// <summary>The word of <paramref name="words"/> that occurs last in <paramref name="text"/> (the longest where two end together).</summary>
    private static string? LastWord(string text, IReadOnlyList<string> words) =>
        words.Select(w => (Word: w, At: text.LastIndexOf(w, StringComparison.Ordinal)))
            .Where(p => p.At >= 0)
            .OrderByDescending(p => p.At + p.Word.Length)
            .ThenByDescending(p => p.Word.Length)
            .Select(p => p.Word)
            .FirstOrDefault();
}
