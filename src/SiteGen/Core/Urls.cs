namespace SiteGen.Core;

/// <summary>Every URL of the site, in one place. Site-relative URLs start with '/'; pages end with '/'.</summary>
internal sealed class Urls(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public static string Home(Lang lang) => $"/{lang}/";

    public static string Article(Lang lang, string slug) => $"/{lang}/articles/{slug}/";

    public static string Articles(Lang lang) => $"/{lang}/articles/";

    public static string Districts(Lang lang) => $"/{lang}/districts/";

    public static string District(Lang lang, string key) => $"/{lang}/districts/{key}/";

    public static string Summary(Lang lang) => $"/{lang}/summary/";

    public static string Topics(Lang lang) => $"/{lang}/topics/";

    public static string Topic(Lang lang, string key) => $"/{lang}/topics/{key}/";

    public static string Method(Lang lang) => $"/{lang}/method/";

    public static string Search(Lang lang) => $"/{lang}/search/";

    public static string Glossary(Lang lang) => $"/{lang}/glossary/";

    /// <summary>The list of headline indicators, each linked to its page.</summary>
    public static string Indicators(Lang lang) => $"/{lang}/indicators/";

    /// <summary>One headline indicator across periods and districts: chart, every figure with its source, definition, downloads.</summary>
    public static string Indicator(Lang lang, string key) => $"/{lang}/indicators/{key}/";

    /// <summary>Who publishes the site, the licence, how current it is, how to cite it and report an error.</summary>
    public static string About(Lang lang) => $"/{lang}/about/";

    /// <summary>The folder under a list page's URL that holds its later pages: <c>/zh/articles/page/2/</c>.</summary>
    public const string PageFolder = "page";

    /// <summary>Page <paramref name="number"/> (from 1) of a list whose first page is at <paramref name="first"/>.</summary>
    public static string Paged(string first, int number) =>
        number == 1 ? first : $"{first}{PageFolder}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    public static string Feed(Lang lang) => $"/{lang}/feed.xml";

    public static string NotFound(Lang lang) => $"/{lang}/404.html";

    public static string Data(Lang lang, string name) => $"/{lang}/data/{name}";

    /// <summary>The codebook: every download and what its columns mean.</summary>
    public static string DataIndex(Lang lang) => $"/{lang}/data/";

    public const string Root = "/";
    public const string RootNotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string TranslationStatus = "/translation-status.json";

    public string Absolute(string siteUrl) => BaseUrl + siteUrl;

    /// <summary>The site's navigation in a language: each entry's URL and the UI string that names it.</summary>
    public static IReadOnlyList<(string Url, string TextKey)> Navigation(Lang lang) =>
    [
        (Home(lang), "nav_home"),
        (Articles(lang), "nav_articles"),
        (Districts(lang), "nav_districts"),
        (Summary(lang), "nav_summary"),
        (Indicators(lang), "nav_indicators"),
        (Search(lang), "nav_search"),
    ];

    /// <summary>The site-wide pages' URLs in a language, by name, as templates use them (<c>site.urls.summary</c>).</summary>
    public static SiteUrls Named(Lang lang) =>
        new(Home(lang), Articles(lang), Districts(lang), Topics(lang), Summary(lang), Method(lang), Glossary(lang), Search(lang), Feed(lang), Sitemap, DataIndex(lang), Indicators(lang), About(lang));

    /// <summary>The names of the folders under /{lang}/ that the site's own pages use; an article slug or alias must not take one.</summary>
    private static readonly string[] SiteFolders = ["articles", "districts", "summary", "method", "glossary", "search", "data", "topics", "indicators", "about"];

    /// <summary>
    /// Whether a site path is (or lies under) a URL the build publishes itself: home, list pages and their later
    /// pages, districts, topics, data, feeds, assets, search index, sitemap, robots.txt, redirects and headers. An
    /// article alias must not redirect such a path. A bare alias (<c>/old-slug</c>) names
    /// <c>/{lang}/articles/old-slug/</c>, whose later-pages folder is reserved.
    /// </summary>
    public static bool IsReserved(string path)
    {
        if (path is "/" || path.StartsWith("/assets/", StringComparison.Ordinal) || path.StartsWith("/pagefind/", StringComparison.Ordinal)
            || path is Sitemap or Robots or TranslationStatus or RootNotFound or "/_redirects" or "/_headers")
        {
            return true;
        }

        foreach (var lang in Lang.All)
        {
            var prefix = $"/{lang.Code}/";
            if (path.TrimEnd('/') == prefix.TrimEnd('/'))
            {
                return true;
            }

            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = path[prefix.Length..].TrimEnd('/');
                return SiteFolders.Contains(rest) || rest is "404.html" or "feed.xml"
                    || rest.StartsWith("districts/", StringComparison.Ordinal) || rest.StartsWith("data/", StringComparison.Ordinal)
                    || rest.StartsWith("topics/", StringComparison.Ordinal) || rest.StartsWith("indicators/", StringComparison.Ordinal)
                    || rest == $"articles/{PageFolder}" || rest.StartsWith($"articles/{PageFolder}/", StringComparison.Ordinal);
            }
        }

        return path.Trim('/') == PageFolder || path.TrimStart('/').StartsWith($"{PageFolder}/", StringComparison.Ordinal);
    }

    /// <summary>
    /// The old URLs an article alias stands for: <c>/zh/articles/old/</c> names one URL, a bare
    /// <c>/old-slug</c> names the article in every language. Normalised to the trailing-slash form.
    /// </summary>
    public static IEnumerable<(string From, Lang Lang)> AliasUrls(string alias)
    {
        foreach (var lang in Lang.All)
        {
            if (alias.StartsWith($"/{lang.Code}/", StringComparison.Ordinal))
            {
                yield return (alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/", lang);
                yield break;
            }
        }

        var slug = alias.Trim('/');
        foreach (var lang in Lang.All)
        {
            yield return (Article(lang, slug), lang);
        }
    }

    /// <summary>The file that serves a URL: pretty URLs are folders with index.html.</summary>
    public static string OutputPath(string siteUrl)
    {
        var path = siteUrl.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}

/// <summary>The site-wide pages' URLs in one language, as templates see them.</summary>
internal sealed record SiteUrls(string Home, string Articles, string Districts, string Topics, string Summary, string Method, string Glossary, string Search, string Feed, string Sitemap, string Data, string Indicators, string About);
