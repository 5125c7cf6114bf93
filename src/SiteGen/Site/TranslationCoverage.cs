using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>One article's translation state, for reports.</summary>
internal sealed record TranslationItem(string Slug, string District, string State, string SourceFile, string? TranslationFile, string? Status, string SourceHash, string? TranslatedFromHash)
{
    /// <summary>Who reviewed the translation, when recorded (<c>reviewed_by</c>).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When it was reviewed, yyyy-mm-dd (<c>reviewed_on</c>).</summary>
    public string? ReviewedOn { get; init; }
}

/// <summary>Counts per district: by state (current, stale, missing) and, of the translations, by status (machine draft, reviewed, final).</summary>
internal sealed record CoverageRow(string District, int Articles, int Current, int Stale, int Missing, int MachineDraft, int Reviewed, int Final);

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
            a.Translation?.SourceHash)
        {
            ReviewedBy = a.Translation?.ReviewedBy,
            ReviewedOn = a.Translation?.ReviewedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        }).ToList();
        var districts = site.Districts.Where(d => d.Articles.Count > 0).Select(d => Row(d.District.Key, d.Articles)).ToList();
        return new TranslationCoverage(items, districts, Row("all", site.Articles));
    }

    /// <summary>What the report is made from: every article and its translation (see PageCache).</summary>
    public static object?[] Inputs(SiteModel site) => [.. site.Articles.SelectMany(a => new object?[] { a.Source, a.Translation })];

    /// <summary>Each state's name in the report.</summary>
    private static readonly string[] StateNames = [.. Enum.GetValues<TranslationState>().Select(s => s.ToString().ToLowerInvariant())];

    private static CoverageRow Row(string key, IReadOnlyList<ArticleEntry> articles) =>
        new(key, articles.Count,
            articles.Count(a => a.State == TranslationState.Current),
            articles.Count(a => a.State == TranslationState.Stale),
            articles.Count(a => a.State == TranslationState.Missing),
            articles.Count(a => a.Translation?.Status == TranslationStatus.MachineDraft),
            articles.Count(a => a.Translation?.Status == TranslationStatus.Reviewed),
            articles.Count(a => a.Translation?.Status == TranslationStatus.Final));
}
