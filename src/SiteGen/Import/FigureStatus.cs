using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// How firm a figure is, from the words of its sentence and their reach. A status word covers the
/// figure in its own clause and every figure in the clauses after it, to the end of the sentence:
/// 预计全年实现地区生产总值700亿元，…；固定资产投资438亿元 are both estimates (a target or plan word reaches
/// past a ； only as a list's heading: 主要预期目标是：…；…). The nearest word before the
/// figure wins; the chain ends where a clause says the thing is done (已, 实际完成, 截至, a clause opening
/// with 去年 or an earlier year) or names a new project with its own numbers (京东…项目总投资40亿元).
/// Words: estimate 预计, 预期, 有望, and what a project will do once it runs (达产后, 建成后); target 目标,
/// 力争, 确保, 到2025年 (a later year); plan 计划, 规划, 拟, 将. 实际 in an indicator's name (实际到位资金,
/// 实际利用外资) is no status, nor is a plan or target that is a noun (新千亿计划，; 完成全年目标的76%).
/// Without a word: the report section's status, a target for later years (“十四五”时期…), a plan for a later year,
/// else actual.
/// </summary>
internal static partial class FigureStatus
{
    /// <summary>Words that make figures after them estimates of what a project will do once running: these have no period.</summary>
    internal static readonly string[] Running = ["全面投产后", "达产后", "投产后", "建成后", "满产后", "达效后", "运营后"];

    private static readonly string[] EstimateWords = ["预计", "预期", "有望", "可望", "估计"];

    private static readonly string[] TargetWords = ["目标", "力争", "确保", "争创", "努力实现", "奋力实现"];

    private static readonly string[] PlanWords = ["计划", "规划", "拟", "即将", "将"];

    private static readonly string[] DoneWords = ["已经", "已", "实际完成", "实际实现", "实际达到", "截至", "截止"];

    /// <summary>What follows 将 when it is 把 (将审批时间压缩至1天), not "will".</summary>
    private static readonly string[] BaVerbs = ["纳入", "压缩", "提高到", "提高至", "提升到", "提升至", "降至", "降低到", "控制在", "调整为", "打造成", "列为", "作为", "改造为", "列入"];

    /// <summary>A project named with its own numbers: a new subject that ends a chain (京东冷链物流基地项目总投资40亿元).</summary>
    [GeneratedRegex(@"(?<!该)(?<!^)(?:项目|基地|工程|产业园|综合体|工厂)(?:计划|规划|一期|二期)?(?:总投资|投资|用地|占地|产能|建筑面积)")]
    private static partial Regex NamedProject();

    /// <summary>The status of the figure at <paramref name="start"/>, and whether it is an estimate of a project once running (which has no period).</summary>
    public static (string Status, bool Running) Of(string sentence, int start, IReadOnlyList<int> clauseStarts, IReadOnlyList<TimeWords.Mention> mentions,
        FigureQualifier.Section section, ArticleTime time, Period? period)
    {
        var reference = time.ReviewYear ?? time.OwnYear;
        var past = time.PastYear;
        var crossed = false;
        for (var k = clauseStarts.Count - 1; k >= 0; k--)
        {
            var from = clauseStarts[k];
            var to = k == clauseStarts.Count - 1 ? start : clauseStarts[k + 1] - 1;
            var clause = sentence[from..to];
            var heading = to < sentence.Length && sentence[to] is '：' or ':';
            if (Marker(clause, from, mentions, reference, past) is { } found && (!crossed || found.Item1 is Figure.Estimate or Figure.Actual || heading))
            {
                return found; // past a ；, only an estimate's chain or a list's heading (主要预期目标是：) still reaches the figure
            }

            if (NamedProject().IsMatch(clause.TrimStart('其', '中', '，')))
            {
                break; // a new project with its own numbers: earlier words are about something else
            }

            crossed |= from > 0 && sentence[from - 1] is '；' or ';';
        }

        // A year to reach that is the topic of the sentence (到2025年，…；…) makes its figures targets.
        if (mentions.Any(m => m.Kind == TimeWords.Kind.By && m.End <= start && (reference is null || m.Period.From > reference) && Clauses.IsTopic(sentence, m, Clauses.StartOf(clauseStarts, m.At))))
        {
            return (Figure.Target, false);
        }

        // A later period: the years of a coming five-year plan are its targets (“十四五”时期…), a coming year's work a plan.
        var later = period is not null && reference is { } r && period.From > r;
        return (section.Status ?? (!later ? Figure.Actual : period!.IsYear ? Figure.Plan : Figure.Target), false);
    }

