using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>input/site.yml: the site's own settings.</summary>
internal sealed record SiteConfig(
    string BaseUrl,
    IReadOnlyList<string> Languages,
    Lang DefaultLanguage,
    Bilingual Title,
    Bilingual Description,
    Bilingual Publisher,
    bool AllowRawHtml)
{
    /// <summary>The one variety of English the site is written in (<c>english: en-GB</c> or <c>en-US</c>); null checks no spelling.</summary>
    public string? English { get; init; }

    public static readonly string[] EnglishVarieties = ["en-GB", "en-US"];

    /// <summary>
    /// How many article cards a list page shows (<c>page_size</c>): the article lists, district and topic pages
    /// continue on <c>page/2/</c> and so on past it.
    /// </summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>How many pages a list of <paramref name="cards"/> cards takes (one when it is empty).</summary>
    public int PagesFor(int cards) => Math.Max(1, (cards + PageSize - 1) / PageSize);

    /// <summary>The licence of the site's text and data (<c>license:</c>), shown on the about page and in the structured data.</summary>
    public SiteLicense License { get; init; } = SiteLicense.Default;

    /// <summary>Where readers report an error (<c>contact:</c>): an e-mail address or a web address; null when none is given.</summary>
    public string? Contact { get; init; }

    public const int DefaultPageSize = 100;

    public const int MaxPageSize = 10_000;

    public const string FileName = "site.yml";

    public static readonly string[] Keys = ["base_url", "languages", "default_language", "title", "description", "publisher", "allow_raw_html", "english", "page_size", "license", "contact"];

    public static SiteConfig? Load(string inputDir, string? baseUrlOverride, List<Diagnostic> diagnostics)
    {
        var display = Registry.Display(inputDir, FileName);
        var (text, error) = TextFile.Read(Path.Combine(inputDir, FileName), display, inputDir);
        if (text is null)
        {
            diagnostics.Add(error!);
            return null;
        }

        var count = diagnostics.Count;
        var doc = YamlDocument.Parse(text, display, 0, diagnostics);
        if (doc is null)
        {
            return null;
        }

        doc.CheckKeys(Keys);
        var rawBaseUrl = baseUrlOverride ?? doc.String("base_url", required: true); // null: reported missing or unsafe
        var baseUrl = (rawBaseUrl ?? "").TrimEnd('/');
        if (rawBaseUrl is not null && Core.BaseUrl.Problem(rawBaseUrl) is { } problem)
        {
            diagnostics.Add(baseUrlOverride is null
                ? Diagnostic.Error(display, doc.LineOf("base_url"), $"base_url \"{Core.BaseUrl.Shown(rawBaseUrl)}\" {problem}")
                : Diagnostic.Error("--base-url", 0, $"\"{Core.BaseUrl.Shown(rawBaseUrl)}\" {problem}"));
        }

        var languages = doc.StringList("languages");
        if (!languages.SequenceEqual(Lang.All.Select(l => l.Code)))
        {
            doc.Error("languages", "languages must be [zh, en]: SiteGen publishes the Chinese source and its English edition");
        }

        var defaultLanguage = doc.String("default_language", required: true) ?? Lang.Zh.Code;
        if (!languages.Contains(defaultLanguage))
        {
            doc.Error("default_language", $"default_language \"{defaultLanguage}\" is not one of languages");
        }

        var title = ReadBilingual(doc, "title");
        var description = ReadBilingual(doc, "description");
        var publisher = ReadBilingual(doc, "publisher");
        var allowRawHtml = doc.Bool("allow_raw_html", fallback: false);
        var english = doc.String("english", required: false);
        if (english is not null && !EnglishVarieties.Contains(english))
        {
            doc.Error("english", $"english \"{english}\" must be en-GB or en-US: the one spelling variety of the English edition");
        }

        var pageSize = doc.Int("page_size", required: false) ?? DefaultPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            doc.Error("page_size", $"page_size {pageSize} must be from 1 to {MaxPageSize}: how many article cards a list page shows (default {DefaultPageSize})");
            pageSize = DefaultPageSize;
        }

        var license = SiteLicense.Read(doc);
        var contact = doc.String("contact", required: false)?.Trim();
        if (contact is not null && !UrlSafety.IsWebUrl(contact) && !SiteLicense.IsEmail(contact))
        {
            doc.Error("contact", $"contact \"{contact}\" must be an e-mail address (editors@example.org) or an http(s) address where readers report errors");
        }

        return diagnostics.Count > count && diagnostics.Skip(count).Any(d => d.Severity == Severity.Error)
            ? null
            : new SiteConfig(baseUrl, languages, Lang.Find(defaultLanguage) ?? Lang.Zh, title, description, publisher, allowRawHtml)
            {
                English = english, PageSize = pageSize, License = license, Contact = contact,
            };
    }

    internal static Bilingual ReadBilingual(YamlDocument doc, string key)
    {
        var map = doc.Mapping(key);
        if (map is null)
        {
            doc.Error(key, $"\"{key}\" is required, with zh: and en: values");
            return new Bilingual("", "");
        }

        map.CheckKeys(["zh", "en"]);
        return new Bilingual(map.String("zh", required: true) ?? "", map.String("en", required: true) ?? "");
    }
}
