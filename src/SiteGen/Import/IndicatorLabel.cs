using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Files a label under a data/indicators.yml indicator when it ends with one of the indicator's
/// label words (growth and filler words may follow: 地区生产总值增长, 总投资超), and trims the label
/// to those words: 武汉汉南区成功引入总投资 → 总投资; a 累计 (cumulative) before them is kept.
/// </summary>
internal static class IndicatorLabel
{
    public static (string Label, string? Indicator) Apply(string label, IndicatorRegistry indicators)
    {
        if (Find(label, indicators) is not (var at, var indicator))
        {
            return (label, null);
        }

        var cumulative = label[..at].Contains("累计", StringComparison.Ordinal) ? "累计" : "";
        return (cumulative + label[at..], indicator.Key);
    }

    /// <summary>The indicator whose label ends this label, up to growth and filler words (地区生产总值增长 → gdp).</summary>
    public static (int At, Indicator Indicator)? Find(string label, IndicatorRegistry indicators) =>
        Match(label, indicators) is var (at, indicator, _) ? (at, indicator) : null;

    /// <summary>The indicator's own words in the label (城镇新增就业 in 城镇新增就业): words of its name, not of the sentence (新增 there is no change).</summary>
    public static string? Words(string label, IndicatorRegistry indicators) => Match(label, indicators)?.Words;

    private static (int At, Indicator Indicator, string Words)? Match(string label, IndicatorRegistry indicators)
    {
        foreach (var (words, indicator) in indicators.ByLabel)
        {
            var at = label.LastIndexOf(words, StringComparison.Ordinal);
            if (at >= 0 && LabelWords.Strip(label[(at + words.Length)..], [.. LabelWords.Growth, .. LabelWords.TrailingFillers]).Length == 0)
            {
                return (at, indicator, words);
            }
        }

        return null;
    }
}
