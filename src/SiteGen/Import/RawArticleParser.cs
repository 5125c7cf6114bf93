using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Splits a scraped raw file into records: a line <c>-</c>, a title line <c>【label】title</c>,
/// body lines, a date line <c>yyyy-mm-dd</c>. The site's page chrome (投稿, 联系我们, 企业入驻) is skipped.
/// </summary>
internal static partial class RawArticleParser
{
    [GeneratedRegex(@"^【(?<label>[^】]+)】\s*(?<title>.+)$")]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}$")]
    private static partial Regex DateLine();

    [GeneratedRegex(@"投稿|联系我们|企业入驻")]
    private static partial Regex Chrome();

    public sealed record Result(IReadOnlyList<RawArticle> Articles, IReadOnlyList<Diagnostic> Diagnostics);

    public static Result Parse(string text, string file)
    {
        var lines = TextFile.NormaliseNewlines(text).Split('\n');
        var articles = new List<RawArticle>();
        var diagnostics = new List<Diagnostic>();
        var i = 0;

        // Anything before the first separator must be blank or chrome.
        for (; i < lines.Length && lines[i].Trim() != "-"; i++)
        {
            ReportStray(lines[i], i + 1);
        }

        while (i < lines.Length)
        {
            var recordLine = i + 1;
            i++; // the separator
            var recordEnd = i;
            while (recordEnd < lines.Length && lines[recordEnd].Trim() != "-")
            {
                recordEnd++;
            }

            ParseRecord(recordLine, i, recordEnd);
            i = recordEnd;
        }

        return new Result(articles, diagnostics);

        void ReportStray(string line, int number)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !IsChrome(trimmed))
            {
                diagnostics.Add(Diagnostic.Error(file, number,
                    $"text outside any record: \"{Shorten(trimmed)}\"; start a record with a line \"-\" above it, or delete it"));
            }
        }

        void ParseRecord(int recordLine, int start, int end)
        {
            var k = start;
            while (k < end && lines[k].Trim().Length == 0)
            {
                k++;
            }

            if (k == end)
            {
                return; // an empty record: a stray separator, nothing to lose
            }

            var first = lines[k].Trim();
            var title = TitleLine().Match(first);
            if (!title.Success)
            {
                if (IsChrome(first) && AllChromeOrBlank(k, end))
                {
                    return; // page chrome at the end of the scrape
                }

                diagnostics.Add(Diagnostic.Error(file, k + 1,
                    $"record has no title line; expected \"【<district>招商】<title>\" after the \"-\" on line {recordLine}, found \"{Shorten(first)}\""));
                return;
            }

            var titleLine = k + 1;
            var bodyParts = new List<string>();
            var dateIndex = -1;
            for (k++; k < end; k++)
            {
                var trimmed = lines[k].Trim();
                if (DateLine().IsMatch(trimmed))
                {
                    dateIndex = k;
                    break;
                }

                if (trimmed.Length > 0)
                {
                    bodyParts.Add(trimmed);
                }
            }

            var label = title.Groups["label"].Value.Trim();
            var titleText = title.Groups["title"].Value.Trim();
            if (dateIndex < 0)
            {
                diagnostics.Add(Diagnostic.Error(file, titleLine,
                    $"record \"{Shorten(titleText)}\" has no date line; add a line \"yyyy-mm-dd\" after its body (before line {end + 1})"));
                return;
            }

            var rawDate = lines[dateIndex].Trim();
            if (!TryNormaliseDate(rawDate, out var date))
            {
                diagnostics.Add(Diagnostic.Error(file, dateIndex + 1,
                    $"\"{rawDate}\" is not a valid calendar date; write it as yyyy-mm-dd"));
                return;
            }

            if (bodyParts.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, titleLine,
                    $"record \"{Shorten(titleText)}\" has an empty body; put the article text between the title and the date"));
                return;
            }

            for (var t = dateIndex + 1; t < end; t++)
            {
                ReportStray(lines[t], t + 1);
            }

            articles.Add(new RawArticle(file, label, titleText, string.Join("\n", bodyParts), date, recordLine, titleLine, dateIndex + 1));
        }

        bool AllChromeOrBlank(int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                var trimmed = lines[t].Trim();
                if (trimmed.Length > 0 && !IsChrome(trimmed))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private static bool IsChrome(string line) => line.Length <= 40 && Chrome().IsMatch(line);

    private static bool TryNormaliseDate(string raw, out string date)
    {
        var ok = DateOnly.TryParseExact(raw, ["yyyy-M-d", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        date = ok ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : raw;
        return ok;
    }

    internal static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
