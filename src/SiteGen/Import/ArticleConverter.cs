using System.Text;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>Raw record → <see cref="ImportedArticle"/>: typography, Markdown body, lead, topics, figures.</summary>
internal static class ArticleConverter
{
    private const int SummaryTarget = 60;
    private const int SummaryMax = 140;

    public static ImportedArticle Convert(RawArticle raw, District district, ImportRegistries registries, string slug, string rawFile)
    {
        var title = ChineseTypography.FullWidthPunctuation(raw.Title);
        var body = ChineseTypography.FullWidthPunctuation(raw.Body);
        var markdown = MarkdownBody.Convert(body);
        var plain = MarkdownBody.PlainText(markdown);
        var listed = DateOnly.ParseExact(raw.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var time = ArticleTime.Of(title, plain, listed);
        return new ImportedArticle(
            slug,
            title,
            raw.Date,
            time.OriginalDate is { } given && given <= listed ? given : null,
            time.Reported,
            district.Key,
            raw.Label,
            Lead(body),
            MatchTopics(title, body, registries.Topics),
            rawFile,
            raw.TitleLine,
            FigureExtractor.Extract(plain, registries.Units, registries.Indicators, time, new FigurePlace(registries.Districts, district.Key)),
            markdown);
    }

    /// <summary>The first sentences of the body, about 60–140 characters, cut at a sentence end.</summary>
    internal static string Lead(string body)
    {
        var sb = new StringBuilder();
        foreach (var segment in MarkdownBody.SplitSegments(body))
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            foreach (var c in segment)
            {
                sb.Append(c);
                if (c is '。' or '！' or '？' && sb.Length >= SummaryTarget)
                {
                    return sb.ToString();
                }

                if (sb.Length >= SummaryMax)
                {
                    return sb.ToString().TrimEnd('，', '、', '；', '：') + "…";
                }
            }
        }

        return sb.ToString();
    }

    internal static IReadOnlyList<string> MatchTopics(string title, string body, IReadOnlyList<Topic> topics) =>
        topics
            .Where(t => t.Keywords.Any(k => title.Contains(k, StringComparison.Ordinal) || Occurrences(body, k) >= 2))
            .OrderBy(t => t.Order)
            .Select(t => t.Key)
            .ToList();

    private static int Occurrences(string text, string keyword)
    {
        var count = 0;
        for (var i = text.IndexOf(keyword, StringComparison.Ordinal); i >= 0; i = text.IndexOf(keyword, i + keyword.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
