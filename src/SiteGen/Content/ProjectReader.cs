using System.Globalization;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Reads the curated <c>projects:</c> list of a zh article, checked against the registries and
/// against the article's own text: a project's quote must appear in the body.
/// </summary>
internal static class ProjectReader
{
    public const string Key = "projects";

    public static readonly string[] Keys = ["id", "name", "company", "district", "sector", "investment", "capacity", "status", "year", "quote"];

    public static IReadOnlyList<Project> Read(YamlDocument frontMatter, string body, IReadOnlySet<string> districts, IReadOnlySet<string> sectors)
    {
        var result = new List<Project>();
        var plainBody = PlainText(body);
        foreach (var entry in frontMatter.MappingList(Key))
        {
            var errors = entry.ErrorCount;
            entry.CheckKeys(Keys);
            var name = Bilingual(entry, "name", required: true);
            var company = Bilingual(entry, "company", required: false);
            var capacity = Bilingual(entry, "capacity", required: false);
            var district = entry.String("district", required: true);
            if (district is not null && !districts.Contains(district))
            {
                entry.Error("district", $"district \"{district}\" is not in {Registry.DistrictsFile}; use one of its keys or add it there");
            }

            var sector = entry.String("sector", required: true);
            if (sector is not null && !sectors.Contains(sector))
            {
                entry.Error("sector", $"sector \"{sector}\" is not in {Registry.SectorsFile}; use one of its keys or add it there");
            }

            var status = entry.String("status", required: true);
            if (status is not null && !Project.Statuses.Contains(status))
            {
                entry.Error("status", $"status \"{status}\" must be one of {string.Join(", ", Project.Statuses)}");
            }

            var investment = entry.Decimal("investment", required: false);
            if (investment is < 0)
            {
                entry.Error("investment", "\"investment\" must not be negative (it is the amount in yuan, e.g. 10000000000 for 100亿元)");
            }
            else if (investment > Project.MaxInvestment)
            {
                entry.Error("investment", $"\"investment\" {YamlText.Number(investment.Value)} is more than {YamlText.Number(Project.MaxInvestment)} yuan, larger than any real project; write the amount in yuan (10000000000 for 100亿元)");
            }

            var year = entry.Int("year", required: false);
            if (year is not null and (< 1900 or > 2100))
            {
                entry.Error("year", $"\"year\" must be a 4-digit year, not {year.Value.ToString(CultureInfo.InvariantCulture)}");
            }

            var id = entry.String("id", required: false)?.Trim();
            if (id is not null && !Slugs.IsSafeKey(id))
            {
                entry.Error("id", $"project id \"{id}\" must be lowercase ASCII letters, digits and '-' (e.g. calb-wuhan-base)");
            }

            var quote = entry.String("quote", required: true);
            if (quote is not null && !plainBody.Contains(PlainText(quote), StringComparison.Ordinal))
            {
                entry.Error("quote", $"quote \"{quote}\" does not appear in the article body; copy the words that name the project exactly");
            }

            if (entry.ErrorCount == errors && name is not null && district is not null && sector is not null && status is not null && quote is not null)
            {
                result.Add(new Project(name, company, district, sector, investment, capacity, status, year, quote, id, entry.StartLine));
            }
        }

        return result;
    }

    private static Bilingual? Bilingual(YamlDocument entry, string key, bool required)
    {
        var map = entry.Mapping(key);
        if (map is null)
        {
            if (required)
            {
                entry.Error(entry.Node(key), $"required key \"{key}\" is missing; write `{key}: {{ zh: \"…\", en: \"…\" }}`");
            }

            return null;
        }

        map.CheckKeys(["zh", "en"]);
        var zh = map.String("zh", required: true);
        var en = map.String("en", required: true);
        return zh is null || en is null ? null : new Bilingual(zh.Trim(), en.Trim());
    }

    /// <summary>Text without Markdown escapes and line breaks, for matching quotes.</summary>
    private static string PlainText(string markdown) =>
        markdown.Replace("\\", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
}
