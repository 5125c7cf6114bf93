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
/// <param name="Reported">The period the article reports on, where its title or text says so.</param>
/// <param name="ReviewYear">A work report: the year it reviews.</param>
/// <param name="PlanYear">A work report: the year whose work it plans.</param>
internal sealed partial record ArticleTime(Period? Reported, int? ReviewYear, int? PlanYear)
{
    public static readonly ArticleTime None = new(null, null, null);

    /// <summary>The day the text says the original was given (2020年12月28日在…会议上), if it says so.</summary>
    public DateOnly? OriginalDate { get; init; }

    /// <summary>
    /// The year the article was written in, which 今年, 去年 and 明年 count from: the year it was given, else the year its
    /// title or opening states, else the year the source listed it.
    /// </summary>
    public int? OwnYear { get; init; }

    /// <summary>The year the report's past tense ends at: the year a work report reviews, else the year before the article's own.</summary>
    public int? PastYear => ReviewYear ?? OwnYear - 1;

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日在[^。]{0,60}(?:会议|大会)上")]
    private static partial Regex Delivered();

    [GeneratedRegex(@"(?<![\d.])((?:19|20)\d{2})年")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"^(?:在|于)?((?:19|20)\d{2})年[，,]")]
    private static partial Regex OpeningYear();

    /// <summary>The time of an article from its title and plain text; <paramref name="listed"/> is the day the source listed it.</summary>
    public static ArticleTime Of(string title, string text, DateOnly? listed = null)
    {
        var opening = text.Length > 300 ? text[..300] : text;
        var given = Delivered().Match(opening) is { Success: true } d && DateOnly.TryParseExact(
            $"{d.Groups[1].Value}-{int.Parse(d.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(d.Groups[3].Value, CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var titleYear = YearWord().Match(title) is { Success: true } titled ? Year(titled) : (int?)null;
        if (title.Contains("政府工作报告", StringComparison.Ordinal) && (given is not null || titleYear is not null))
        {
            // Delivered in the autumn or winter of a year, a report reviews that year; early in a year, the one before.
            // A title's year is the year of the session (2021年汉阳区政府工作报告 was given on 28 December 2020): the year it plans.
            var review = given is { } on ? (on.Month >= 10 ? on.Year : on.Year - 1) : titleYear!.Value - 1;
            return new ArticleTime(Period.Year(review), review, review + 1) { OriginalDate = given, OwnYear = given?.Year ?? review + 1 };
        }

        var first = Sentences.Split(opening).FirstOrDefault() ?? "";
        var stated = titleYear ?? (OpeningYear().Match(first) is { Success: true } year1 ? Year(year1) : null);
        return new ArticleTime(stated is { } y ? Period.Year(y) : null, null, null)
        {
            OriginalDate = given,
            OwnYear = given?.Year ?? stated ?? (WrittenBefore(text, listed) ? null : listed?.Year),
        };
    }

    /// <summary>
    /// The text was written well before the source listed it: the latest year it tells of (not one it looks ahead to:
    /// 到2025年, 2024年及以后) is two or more years before the listing. Its 今年 is then not the listing's year.
    /// </summary>
    private static bool WrittenBefore(string text, DateOnly? listed)
    {
        var latest = YearWord().Matches(text)
            .Where(m => !(m.Index > 0 && text[m.Index - 1] is '到' or '至') && !Ahead(text, m.Index + m.Length))
            .Select(Year)
            .DefaultIfEmpty(0)
            .Max();
        return listed is { } on && latest > 0 && latest < on.Year - 1;
    }

    private static bool Ahead(string text, int at) =>
        text.AsSpan(at).StartsWith("及以后", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("以后", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("起", StringComparison.Ordinal);

    private static int Year(Match match) => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
}
