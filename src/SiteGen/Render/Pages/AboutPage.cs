using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// The about page's model: who publishes the site (site.yml), the license of its text and data, how current its data
/// is (the newest article's date), where to report an error (site.yml <c>contact:</c>) and how to cite the site.
/// How it is made is the page's text, linked to the method page.
/// </summary>
internal sealed class AboutPage(PageParts parts)
{
    public AboutView Model(Lang lang)
    {
        var config = parts.Site.Config;
        var asOf = parts.Citation.DataAsOf;
        return new AboutView(
            config.Publisher.For(lang),
            new Link(config.License.Url, config.License.Name.For(lang)),
            asOf is { } date ? Formats.Date(date, lang, config.English) : null,
            asOf is { } iso ? Formats.IsoDate(iso) : null,
            parts.Site.Articles.Count,
            parts.Citation.ForData(lang, config.Title.For(lang), Urls.Home(lang)),
            config.Contact is { } contact ? new Link(UrlSafety.IsWebUrl(contact) ? contact : "mailto:" + contact, contact) : null);
    }
}
