namespace SiteGen.Core;

/// <summary>Every URL of the site, in one place. Site-relative URLs start with '/'; pages end with '/'.</summary>
internal sealed class Urls(string baseUrl)
{
    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public static string Home(string lang) => $"/{lang}/";

    public static string Article(string lang, string slug) => $"/{lang}/articles/{slug}/";

    public static string Articles(string lang) => $"/{lang}/articles/";

    public static string Districts(string lang) => $"/{lang}/districts/";

    public static string District(string lang, string key) => $"/{lang}/districts/{key}/";

    public static string Summary(string lang) => $"/{lang}/summary/";

    public static string Topics(string lang) => $"/{lang}/topics/";

    public static string Topic(string lang, string key) => $"/{lang}/topics/{key}/";

    public static string Method(string lang) => $"/{lang}/method/";

    public static string Search(string lang) => $"/{lang}/search/";

    public static string Glossary(string lang) => $"/{lang}/glossary/";

    /// <summary>The folder under a list page's URL that holds its later pages: <c>/zh/articles/page/2/</c>.</summary>
    public const string PageFolder = "page";

    /// <summary>Page <paramref name="number"/> (from 1) of a list whose first page is at <paramref name="first"/>.</summary>
    public static string Paged(string first, int number) =>
        number == 1 ? first : $"{first}{PageFolder}/{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}/";

    public static string Feed(string lang) => $"/{lang}/feed.xml";

    public static string NotFound(string lang) => $"/{lang}/404.html";

    public static string Data(string lang, string name) => $"/{lang}/data/{name}";

    public const string Root = "/";
    public const string RootNotFound = "/404.html";
    public const string Sitemap = "/sitemap.xml";
    public const string Robots = "/robots.txt";
    public const string TranslationStatus = "/translation-status.json";

    public string Absolute(string siteUrl) => BaseUrl + siteUrl;

    /// <summary>The site's languages: zh is the source, en the translation.</summary>
    public static readonly string[] Languages = ["zh", "en"];

    /// <summary>
    /// The old URLs an article alias stands for: <c>/zh/articles/old/</c> names one URL, a bare
    /// <c>/old-slug</c> names the article in every language. Normalised to the trailing-slash form.
    /// </summary>
    public static IEnumerable<(string From, string Lang)> AliasUrls(string alias)
    {
        foreach (var lang in Languages)
        {
            if (alias.StartsWith($"/{lang}/", StringComparison.Ordinal))
            {
                yield return (alias.EndsWith('/') || Path.HasExtension(alias) ? alias : alias + "/", lang);
                yield break;
            }
        }

        var slug = alias.Trim('/');
        foreach (var lang in Languages)
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
