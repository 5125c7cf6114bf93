using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// "Cite this" lines: who publishes the site, the page's title, the site, the date and the page's address, in the
/// form each language's readers cite web pages (<c>cite_format</c> in theme/i18n: MLA's form in English, GB/T 7714's
/// [EB/OL] form in Chinese).
/// </summary>
internal sealed class Citation(Site.SiteModel site, Strings strings)
{
    /// <summary>The newest article's date: how current the site's data is (null while it has no articles).</summary>
    public DateOnly? DataAsOf { get; } = site.Articles.Count == 0 ? null : site.Articles.Max(a => a.Source.Date);

    public CitationView For(Lang lang, string title, string url, DateOnly date, string? titleLang = null) =>
        Split(lang, "cite_format", title, titleLang, ("date", Formats.Date(date, lang, site.Config.English)), ("url", site.Urls.Absolute(url)));

    /// <summary>"Data as of July 7, 2025, the date of the newest article." (null while the site has no articles).</summary>
    public string? AsOf(Lang lang) => DataAsOf is { } date ? strings.Fill(lang, "data_as_of", ("date", Formats.Date(date, lang, site.Config.English))) : null;

    /// <summary>A page whose data is the site's (an indicator, the site itself): dated by <see cref="DataAsOf"/>.</summary>
    public CitationView ForData(Lang lang, string title, string url) =>
        DataAsOf is { } date ? For(lang, title, url, date) : Split(lang, "cite_format_undated", title, null, ("url", site.Urls.Absolute(url)));

    /// <summary>The filled format, split around the title so that a title in the other language can be marked as such.</summary>
    private CitationView Split(Lang lang, string key, string title, string? titleLang, params (string Name, string Value)[] values)
    {
        var text = Strings.Fill(strings.T(lang, key), [("publisher", site.Config.Publisher.For(lang)), ("site", site.Config.Title.For(lang)), .. values]);
        var at = text.IndexOf("{title}", StringComparison.Ordinal);
        return at < 0 ? new CitationView(text, "", "", null) : new CitationView(text[..at], title, text[(at + "{title}".Length)..], titleLang);
    }
}
