namespace SiteGen.Core;

/// <summary>
/// A unit as Chinese text writes it after a number (data/units.yml): 亿元 is money in CNY with
/// factor 100000000, so 100亿元 normalises to 10000000000 of the base unit named by <see cref="Name"/>.
/// </summary>
/// <param name="Text">The unit exactly as written (亿元, 万人, %).</param>
/// <param name="Kind">One of <see cref="Kinds"/>.</param>
/// <param name="Currency">CNY or USD for money; null otherwise.</param>
/// <param name="Factor">Multiplier from the written value to the base unit.</param>
/// <param name="Name">The base unit's name in each language (元 / CNY, 人 / people).</param>
internal sealed record Unit(string Text, string Kind, string? Currency, decimal Factor, Bilingual Name)
{
    public static readonly string[] Kinds = ["money", "count", "area", "energy", "capacity", "percent", "points", "rank", "other"];

    public static readonly string[] Currencies = ["CNY", "USD"];
}