    /// <summary>The status word of a clause nearest its end, if any.</summary>
    private static (string, bool)? Marker(string clause, int offset, IReadOnlyList<TimeWords.Mention> mentions, int? reference, int? past)
    {
        (int At, string Status, bool Running)? best = null;
        void Consider(int at, string status, bool running = false)
        {
            if (at >= 0 && (best is null || at >= best.Value.At))
            {
                best = (at, status, running);
            }
        }

        foreach (var word in Running)
        {
            Consider(clause.LastIndexOf(word, StringComparison.Ordinal), Figure.Estimate, running: true);
        }

        foreach (var (word, at) in Occurrences(clause, EstimateWords).Where(p => !(p.Word == "预期" && (At(clause, p.At + 2, "目标") || p.At > 0 && clause[p.At - 1] is '于' or '超' or '及' or '乎'))))
        {
            Consider(at, Figure.Estimate, running: Running.Any(r => clause.LastIndexOf(r, at, StringComparison.Ordinal) >= 0)); // 达产后预计
        }

        foreach (var (word, at) in Occurrences(clause, TargetWords).Where(p => p.Word != "目标" || IsTargetNoun(clause, p.At)))
        {
            Consider(at, Figure.Target);
        }

        foreach (var (word, at) in Occurrences(clause, ["争取"]).Where(p => FollowedByVerb(clause, p.At + 2)))
        {
            Consider(at, Figure.Target);
        }

        foreach (var (word, at) in Occurrences(clause, PlanWords).Where(p => IsPlanWord(clause, p.Word, p.At)))
        {
            Consider(at, Figure.Plan);
        }

        foreach (var (word, at) in Occurrences(clause, DoneWords).Where(p => !(p.Word == "已" && At(clause, p.At - 1, "而"))))
        {
            Consider(at, Figure.Actual);
        }

        foreach (var mention in mentions.Where(m => m.At >= offset && m.End <= offset + clause.Length))
        {
            if (mention.Kind == TimeWords.Kind.By && (reference is null || mention.Period.From > reference))
            {
                if (best is null)
                {
                    Consider(mention.At - offset, Figure.Target); // 到2025年: a target, unless a word says otherwise (预计到2025年…)
                }
            }
            else if (mention.At - offset <= 1 && past is { } done && mention.Period.Last <= done)
            {
                Consider(mention.At - offset, Figure.Actual); // a clause opening with 去年 or an earlier year is done
            }
        }

        return best is { } b ? (b.Status, b.Running) : null;
    }

    /// <summary>目标 as a target (主要目标是：, 目标为), not a noun counted against (完成全年目标的76%, 目标任务基本完成).</summary>
    private static bool IsTargetNoun(string clause, int at) =>
        !At(clause, at + 2, "的") && !At(clause, at + 2, "任务") && !At(clause, at + 2, "基本") && !At(clause, at + 2, "完成")
        && !clause[..at].Contains("完成", StringComparison.Ordinal) && !clause[..at].Contains("实现", StringComparison.Ordinal);

    /// <summary>计划, 规划, 将 as "plan to" or "will": not a noun (新千亿计划，; 年度计划的55%; “十四五”规划目标), not 将近, not 将 as 把.</summary>
    private static bool IsPlanWord(string clause, string word, int at)
    {
        var after = at + word.Length;
        if (after >= clause.Length || !Cjk.IsHan(clause[after]))
        {
            return false;
        }

        return word switch
        {
            "将" => !At(clause, after, "近") && !At(clause, at - 1, "即") && !BaVerbs.Any(v => clause.IndexOf(v, after, StringComparison.Ordinal) >= 0),
            "计划" or "规划" => !At(clause, after, "的") && !At(clause, after, "目标") && !At(clause, after, "纲要") && !At(clause, after, "建议") && !At(clause, after, "中")
                && !At(clause, after, "期") && !At(clause, after, "内") && !At(clause, after, "单列"),
            _ => true,
        };
    }

    /// <summary>争取 as "strive to" (争取全年实现…), not "obtain" (争取纾困资金40余亿元).</summary>
    private static bool FollowedByVerb(string clause, int at) =>
        new[] { "全年", "年内", "今年", "明年", "到", "在", "实现", "达到", "突破", "完成", "新增", "引进", "签约", "开工", "建成" }.Any(w => At(clause, at, w));

    private static IEnumerable<(string Word, int At)> Occurrences(string text, IReadOnlyList<string> words)
    {
        foreach (var word in words.OrderByDescending(w => w.Length))
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal))
            {
                yield return (word, i);
            }
        }
    }

    private static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
