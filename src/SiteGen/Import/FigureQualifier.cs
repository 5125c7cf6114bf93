using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Says what a figure is, from its sentence and the part of the article it is in: the period it
/// refers to, its measure (level, change with its base, cumulative, share, rank) and its status
/// (actual, estimate, target, plan). Rules, in order:
/// <list type="bullet">
/// <item>Period: a year written before the number in the sentence (2023年…; 2023年4月以来 → 2023–),
/// a five-year plan named there (“十三五”时期 → 2016–2020; not after 较/比/是, where it is a base),
/// else the section of a government work report (the year reviewed, the five-year plan reviewed, the
/// five-year targets, the coming year's work), else the year the article reports on.</item>
/// <item>Measure: 第N位 and 排名 are ranks; 累计 or 以来 cumulative; a percentage of 占比/比重/比例/…率 a
/// share; growth words (增长, 下降, 提高, 收窄, 净增 …) a change, negative for 下降/下跌/负增长/减少; else a
/// level. A change's base: 同比 year on year, 年均 an annual average, 较/比/是…的 the period before;
/// otherwise year on year for one year, the period before for a range.</item>
/// <item>Status: 预计 estimate; 目标, 力争, 确保, 到2025年 target; 约, 左右 estimate; 规划, 计划, 拟, 将 plan; else the
/// section's (targets for the plan years, plan for the coming year's work), else actual.</item>
/// </list>
/// </summary>
internal static partial class FigureQualifier
{
    private static readonly (string Name, int From)[] FiveYearPlans = [("十一五", 2006), ("十二五", 2011), ("十三五", 2016), ("十四五", 2021), ("十五五", 2026)];

    private static readonly string[] ChangeWords =
        ["负增长", "增长", "下降", "下跌", "提高", "提升", "降低", "减少", "增加", "增幅", "降幅", "增速", "收窄", "压缩", "缩短", "提标", "净增", "翻番", "扩大"];

    private static readonly string[] NegativeWords = ["负增长", "下降", "下跌", "减少", "降低"];

    private static readonly string[] ShareWords = ["占比", "比重", "比例", "占", "率"];

    private static readonly string[] TargetWords = ["目标", "力争", "确保", "争创"];

