using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>An article with its translation and the registry entries it points to.</summary>
internal sealed record ArticleEntry(
    SourceArticle Source,
    TranslatedArticle? Translation,
    TranslationState State,
    District District,
    IReadOnlyList<Topic> Topics)
{
    public string Slug => Source.Slug;

    /// <summary>True when the language has a real version of this article (zh always; en when translated, even if stale).</summary>
    public bool Exists(string lang) => lang == "zh" || Translation is not null;
}

/// <summary>A project with the article that reports it.</summary>
internal sealed record ProjectEntry(Project Project, ArticleEntry Article);

/// <summary>A figure with the article that reports it.</summary>
internal sealed record FigureEntry(Figure Figure, Unit Unit, ArticleEntry Article);

/// <summary>A district with its published articles (newest first) and the projects located in it.</summary>
internal sealed record DistrictEntry(District District, IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<ProjectEntry> Projects)
{
    public bool HasPage => Articles.Count > 0 || Projects.Count > 0;
}

/// <summary>The whole site, linked and ordered: the one immutable value that rendering reads.</summary>
internal sealed record SiteModel(
    SiteConfig Config,
    Urls Urls,
    IReadOnlyList<ArticleEntry> Articles,
    IReadOnlyList<DistrictEntry> Districts,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Sector> Sectors,
    UnitRegistry Units,
    IndicatorRegistry Indicators)
{
    public static readonly string[] Languages = Urls.Languages;

    /// <summary>Glossary, banned phrases and spelling list (input/data/).</summary>
    public EditorialData Editorial { get; init; } = EditorialData.Empty;

    public static string OtherLanguage(string lang) => lang == "zh" ? "en" : "zh";

    /// <summary>Districts that have articles or projects, in registry order: each gets a page.</summary>
    public IEnumerable<DistrictEntry> PublishedDistricts => Districts.Where(d => d.HasPage);

    /// <summary>Every project, by district (registry order), then newest article, then name.</summary>
    public IEnumerable<ProjectEntry> Projects => Districts.SelectMany(d => d.Projects);

    /// <summary>Figures that name a headline indicator, in indicator, district and year order (computed once).</summary>
    public IReadOnlyList<FigureEntry> IndicatorFigures => _indicatorFigures ??= SortedIndicatorFigures();

    private IReadOnlyList<FigureEntry> SortedIndicatorFigures()
    {
        var order = Indicators.Indicators.Select((indicator, i) => (indicator.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        return Articles
            .SelectMany(a => a.Source.Figures.Where(f => f.Indicator is not null).Select(f => new FigureEntry(f, Units.Find(f.Unit)!, a)))
            .OrderBy(f => order[f.Figure.Indicator!])
            .ThenBy(f => f.Article.District.Order)
            .ThenBy(f => f.Figure.Year ?? 0)
            .ThenBy(f => f.Article.Slug, StringComparer.Ordinal)
            .ToList();
    }

    private IReadOnlyList<FigureEntry>? _indicatorFigures;

    /// <summary>The district entry of a key.</summary>
    public DistrictEntry DistrictOf(string key) => (_districtsByKey ??= Districts.ToDictionary(d => d.District.Key, StringComparer.Ordinal))[key];

    private Dictionary<string, DistrictEntry>? _districtsByKey;

    public Sector Sector(string key) => Sectors.First(s => s.Key == key);
}
