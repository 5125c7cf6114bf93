using System.Collections.Concurrent;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// What every page shows around its own content: the site view (title, navigation, the other language's link,
/// asset URLs) and the head (title, description, canonical URL, hreflang alternates, Open Graph). The bilingual
/// rules of the head live here: which versions of a page exist, what hreflang and canonical say about them.
/// </summary>
internal sealed class PageShell(SiteModel site, Strings strings, AssetManifest assets)
{
    private readonly ConcurrentDictionary<Lang, SiteView> _siteViews = new();
    private readonly ConcurrentDictionary<(Lang Lang, int Marks), IReadOnlyList<NavLink>> _navs = new();

    /// <summary>Each language's navigation entries (<see cref="Urls.Navigation"/>), by <see cref="Lang.Index"/>.</summary>
    private static readonly IReadOnlyList<(string Url, string TextKey)>[] Entries = [.. Lang.All.Select(Urls.Navigation)];

    private Lang Default => site.Config.DefaultLanguage;

    /// <summary>A page's title as the browser shows it: the page's own, then the site's.</summary>
    public string FullTitle(Lang lang, string title) => $"{title} | {site.Config.Title.For(lang)}";

    /// <summary>The site view of a page at <paramref name="current"/>: its navigation marks where it is; <paramref name="otherUrl"/> is the same page in the other language.</summary>
    public SiteView Site(Lang lang, string current, string? otherUrl) =>
        _siteViews.GetOrAdd(lang, NewSiteView) with
        {
            Nav = Nav(lang, current),
            OtherLanguage = otherUrl is null ? null : new Link(otherUrl, strings.T(lang.Other, "language_name"), lang.Other.HtmlLang),
        };

    private SiteView NewSiteView(Lang lang) =>
        new(
            site.Config.Title.For(lang),
            site.Config.Description.For(lang),
            lang.Code,
            lang.HtmlLang,
            Urls.Named(lang),
            [],
            null,
            assets.Url("css/site.css"),
            assets.Url("js/site.js"),
            assets.Url("favicon.svg"),
            site.Config.Publisher.For(lang));

    /// <summary>The navigation with the entries that lead to <paramref name="current"/> marked; one list per language and marking.</summary>
    private IReadOnlyList<NavLink> Nav(Lang lang, string current)
    {
        var entries = Entries[lang.Index];
        var marks = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            // the home entry (the first) marks only itself; the others every page under them too
            var url = entries[i].Url;
            if (url == current || i > 0 && current.StartsWith(url, StringComparison.Ordinal))
            {
                marks |= 1 << i;
            }
        }

        return _navs.GetOrAdd((lang, marks), key =>
            [.. entries.Select((e, i) => new NavLink(e.Url, strings.T(key.Lang, e.TextKey), (key.Marks & (1 << i)) != 0))]);
    }

    /// <summary>
    /// The head of a page that exists in the languages <paramref name="exists"/> says, at <paramref name="urlFor"/> in each.
    /// A page in a language it does not exist in (an English page showing the Chinese text) is noindex, and its
    /// canonical URL is the default language's.
    /// </summary>
    public HeadView Head(string kind, Lang lang, string title, string description, Func<Lang, string> urlFor, Func<Lang, bool> exists, string ogType = "website")
    {
        var alternates = Alternates(lang, urlFor, exists);
        var canonical = exists(lang) ? lang : Default;
        return new HeadView(kind, title, description, site.Urls.Absolute(urlFor(lang)), site.Urls.Absolute(urlFor(canonical)), alternates, ogType,
            lang.OgLocale, exists(lang.Other) ? lang.Other.OgLocale : null, !exists(lang));
    }

    /// <summary>The head of a page that exists in both languages.</summary>
    public HeadView Head(string kind, Lang lang, string title, string description, Func<Lang, string> urlFor) =>
        Head(kind, lang, title, description, urlFor, Both);

    public static bool Both(Lang lang) => true;

    /// <summary>
    /// A page's hreflang alternates: each language it exists in, then x-default (the default language's version, or
    /// the page's own when there is none).
    /// </summary>
    public IReadOnlyList<Alternate> Alternates(Lang lang, Func<Lang, string> urlFor, Func<Lang, bool> exists)
    {
        var list = new List<Alternate>(3);
        foreach (var l in Lang.All)
        {
            if (exists(l))
            {
                list.Add(new Alternate(l.HtmlLang, site.Urls.Absolute(urlFor(l))));
            }
        }

        list.Add(new Alternate("x-default", site.Urls.Absolute(urlFor(exists(Default) ? Default : lang))));
        return list;
    }
}