    private static readonly string[] PlanWords = ["规划", "计划", "拟", "将"];

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})年(?!\d{1,2}月\d{1,2}日在)")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"到((?:19|20)\d{2})年")]
    private static partial Regex ByYear();

    /// <summary>The default period and status of the part of a government work report a sentence is in.</summary>
    internal sealed record Section(Period? Period, string? Status);

    /// <summary>The section a sentence opens, or the current one: a work report moves from the year reviewed to the five years reviewed, to the five-year targets, to the coming year's work.</summary>
    public static Section Next(Section current, string sentence, ArticleTime time)
    {
        if (time.ReviewYear is not { } review || time.PlanYear is not { } plan)
        {
            return current;
        }

        if (Has(sentence, "工作安排", $"{plan}年主要工作", $"{plan}年工作", "主要预期目标", "今年工作"))
        {
            return new Section(Period.Year(plan), Figure.Plan);
        }

        if (Has(sentence, "今后五年", "目标任务", "发展目标", "”时期是") && FiveYearPlanAt(sentence, plan) || Has(sentence, "今后五年"))
        {
            return new Section(Period.Range(plan, plan + 4), Figure.Target);
        }

        if (Has(sentence, "五年来", "这五年", "”时期是", "”时期主要") && !Has(sentence, "今后五年") || Has(sentence, "收官之年"))
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
        FiveYearPlans.Any(p => p.From == from && sentence.Contains(p.Name, StringComparison.Ordinal));

    private static bool Has(string text, params string[] words) => words.Any(w => text.Contains(w, StringComparison.Ordinal));

    /// <summary>What the figure at <paramref name="start"/> (number) … <paramref name="end"/> (unit and hedge) of the sentence is.</summary>
    public static (Period? Period, string Measure, string? Base, string Status, bool Negative) Qualify(
        string sentence, int start, int end, Unit unit, bool ranked, Section section, ArticleTime time)
    {
        var prefix = sentence[..start];
        var clause = prefix[(prefix.LastIndexOfAny(['，', '；', '：', '。']) + 1)..];
        var hedged = sentence[..end].EndsWith("左右", StringComparison.Ordinal); // the unit's hedge ends the figure
        var (period, since) = PeriodOf(prefix, section, time);
        var measure = MeasureOf(clause, prefix, unit, ranked, since);
        var basis = measure == Figure.Change ? BaseOf(clause, period) : null;
        var negative = measure == Figure.Change && LastWord(clause, ChangeWords) is { } last && NegativeWords.Contains(last);
        return (period, measure, basis, StatusOf(prefix, clause, hedged, section, time), negative);
    }

    private static (Period? Period, bool Since) PeriodOf(string prefix, Section section, ArticleTime time)
    {
        var year = YearWord().Matches(prefix).LastOrDefault();
        var plan = FiveYearPlans
            .Select(p => (p.From, At: prefix.LastIndexOf(p.Name, StringComparison.Ordinal)))
            .Where(p => p.At >= 0 && !IsBase(prefix, p.At))
            .OrderByDescending(p => p.At)
            .FirstOrDefault();
        if (year is not null && (plan.From == 0 || year.Index > plan.At))
        {
            var from = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            var since = prefix[year.Index..].Contains("以来", StringComparison.Ordinal);
            return (since ? new Period(from, null) : Period.Year(from), since);
        }

        if (plan.From > 0)
        {
            return (Period.Range(plan.From, plan.From + 4), false);
        }

        return (section.Period ?? time.Reported, false);
    }

    /// <summary>较“十二五”, 比“十二五”期末, 是“十二五”期末的: the plan is what the number is compared with.</summary>
    private static bool IsBase(string prefix, int at)
    {
        var before = prefix[Math.Max(0, at - 3)..at];
        return before.Contains('较') || before.Contains('比') || before.Contains('是');
    }

    private static string MeasureOf(string clause, string prefix, Unit unit, bool ranked, bool since)
    {
        if (ranked || unit.Kind == "rank" || Has(clause, "排名", "位次", "名次"))
        {
            return Figure.Rank;
        }

        if (Has(clause, "累计") || since)
        {
            return Figure.Cumulative;
        }

        var percent = unit.Kind is "percent" or "points";
        var changeWord = LastWord(clause.Replace("增加值", "", StringComparison.Ordinal), ChangeWords);
        if (percent && ShareWords.Any(w => clause.Contains(w, StringComparison.Ordinal)) && !Has(clause, "增长率", "增速"))
        {
            return Figure.Share;
        }

        if (changeWord is not null && (percent || changeWord is "净增" or "增加" or "减少" or "翻番") || unit.Text == "倍" && Has(clause, "是", "为"))
        {
            return Figure.Change;
        }

        return percent && unit.Kind == "percent" ? Figure.Share : percent ? Figure.Change : Figure.Level;
    }

    private static string BaseOf(string clause, Period? period)
    {
        if (Has(clause, "同比", "比上年", "较上年"))
        {
            return "year-on-year";
        }

        if (Has(clause, "年均"))
        {
            return "annual-average";
        }

        if (Has(clause, "较", "比", "是"))
        {
            return "previous-period";
        }

        return period is null || period.IsYear ? "year-on-year" : "previous-period";
    }

    private static string StatusOf(string prefix, string clause, bool hedged, Section section, ArticleTime time)
    {
        if (Has(prefix, "预计"))
        {
            return Figure.Estimate;
        }

        var reported = time.ReviewYear ?? time.Reported?.Last;
        if (Has(prefix, TargetWords) || ByYear().Match(prefix) is { Success: true } by && (reported is null || int.Parse(by.Groups[1].Value, CultureInfo.InvariantCulture) > reported))
        {
            return Figure.Target;
        }

        if (clause.EndsWith('约') || clause.EndsWith("大约", StringComparison.Ordinal) || hedged)
        {
            return Figure.Estimate;
        }

        if (PlanWords.Any(w => clause.Contains(w, StringComparison.Ordinal) && !clause.Contains(w + "目标", StringComparison.Ordinal)))
        {
            return Figure.Plan;
        }

        return section.Status ?? Figure.Actual;
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
