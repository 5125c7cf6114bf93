using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Core;

/// <summary>
/// The time a figure or an article refers to: one year (2020), a range of years (2016–2020, the
/// 13th five-year plan) or an open range (2023–, "since 2023"). Written in front matter as
/// <c>2020</c>, <c>2016–2020</c> (an ASCII hyphen is accepted too) or <c>2023–</c>.
/// </summary>
internal sealed partial record Period(int From, int? To)
{
    [GeneratedRegex(@"^(?<from>\d{4})(?:\s*(?<dash>[–\-—~])\s*(?<to>\d{4})?)?$")]
    private static partial Regex Pattern();

    public static Period Year(int year) => new(year, year);

    public static Period Range(int from, int to) => new(from, to);

    public bool IsYear => To == From;

    /// <summary>The year the period ends, or its start for an open range: what "newest" sorts by.</summary>
    public int Last => To ?? From;

    /// <summary>Parses <c>2020</c>, <c>2016–2020</c>, <c>2016-2020</c> or <c>2023–</c>; null when the text is none of these or the years are out of order.</summary>
    public static Period? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["dash"].Success)
        {
            return Year(from);
        }

        if (!match.Groups["to"].Success)
        {
            return new Period(from, null);
        }

        var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
        return from < 1900 || to > 2100 || to < from ? null : new Period(from, to);
    }

    /// <summary>The front-matter form: 2020, 2016–2020, 2023–.</summary>
    public override string ToString() =>
        IsYear ? From.ToString(CultureInfo.InvariantCulture)
        : To is { } to ? $"{From.ToString(CultureInfo.InvariantCulture)}–{to.ToString(CultureInfo.InvariantCulture)}"
        : $"{From.ToString(CultureInfo.InvariantCulture)}–";
}
