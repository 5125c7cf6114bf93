namespace SiteGen.Core;

/// <summary>
/// A headline indicator (data/indicators.yml) such as GDP or fixed-asset investment, and the
/// Chinese label words that name it in article text.
/// </summary>
internal sealed record Indicator(string Key, Bilingual Name, IReadOnlyList<string> Labels, int Order);
