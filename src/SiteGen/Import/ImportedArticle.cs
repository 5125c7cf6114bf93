using System.Globalization;
using System.Text;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>An article as the importer writes it: front matter + Markdown body.</summary>
internal sealed record ImportedArticle(
    string Slug,
    string Title,
    string Date,
    DateOnly? OriginalDate,
    Period? Period,
    string District,
    string Source,
    string Summary,
    IReadOnlyList<string> Topics,
    string RawFile,
    int RawLine,
    IReadOnlyList<Figure> Figures,
    string Body)
{
    /// <summary>The file text: deterministic, so re-importing the same raw text writes the same bytes.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(YamlText.Quote(Title)).Append('\n');
        sb.Append("date: ").Append(Date).Append('\n');
        if (OriginalDate is { } given)
        {
            sb.Append("original_date: ").Append(given.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        }

        if (Period is not null)
        {
            sb.Append("period: ").Append(FigureYaml.Period(Period)).Append('\n');
        }

        sb.Append("district: ").Append(District).Append('\n');
        sb.Append("source: ").Append(YamlText.Quote(Source)).Append('\n');
        sb.Append("slug: ").Append(Slug).Append('\n');
        sb.Append("summary: ").Append(YamlText.Quote(Summary)).Append('\n');
        sb.Append("topics: ").Append(YamlText.List(Topics)).Append('\n');
        sb.Append("raw_file: ").Append(YamlText.Quote(RawFile)).Append('\n');
        sb.Append("raw_line: ").Append(RawLine.ToString(CultureInfo.InvariantCulture)).Append('\n');
        sb.Append(FigureYaml.Write(Figures));
        sb.Append("---\n\n");
        sb.Append(Body);
        return sb.ToString();
    }
}
