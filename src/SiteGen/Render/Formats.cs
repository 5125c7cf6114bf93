using System.Globalization;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Dates and numbers the way each language's readers write them: zh 2025年7月7日, 100亿元, 7.9亿美元;
/// en July 7, 2025 (en-US) or 7 July 2025 (en-GB), CNY 10 billion, US$790 million. Culture-free, so output
/// never depends on the machine.
/// </summary>
internal static class Formats
{
    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>
    /// A date as the page's readers write it: zh 2025年7月7日; in English, month first for en-US
    /// (July 7, 2025), day first for en-GB or when site.yml names no variety (7 July 2025).
    /// </summary>
    public static string Date(DateOnly date, Lang lang, string? english) =>
        lang == Lang.Zh ? $"{date.Year}年{date.Month}月{date.Day}日"
        : english == "en-US" ? $"{EnglishMonths[date.Month - 1]} {date.Day}, {date.Year}"
        : $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}";

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A money amount in yuan (CNY) or dollars (USD), scaled to the language's units.</summary>
    public static string Money(decimal amount, string currency, Lang lang)
    {
        var usd = currency == "USD";
        if (lang == Lang.Zh)
        {
            var (scaled, unit) = Math.Abs(amount) switch
            {
                >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, "万亿"),
                >= 100_000_000m => (amount / 100_000_000m, "亿"),
                >= 10_000m => (amount / 10_000m, "万"),
                _ => (amount, ""),
            };
            return Plain(scaled, unit.Length == 0 ? 0 : 4) + unit + (usd ? "美元" : "元");
        }

        var (value, word) = Math.Abs(amount) switch
        {
            >= 1_000_000_000_000m => (amount / 1_000_000_000_000m, " trillion"),
            >= 1_000_000_000m => (amount / 1_000_000_000m, " billion"),
            >= 1_000_000m => (amount / 1_000_000m, " million"),
            _ => (amount, ""),
        };
        var number = Grouped(value, word.Length == 0 ? 0 : 3);
        return usd ? $"US${number}{word}" : $"CNY {number}{word}";
    }

    /// <summary>A count or measure: thousands separators in en, 万/亿 in zh for large counts.</summary>
    public static string Count(decimal value, Lang lang)
    {
        if (lang == Lang.Zh)
        {
            return Math.Abs(value) switch
            {
                >= 100_000_000m => Plain(value / 100_000_000m, 4) + "亿",
                >= 10_000m => Plain(value / 10_000m, 4) + "万",
                _ => Plain(value, 4),
            };
        }

        return Grouped(value, 4);
    }

    public static string Percent(decimal value) => Plain(value, 2) + "%";

    /// <summary>A figure's number from an article, without its bound: zh as written (100亿元, 1.7万人, 25%); en in English notation (CNY 10 billion, 17,000 people).</summary>
    public static string Figure(Core.Figure figure, Core.Unit unit, Lang lang) =>
        lang == Lang.Zh
            ? Plain(figure.Value, 4) + unit.Text
            : unit.Kind switch
            {
                "money" => Money(figure.Normalized, unit.Currency ?? "CNY", Lang.En),
                "percent" => Percent(figure.Value),
                "points" => Plain(figure.Value, 2) + " percentage points",
                _ => Grouped(figure.Normalized, 4) + " " + unit.Name.En,
            };

    /// <summary>Invariant digits, at most <paramref name="decimals"/> decimals, no trailing zeros.</summary>
    public static string Plain(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("0.############", CultureInfo.InvariantCulture);

    public static string Grouped(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0.############", CultureInfo.InvariantCulture);
}
