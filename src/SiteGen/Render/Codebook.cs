using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The codebook page (/{lang}/data/): every download of the site, grouped by the kind of table it holds (a district's
/// indicators are the site's indicators for one place), and for each kind every column of the CSV and JSON with what
/// it means and the values it takes. It is made from the very tables the downloads are written from, so it lists
/// each file and column there is; the meanings are UI strings (codebook_col_…), the allowed values come from the
/// code lists and registries.
/// </summary>
internal static class Codebook
{
    /// <summary>The codebook section of a table: a district's projects and indicators, and an indicator's page, are described with the site's.</summary>
    public static string Section(string tableId) =>
        tableId.StartsWith("district-", StringComparison.Ordinal) && tableId.LastIndexOf('-') is var dash and > 9 ? tableId[(dash + 1)..]
        : tableId.StartsWith(SiteTables.IndicatorPrefix, StringComparison.Ordinal) ? "indicators"
        : tableId;

    public static CodebookView View(PageParts parts, Lang lang)
    {
        var (site, pages, tables) = (parts.Site, parts.Strings, parts.Tables);
        var all = tables.ForSite(lang).Concat(site.PublishedDistricts.SelectMany(d => tables.ForDistrict(d, lang)))
            .Concat(SiteTables.ByIndicator(site).Select(p => tables.ForIndicator(p.Indicator, p.Facts, lang))).Where(t => t.Downloads.Count > 0);
        var sections = all.GroupBy(t => Section(t.Id)).Select(g =>
        {
            var first = g.First();
            var files = g.Select(t => new CodebookFile(t.Caption, t.Downloads)).ToList();
            return new CodebookSection(g.Key, pages.T(lang, "codebook_table_" + g.Key), files, Columns(first, g.Key, site, pages, parts.Text, lang));
        }).ToList();
        return new CodebookView(sections);
    }

    /// <summary>Each column of a table's downloads in order, with the URL column the CSV adds after a linked one.</summary>
    private static List<CodebookColumn> Columns(Table table, string section, SiteModel site, Strings pages, FigureText text, Lang lang)
    {
        var columns = new List<CodebookColumn>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            columns.Add(new CodebookColumn(column.Label, column.Key, Meaning(pages, lang, section, column.Key), Values(site, pages, text, lang, section, column)));
            if (table.Rows.Select(r => r.Cells).Append(table.Footer ?? []).Any(r => r.Count > c && r[c].Coverage is not null))
            {
                foreach (var part in new[] { "stated", "of" })
                {
                    columns.Add(new CodebookColumn(pages.T(lang, "codebook_json_only"), $"{column.Key}_{part}",
                        pages.T(lang, "codebook_coverage_" + part).Replace("{column}", column.Label, StringComparison.Ordinal), pages.T(lang, "codebook_values_count")));
                }
            }

            if (table.Rows.Any(r => r.Cells[c].Url is not null))
            {
                columns.Add(new CodebookColumn(column.Label + (lang == Lang.Zh ? "链接" : " URL"), column.Key + "_url",
                    pages.T(lang, "codebook_url").Replace("{column}", column.Label, StringComparison.Ordinal), pages.T(lang, "codebook_values_url")));
            }
        }

        return columns;
    }

    /// <summary>What a column means: the section's own wording where the same key means something else there (status of a figure, not a project).</summary>
    private static string Meaning(Strings pages, Lang lang, string section, string key) =>
        pages.T(lang, pages.Has(lang, $"codebook_col_{section}_{key}") ? $"codebook_col_{section}_{key}" : $"codebook_col_{key}");

    /// <summary>The values a column takes: codes with their words, keys of a registry, or the kind of text or number.</summary>
    private static string Values(SiteModel site, Strings pages, FigureText text, Lang lang, string section, Column column)
    {
        string T(string key) => pages.T(lang, key);
        string Codes(IEnumerable<string> codes, Func<string, string> words) => string.Join(lang == Lang.Zh ? "；" : "; ", codes.Select(c => $"{c} ({words(c)})"));
        string Words(IEnumerable<string> words) => string.Join(lang == Lang.Zh ? "、" : ", ", words);
        return (section, column.Key) switch
        {
            (_, "bound") => Codes(Figure.Bounds, b => T("bound_" + b).Replace("{value}", "X", StringComparison.Ordinal)) + T("codebook_values_none"),
            (_, "base") => Codes(Figure.Bases, b => T("base_" + b)) + T("codebook_values_none"),
            ("indicators", "status") => Codes(Figure.Statuses, s => text.Status(s, lang)),
            ("indicators", "measure") => Codes(Figure.Measures, m => text.Measure(m, null, lang)),
            (_, "status") => Words(Project.Statuses.Select(s => T("status_" + s))),
            (_, "place_key") => Words(site.Districts.Select(d => d.District.Key)),
            (_, "indicator_key") => Words(site.Indicators.Indicators.Select(i => i.Key)),
            (_, "district" or "place") => Words(site.Districts.Select(d => d.District.Name.For(lang))),
            (_, "sector") => Words(site.Sectors.Select(s => s.Name.For(lang))),
            (_, "indicator") => Words(site.Indicators.Indicators.Select(i => i.Name.For(lang))),
            (_, "topic") => Words(site.Topics.Select(t => t.Name.For(lang))),
            _ => pages.Has(lang, "codebook_values_" + column.Key) ? T("codebook_values_" + column.Key) : T(column.Numeric ? "codebook_values_number" : "codebook_values_text"),
        };
    }
}
