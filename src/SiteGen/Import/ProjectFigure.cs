using System.Text.RegularExpressions;

namespace SiteGen.Import;

/// <summary>
/// Whether a figure is one project's (its investment, land, capacity or output), which the importer
/// never files under a district indicator: 总投资100亿元的中创新航武汉基地项目 (the number qualifies a
/// project named after it), 该项目规划产能为20GWh and 京东冷链物流基地项目总投资40亿元 (a project named
/// before the attribute), or a clause that goes on about the project of the clause before (…项目计划总投资
/// 60亿元，规划用地约500亩). A count of projects (签约项目3个，总投资160亿元) is no one project's.
/// </summary>
internal static partial class ProjectFigure
{
    private const string Heads = "项目|基地|工程|产业园|综合体|工厂|生产线";

    /// <summary>The number qualifies a project named after it in its clause: 总投资100亿元的…项目.</summary>
    [GeneratedRegex(@"^的[^，。；：、]{1,40}?(?:" + Heads + ")")]
    private static partial Regex NamedAfter();

    /// <summary>A project named before one of its attributes: 该项目规划产能, …项目总投资, 项目用地, 项目达产后预计年产值.</summary>
    [GeneratedRegex(@"(?:" + Heads + @")(?:[^，。；：\d]{0,6}?)(?:总投资|投资|用地|占地|产能|年产值|产值|年税收|税收|年纳税|纳税|面积|营收)")]
    private static partial Regex NamedBefore();

    /// <summary>Words that open a clause about something else than the project before: an aggregate or a place.</summary>
    private static readonly string[] NewSubject = ["全区", "全市", "共", "累计", "今年", "去年", "全年", "其中"];

    /// <summary>Whether the number at <paramref name="start"/> (its unit and bound end at <paramref name="tailEnd"/>) is a project's.</summary>
    public static bool Is(string sentence, int start, int tailEnd, IReadOnlyList<int> clauseStarts)
    {
        var clauseStart = clauseStarts[^1];
        if (NamedAfter().IsMatch(sentence.AsSpan(tailEnd).ToString()))
        {
            return true;
        }

        if (OneProject(sentence[clauseStart..start]))
        {
            return true;
        }

        // Clauses that go on about the project of a clause before (…项目计划总投资60亿元，规划用地约500亩，建成后预计…), up to a ；.
        for (var k = clauseStarts.Count - 1; k > 0; k--)
        {
            if (NewSubject.Any(w => sentence.AsSpan(clauseStarts[k]).TrimStart().StartsWith(w, StringComparison.Ordinal)) || sentence[clauseStarts[k] - 1] is '；' or ';')
            {
                return false;
            }

            if (OneProject(sentence[clauseStarts[k - 1]..(clauseStarts[k] - 1)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words right before 项目 that make it projects in general, not one named project: 签约项目总投资, 重点项目完成投资.</summary>
    private static readonly string[] Aggregates = ["签约", "开工", "在建", "新建", "续建", "竣工", "投产", "引进", "招引", "入库", "重大", "重点", "产业", "以上", "这些", "各类", "全部", "所有"];

    /// <summary>A project named before its attribute, not projects in general (签约项目总投资1200亿元) nor a count of them (78个重点项目完成投资186亿元).</summary>
    private static bool OneProject(string text) =>
        NamedBefore().Match(text) is { Success: true } m && !text[Math.Max(0, m.Index - 8)..m.Index].Any(char.IsAsciiDigit)
        && !Aggregates.Any(w => text.AsSpan(0, m.Index).EndsWith(w, StringComparison.Ordinal));
}
