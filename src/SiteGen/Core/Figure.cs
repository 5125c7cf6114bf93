namespace SiteGen.Core;

/// <summary>
/// A quantity stated in an article: the number as written with its unit from data/units.yml,
/// the value in the unit's base (<c>100 亿元</c> → 10000000000 CNY), what it measures, the time it
/// refers to, what kind of number it is, how firm it is, the bound the text puts on it (超过, 约 …),
/// the place it is about when that is not the article's district, and the project it belongs to.
/// Language-neutral: it lives once, in the zh source's front matter.
/// </summary>
/// <param name="Value">The number as written (1.7 for 1.7万人); a decline (下降4.7%) is negative.</param>
/// <param name="Unit">The unit as written, a key of data/units.yml (万人).</param>
/// <param name="Normalized">Value × the unit's factor (17000).</param>
/// <param name="Label">What the number measures, in the article's words; may be empty.</param>
/// <param name="Bound">How the text bounds the number, one of <see cref="Bounds"/> (超过 → over, 约 → about …); null when it states the number as it is.</param>
/// <param name="Period">The year or years the number refers to, if known.</param>
/// <param name="Measure">What kind of number it is: one of <see cref="Measures"/>.</param>
/// <param name="Base">For a change: what it is measured against, one of <see cref="Bases"/>.</param>
/// <param name="Status">How firm it is: one of <see cref="Statuses"/>.</param>
/// <param name="Indicator">The data/indicators.yml key the label names, if any.</param>
/// <param name="Sentence">The sentence the number came from.</param>
/// <param name="Line">The front-matter line of the figure (0 when it was not read from a file).</param>
internal sealed record Figure(
    decimal Value,
    string Unit,
    decimal Normalized,
    string Label,
    string? Bound,
    Period? Period,
    string Measure,
    string? Base,
    string Status,
    string? Indicator,
    string Sentence,
    int Line = 0)
{
    public const string Level = "level";
    public const string Change = "change";
    public const string Cumulative = "cumulative";
    public const string Share = "share";
    public const string Rank = "rank";

    /// <summary>level: an amount for the period; change: a growth rate or increase; cumulative: a total over the period; share: a part of a whole; rank: a place in a ranking.</summary>
    public static readonly string[] Measures = [Level, Change, Cumulative, Share, Rank];

    /// <summary>What a change is measured against: the same period a year before, the period before, or a yearly average over the period.</summary>
    public static readonly string[] Bases = ["year-on-year", "previous-period", "annual-average"];

    public const string Actual = "actual";
    public const string Estimate = "estimate";
    public const string Target = "target";
    public const string Plan = "plan";

    /// <summary>actual: reported as done; estimate: 预计, 预期, 估计; target: 目标, 力争, 到2025年; plan: 规划, 计划, 拟. (约 is a bound: <see cref="About"/>.)</summary>
    public static readonly string[] Statuses = [Actual, Estimate, Target, Plan];

    /// <summary>A district key of data/districts.yml when the figure is about another place than its article's district (武汉经开区 in a Hannan article); null for the article's own.</summary>
    public string? Place { get; init; }

    /// <summary>The id of a project of the article whose figure this is (its investment, capacity, land): shown with the project, never as a district indicator.</summary>
    public string? Project { get; init; }

    public const string About = "about";
    public const string Nearly = "nearly";
    public const string Over = "over";
    public const string AtLeast = "at_least";
    public const string UpTo = "up_to";
    public const string Under = "under";

    /// <summary>
    /// about: 约, 左右, 上下; nearly: 近, 接近, 将近; over: 超过, 突破, 超, 逾, 以上, 余, 多; at_least: 不少于, 不低于, 至少;
    /// up_to: 最高, 不超过, 至多, 以内; under: 以下, 不足, 低于. No bound: the number as stated.
    /// </summary>
    public static readonly string[] Bounds = [About, Nearly, Over, AtLeast, UpTo, Under];

    /// <summary>The largest normalised quantity accepted (10^20): far above any real one, and any sum of figures fits a decimal.</summary>
    public const decimal MaxValue = 100_000_000_000_000_000_000m;
}
