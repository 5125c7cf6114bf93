namespace SiteGen.Core;

/// <summary>
/// A quantity stated in an article: the number as written with its unit from data/units.yml,
/// the value in the unit's base (<c>100 亿元</c> → 10000000000 CNY), and what it measures.
/// Language-neutral: it lives once, in the zh source's front matter.
/// </summary>
/// <param name="Value">The number as written (1.7 for 1.7万人).</param>
/// <param name="Unit">The unit as written, a key of data/units.yml (万人).</param>
/// <param name="Normalized">Value × the unit's factor (17000).</param>
/// <param name="Label">What the number measures, in the article's words; may be empty.</param>
/// <param name="Approx">The text hedges the number (超过, 近, 约, 余, 多, 以上 …).</param>
/// <param name="Year">The year the sentence ties the number to, if it names one.</param>
/// <param name="Indicator">The data/indicators.yml key the label names, if any.</param>
/// <param name="Sentence">The sentence the number came from.</param>
internal sealed record Figure(
    decimal Value,
    string Unit,
    decimal Normalized,
    string Label,
    bool Approx,
    int? Year,
    string? Indicator,
    string Sentence)
{
    /// <summary>The largest normalised quantity accepted (10^20): far above any real one, and any sum of figures fits a decimal.</summary>
    public const decimal MaxValue = 100_000_000_000_000_000_000m;

    /// <summary>Unit kinds whose quantities cannot be negative (a growth rate or a difference can).</summary>
    public static readonly string[] NonNegativeKinds = ["money", "count", "area", "energy", "capacity"];
}
