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
                if (page.Model is ArticleView article)
                {
                    xml.WriteElementString("lastmod", SitemapNs, article.Card.DateIso);
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

        return new OutputFile("sitemap.xml", stream.ToArray());
    }

    public static OutputFile Robots(Urls urls) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: {urls.Absolute(Urls.Sitemap)}\n");
}
