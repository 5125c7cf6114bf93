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

    /// <summary>The article's place in <see cref="SiteModel.Articles"/> (newest first).</summary>
    public int Index { get; init; }

    /// <summary>True when the language has a real version of this article (zh always; en when translated, even if stale).</summary>
    public bool Exists(Lang lang) => lang == Lang.Zh || Translation is not null;
}

/// <summary>One article's entry for a project.</summary>
internal sealed record ProjectMention(Project Project, ArticleEntry Article);

/// <summary>
/// One project with every article entry that reports it (entries sharing an <c>id</c>), newest
/// article first; <see cref="Project"/> holds the merged facts (<see cref="ProjectMerger"/>).
/// </summary>
internal sealed record ProjectEntry(Project Project, IReadOnlyList<ProjectMention> Mentions)
{
    public ProjectEntry(Project project, ArticleEntry article)
        : this(project, [new ProjectMention(project, article)])
    {
    }

    /// <summary>The newest article that reports the project.</summary>
    public ArticleEntry Article => Mentions[0].Article;

    /// <summary>Every article that reports the project, once each.</summary>
    public IReadOnlyList<ArticleEntry> Sources => Mentions.Select(m => m.Article).DistinctBy(a => a.Slug).ToList();

    /// <summary>The figures its articles link to the project (<c>project: id</c>): its investment, capacity, land, with their article.</summary>
    public IReadOnlyList<(Figure Figure, ArticleEntry Article)> Figures =>
        Project.Id is not { } id ? []
        : [.. Sources.SelectMany(a => a.Source.Figures.Where(f => f.Project == id).Select(f => (f, a)))];
}

/// <summary>A figure with the article that reports it.</summary>
internal sealed record FigureEntry(Figure Figure, Unit Unit, ArticleEntry Article);

/// <summary>A district with its published articles (newest first) and the projects located in it.</summary>
internal sealed record DistrictEntry(District District, IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<ProjectEntry> Projects);

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
    /// <summary>Glossary, banned phrases and spelling list (input/data/).</summary>
    public EditorialData Editorial { get; init; } = EditorialData.Empty;

    /// <summary>
    /// Districts that have articles, projects or indicator figures (the place a figure is about, which may be another
    /// district than its article's), in registry order: each gets a page, which the tables and key figures link.
    /// </summary>
    public IReadOnlyList<DistrictEntry> PublishedDistricts => _published ??= PublishedOf();

    private IReadOnlyList<DistrictEntry>? _published;

    private List<DistrictEntry> PublishedOf()
    {
        var places = IndicatorFacts.Select(f => f.District.Key).ToHashSet(StringComparer.Ordinal);
        return [.. Districts.Where(d => d.Articles.Count > 0 || d.Projects.Count > 0 || places.Contains(d.District.Key))];
    }

    /// <summary>Every project, by district (registry order), then newest article, then name.</summary>
    public IEnumerable<ProjectEntry> Projects => Districts.SelectMany(d => d.Projects);

    /// <summary>
    /// Indicator figures as facts: one per indicator, district, period, measure and status, with every
    /// report of it, grouped by indicator and district in time order (computed once).
    /// </summary>
    public IReadOnlyList<IndicatorFact> IndicatorFacts => _indicatorFacts ??= Site.IndicatorFacts.Of(Articles, Indicators, Units, key => DistrictOf(key).District);

    private IReadOnlyList<IndicatorFact>? _indicatorFacts;

    /// <summary>The district entry of a key.</summary>
    public DistrictEntry DistrictOf(string key) => (_districtsByKey ??= Districts.ToDictionary(d => d.District.Key, StringComparer.Ordinal))[key];

    private Dictionary<string, DistrictEntry>? _districtsByKey;

    public Sector Sector(string key) => Sectors.First(s => s.Key == key);

    /// <summary>The projects an article reports, in the order of <see cref="Projects"/> (a project merged across articles is listed under each of them).</summary>
    public IReadOnlyList<ProjectEntry> ProjectsOf(string slug) =>
        LazyInitializer.EnsureInitialized(ref _projectsBySlug, () => Projects
            .SelectMany(p => p.Sources.Select(a => (a.Slug, Project: p)))
            .GroupBy(p => p.Slug, p => p.Project, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)[.. g], StringComparer.Ordinal))
            .GetValueOrDefault(slug, []);

    private Dictionary<string, IReadOnlyList<ProjectEntry>>? _projectsBySlug;

    /// <summary>The articles on a topic, in site order (indexed once, not by scanning every article for every topic).</summary>
    public IReadOnlyList<ArticleEntry> ArticlesOn(Topic topic) =>
        LazyInitializer.EnsureInitialized(ref _articlesByTopic, () => Articles
            .SelectMany(a => a.Topics.Select(t => t.Key).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Article: a)))
            .GroupBy(p => p.Key, p => p.Article, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ArticleEntry>)[.. g], StringComparer.Ordinal))
            .GetValueOrDefault(topic.Key, []);

    private Dictionary<string, IReadOnlyList<ArticleEntry>>? _articlesByTopic;

    /// <summary>
    /// The projects reported by the articles on a topic, each once (a project several of those articles report is one
    /// project, merged by id), in the order of <see cref="Projects"/>.
    /// </summary>
    public IReadOnlyList<ProjectEntry> ProjectsOn(Topic topic) =>
        LazyInitializer.EnsureInitialized(ref _projectsByTopic, () => Projects
            .SelectMany(p => p.Sources.SelectMany(a => a.Topics).Select(t => t.Key).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Project: p)))
            .GroupBy(p => p.Key, p => p.Project, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProjectEntry>)[.. g], StringComparer.Ordinal))
            .GetValueOrDefault(topic.Key, []);

    private Dictionary<string, IReadOnlyList<ProjectEntry>>? _projectsByTopic;
}
