namespace SiteGen.Core;

/// <summary>
/// A headline indicator (data/indicators.yml) such as GDP or fixed-asset investment, and the
/// Chinese label words that name it in article text; what it measures, in which unit, and what a
/// reader should know before comparing its figures (shown on its page).
/// </summary>
internal sealed record Indicator(string Key, Bilingual Name, IReadOnlyList<string> Labels, int Order)
{
    /// <summary>What the indicator measures, as a statistics office defines it.</summary>
    public Bilingual Definition { get; init; } = new("", "");

    /// <summary>The unit its figures are given in (and its growth rates), as readers should read it; null when not given.</summary>
    public Bilingual? Unit { get; init; }

    /// <summary>What to know before comparing its figures (coverage, revisions, overlaps); null when nothing.</summary>
    public Bilingual? Caveats { get; init; }
}
