using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// What an article's own words say about the time it reports on. A government work report
/// (政府工作报告) is delivered at the turn of the year (2020年12月28日 or 2021年1月29日): it reviews the
/// year before its session (2020) and the five-year plan that ends then (2016–2020), and sets targets
/// for the year after (2021) and the next five-year plan (2021–2025). Any other article reports on the
/// year its title or opening sentence names (2022年，武汉市公布了…), or on no stated time.
/// </summary>
internal sealed partial record ArticleTime(Period? Reported, int? ReviewYear, int? PlanYear)
{
    public static readonly ArticleTime None = new(null, null, null);

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在[^。]{0,60}(?:会议|大会)上")]
    private static partial Regex Delivered();

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^(?:在|于)?((?:19|20)\d{2})年[，,]")]
    private static partial Regex OpeningYear();

    /// <summary>The time of an article from its title and plain text.</summary>
    public static ArticleTime Of(string title, string text)
    {
        var opening = text.Length > 300 ? text[..300] : text;
        if (title.Contains("政府工作报告", StringComparison.Ordinal) && Delivered().Match(opening) is { Success: true } delivered)
        {
            var year = int.Parse(delivered.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(delivered.Groups[2].Value, CultureInfo.InvariantCulture);
            var review = month >= 10 ? year : year - 1;
            return new ArticleTime(Period.Year(review), review, review + 1);
        }

        if (YearWord().Match(title) is { Success: true } titled)
        {
            return new ArticleTime(Period.Year(int.Parse(titled.Groups[1].Value, CultureInfo.InvariantCulture)), null, null);
        }

        var first = Sentences.Split(opening).FirstOrDefault() ?? "";
        return OpeningYear().Match(first) is { Success: true } year1
            ? new ArticleTime(Period.Year(int.Parse(year1.Groups[1].Value, CultureInfo.InvariantCulture)), null, null)
            : None;
    }
}
