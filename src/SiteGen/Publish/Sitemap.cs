using SiteGen.Core;
using System.Text;
using System.Xml;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>
/// /sitemap.xml: every indexable page with its hreflang alternates (xhtml:link) and x-default.
/// Fallback pages (an English URL showing the Chinese text) are left out: they are noindex.
/// </summary>
internal static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public const string Path = "sitemap.xml";

    /// <summary>
    /// True when two builds' pages give the same sitemap (with the same base URL): the same pages in
    /// the same order, each the same instance or with the same URL, place in the sitemap, date and
    /// alternates. Preview then keeps the file instead of writing 20,000 entries again.
    /// </summary>
    public static bool SameEntries(IReadOnlyList<Page> before, IReadOnlyList<Page> after)
    {
        if (before.Count != after.Count)
        {
            return false;
        }

        for (var i = 0; i < before.Count; i++)
        {
            var (a, b) = (before[i], after[i]);
            if (!ReferenceEquals(a, b) && (a.Url != b.Url || a.InSitemap != b.InSitemap
                || b.InSitemap && (LastMod(a) != LastMod(b) || !ViewEquality.Equal(a.Head.Alternates, b.Head.Alternates))))
            {
                return false;
            }
        }

        return true;
    }

    private static string? LastMod(Page page) => page.Model is ArticleView article ? article.Card.DateIso : null;

    public static OutputFile Build(IReadOnlyList<Page> pages, Urls urls)
    {
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in pages.Where(p => p.InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, urls.Absolute(page.Url));
                if (LastMod(page) is { } lastmod)
                {
                    xml.WriteElementString("lastmod", SitemapNs, lastmod);
                }

                foreach (var alternate in page.Head.Alternates)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", alternate.Hreflang);
                    xml.WriteAttributeString("href", alternate.Href);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile(Path, stream.ToArray());
    }

    public static OutputFile Robots(Urls urls) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: {urls.Absolute(Urls.Sitemap)}\n");
}
