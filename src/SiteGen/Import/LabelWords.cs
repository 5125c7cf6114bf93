using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The small Chinese word lists that figure labels are trimmed with, and the test of whether a
/// label still says something once those words are set aside.
/// </summary>
internal static partial class LabelWords
{
    /// <summary>Words written right before a number that bound it (超过400亿元, 近600亩; see <see cref="FigureBound"/>), which say nothing about what it measures.</summary>
    public static readonly string[] BoundBefore = [.. FigureBound.WordsBefore];

    /// <summary>Verbs and hedges between what is measured and the number (总投资达到100亿元), the bound words among them.</summary>
    public static readonly string[] TrailingFillers =
        [.. BoundBefore, "达到", "共计", "总计", "合计", "累计", "实现", "完成", "新增", "分别", "达", "为", "是", "共", "至", "的"];

    /// <summary>Words that say how a share changed; for percentages they are what is measured.</summary>
    public static readonly string[] Growth =
        ["同比增长", "同比下降", "年均增长", "增长", "下降", "增加", "减少", "提高", "降低", "压缩", "收窄", "增幅", "降幅", "增速", "逆势", "持续", "同比", "年均", "负增长"];

    /// <summary>Openers that carry nothing about what is measured: 其中, 全年, 预计 ….</summary>
    public static readonly string[] LeadingConnectors =
        ["第一时间", "千方百计", "高质量", "高标准", "进一步", "该项目", "其中", "全年", "今年", "去年", "当年", "同比", "预计", "力争", "确保", "推动", "促进", "加快", "迅速", "大力", "全力", "积极", "办理", "同时", "此外", "另外", "目前", "成功", "实现", "完成", "并", "将", "已", "共", "和"];

    /// <summary>Words that lead from one figure to the next in a clause: 从一季度负增长81.6%收窄到全年负增长11.8%.</summary>
    public static readonly string[] Transitions = ["收窄到", "收窄至", "提高到", "提高至", "提升到", "提升至", "下降到", "下降至", "增长到", "增长至", "降至", "升至", "到", "至"];

    /// <summary>Nouns that end what a count counts: 255个项目|加速布局….</summary>
    public static readonly string[] HeadNouns = ["项目", "企业", "学校", "医院", "中心", "总部", "基地", "园区", "小区", "街道", "平台", "床位", "人口"];

    /// <summary>Labels that are only an action, not a thing: 投放5亿元消费券 says more after the number.</summary>
    public static readonly string[] BareVerbs =
        ["投放", "投入", "发放", "给予", "提供", "落实", "争取", "建成", "建起", "改造", "抢建", "扩容", "开通", "引进", "签约", "直达", "服务", "建设", "新建", "完成", "实现", "达到", "开展", "举办", "承办"];

    /// <summary>Where a noun phrase ends and its predicate starts: 经济总量|位居全国城市前十.</summary>
    public static readonly string[] PredicateStarts =
        ["新开工", "位居", "位列", "稳居", "保持", "达到", "实现", "完成", "好于", "突破", "超过", "增长", "下降", "开工", "建成", "是", "为", "居"];

    /// <summary>Words that end the noun written after a count: 87家定点医院|和32座方舱医院.</summary>
    public static readonly string[] AfterStops =
        ["全面", "全部", "实现", "开工", "建成", "投入", "入选", "下放", "落户", "完成", "达到", "纳入", "启动", "竣工", "签约", "复工", "通过", "正在", "成功",
         "正式", "陆续", "相继", "分别", "获得", "提档", "加速", "强化", "和", "与", "及", "等", "的", "获", "已", "将", "在", "是", "为", "均", "都"];

    [GeneratedRegex(@"\d+[多余]?个?[多余]?(?:小时|天|日|周|个?月|年|季度)(?:内|来|以来)?")]
    private static partial Regex TimeSpan();

    private static readonly string[] NotContent = [.. TrailingFillers, .. Growth, .. LeadingConnectors, .. BoundBefore];

    /// <summary>Han characters left once filler, growth and connector words and time spans (3天, 1个月内) are set aside.</summary>
    public static int ContentLength(string label)
    {
        var rest = TimeSpan().Replace(label, " ");
        foreach (var word in NotContent.OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        }

        return rest.Count(Cjk.IsHan);
    }

    /// <summary>At least two Han characters that name something.</summary>
    public static bool IsMeaningful(string label) => ContentLength(label) >= 2;

    /// <summary>Only growth words (同比增长, 增长): what a bare percentage measures.</summary>
    public static bool IsGrowthOnly(string label) => label.Length >= 2 && Strip(label, [.. Growth, .. LeadingConnectors]).Length == 0;

    /// <summary>Only an action verb, once time spans and openers are set aside (1天建起, 将给予).</summary>
    public static bool IsBareVerb(string label)
    {
        var rest = TimeSpan().Replace(label, "");
        foreach (var connector in LeadingConnectors.Where(c => rest.StartsWith(c, StringComparison.Ordinal) && rest.Length > c.Length))
        {
            rest = rest[connector.Length..];
            break;
        }

        return BareVerbs.Contains(rest);
    }

    /// <summary>Removes words of <paramref name="words"/> from the start of <paramref name="text"/> for as long as one matches.</summary>
    public static string Strip(string text, IReadOnlyList<string> words)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var word in words.OrderByDescending(w => w.Length))
            {
                if (text.StartsWith(word, StringComparison.Ordinal))
                {
                    text = text[word.Length..];
                    changed = true;
                    break;
                }
            }
        }

        return text;
    }
}
