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

/// <summary>A district with its published articles (newest first).</summary>
internal sealed record DistrictEntry(District District, IReadOnlyList<ArticleEntry> Articles);

/// <summary>The whole site, linked and ordered: the one immutable value that rendering reads.</summary>
internal sealed record SiteModel(
    SiteConfig Config,
    Urls Urls,
    IReadOnlyList<ArticleEntry> Articles,
    IReadOnlyList<DistrictEntry> Districts,
    IReadOnlyList<Topic> Topics)
{
    public static readonly string[] Languages = ["zh", "en"];

    public static string OtherLanguage(string lang) => lang == "zh" ? "en" : "zh";

    /// <summary>Districts that have articles, in registry order.</summary>
    public IEnumerable<DistrictEntry> PublishedDistricts => Districts.Where(d => d.Articles.Count > 0);
}
