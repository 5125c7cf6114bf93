using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>One article's translation state, for reports.</summary>
internal sealed record TranslationItem(string Slug, string District, string State, string SourceFile, string? TranslationFile, string? Status, string SourceHash, string? TranslatedFromHash);

/// <summary>Counts per district.</summary>
internal sealed record CoverageRow(string District, int Articles, int Current, int Stale, int Missing);

/// <summary>Translation coverage of the English edition: per article and per district.</summary>
internal sealed record TranslationCoverage(IReadOnlyList<TranslationItem> Items, IReadOnlyList<CoverageRow> Districts, CoverageRow Total)
{
    public static TranslationCoverage Of(SiteModel site)
    {
        var items = site.Articles.OrderBy(a => a.Slug, StringComparer.Ordinal).Select(a => new TranslationItem(
            a.Slug,
            a.District.Key,
            StateNames[(int)a.State],
            $"articles/zh/{a.Slug}.md",
            a.Translation is null ? null : $"articles/en/{a.Slug}.md",
            a.Translation?.Status,
            a.Source.TranslationHash,
            a.Translation?.SourceHash)).ToList();
        var districts = site.Districts.Where(d => d.Articles.Count > 0).Select(d => Row(d.District.Key, d.Articles)).ToList();
        return new TranslationCoverage(items, districts, Row("all", site.Articles));
    }

    /// <summary>Each state's name in the report.</summary>
    private static readonly string[] StateNames = [.. Enum.GetValues<TranslationState>().Select(s => s.ToString().ToLowerInvariant())];

    private static CoverageRow Row(string key, IReadOnlyList<ArticleEntry> articles) =>
        new(key, articles.Count,
            articles.Count(a => a.State == TranslationState.Current),
            articles.Count(a => a.State == TranslationState.Stale),
            articles.Count(a => a.State == TranslationState.Missing));
}
