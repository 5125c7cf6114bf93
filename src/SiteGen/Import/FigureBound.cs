using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The bound the text puts on a number (<see cref="Figure.Bounds"/>), from the words right before it
/// (约, 近, 超过, 突破, 不少于, 最高, 不足 …) or right after it (余 and 多 between the number and its unit,
/// as in 40余亿元 and 1万多家; 以上, 左右, 以内, 以下 after the unit), and whether the number only names a
/// class of things (10亿元以上项目, 不足1亿元的项目), which is no figure.
/// </summary>
internal static class FigureBound
{
    /// <summary>Words before a number, longest first, with their bound.</summary>
    private static readonly (string Word, string Bound)[] Before =
    [
        ("最高不超过", Figure.UpTo), ("不超过", Figure.UpTo), ("不高于", Figure.UpTo), ("最高", Figure.UpTo), ("最多", Figure.UpTo), ("至多", Figure.UpTo),
        ("不少于", Figure.AtLeast), ("不低于", Figure.AtLeast), ("至少", Figure.AtLeast), ("最少", Figure.AtLeast),
        ("超过", Figure.Over), ("突破", Figure.Over), ("超出", Figure.Over), ("多于", Figure.Over), ("高于", Figure.Over), ("逾", Figure.Over), ("超", Figure.Over),
        ("将近", Figure.Nearly), ("接近", Figure.Nearly), ("近", Figure.Nearly),
        ("大约", Figure.About), ("约为", Figure.About), ("约", Figure.About),
        ("不足", Figure.Under), ("不到", Figure.Under), ("低于", Figure.Under), ("少于", Figure.Under),
    ];

    /// <summary>The words written before a number that bound it (<see cref="LabelWords"/> trims them off labels).</summary>
    public static IEnumerable<string> WordsBefore => Before.Select(b => b.Word);

    /// <summary>Words after the unit, longest first, with their bound.</summary>
    private static readonly (string Word, string Bound)[] After =
    [
        ("及以上", Figure.Over), ("以上", Figure.Over), ("有余", Figure.Over), ("余", Figure.Over), ("多", Figure.Over),
        ("左右", Figure.About), ("上下", Figure.About),
        ("以内", Figure.UpTo), ("之内", Figure.UpTo),
        ("以下", Figure.Under),
    ];

    /// <summary>Words that end in a bound word but are something else: 最近, 附近, 签约, 节约, 上下游.</summary>
    private static readonly string[] NotBefore = ["最近", "附近", "靠近", "邻近", "就近", "签约", "节约", "制约", "合约", "协约", "履约", "特约", "公约", "条约", "相约", "预约"];

    /// <summary>What may follow 以上/以下 when the number names a class of things: 10亿元以上项目, 亿元以上重大项目.</summary>
    private static readonly string[] ClassNouns = ["项目", "企业", "工业", "产业", "重大", "重点", "规模", "大项目", "外资", "内资", "总部", "高新", "的项目", "的企业"];

    /// <summary>The bound before the number at <paramref name="start"/>: the word written right before it (a 了 may come between: 超过了).</summary>
    public static string? BeforeNumber(string sentence, int start)
    {
        var prefix = sentence[..start];
        if (prefix.EndsWith('了'))
        {
            prefix = prefix[..^1];
        }

        foreach (var (word, bound) in Before)
        {
            if (prefix.EndsWith(word, StringComparison.Ordinal) && !NotBefore.Any(w => w.EndsWith(word, StringComparison.Ordinal) && w.Length > word.Length && prefix.EndsWith(w, StringComparison.Ordinal)))
            {
                return bound;
            }
        }

        return null;
    }

    /// <summary>The bound word written at <paramref name="at"/> (right after the unit), and its length; (null, 0) when there is none.</summary>
    public static (string? Bound, int Length) AfterUnit(string sentence, int at)
    {
        foreach (var (word, bound) in After)
        {
            if (At(sentence, at, word) && !(word == "上下" && At(sentence, at + 2, "游")) && !(word == "多" && At(sentence, at + 1, "元")))
            {
                return (bound, word.Length);
            }
        }

        return (null, 0);
    }

    /// <summary>
    /// The number only names a class of things: 10亿元以上项目15个 (以上 or 以下 right before a noun of projects or firms),
    /// 投资额不足1亿元的项目, 超过1亿美元的项目 (a bound word before and 的项目 after).
    /// </summary>
    public static bool NamesAClass(string sentence, int start, int unitEnd, int tailEnd)
    {
        var after = sentence.AsSpan(unitEnd, tailEnd - unitEnd);
        if (after is "以上" or "以下" or "及以上" && ClassNouns.Any(n => At(sentence, tailEnd, n)))
        {
            return true;
        }

        return tailEnd == unitEnd && BeforeNumber(sentence, start) is Figure.Over or Figure.Under && (At(sentence, unitEnd, "的项目") || At(sentence, unitEnd, "的企业"));
    }

    private static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
