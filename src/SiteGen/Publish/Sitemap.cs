using SiteGen.Core;
using System.Text;
using System.Xml;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>
/// /sitemap.xml: every indexable page with its hreflang alternates (xhtml:link) and x-default.
/// Fallback pages (an English URL showing the Chinese text) are left out: they are noindex. A site with more
/// pages than one sitemap may list gets a sitemap index and parts (<see cref="Write"/>).
/// </summary>
internal static class Sitemap
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public const string Path = "sitemap.xml";

    /// <summary>
    /// What the sitemap is made from beyond the base URL, as one value: every page's URL, place in the sitemap and date
    /// (an article's English page is listed exactly when its translation exists, which is all its alternates depend on).
    /// </summary>
    public static object?[] Inputs(IReadOnlyList<PageRecipe> pages)
    {
        var hash = new System.IO.Hashing.XxHash128();
        foreach (var page in pages)
        {
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes(page.Url.AsSpan()));
            hash.Append(page.InSitemap ? [1] : [0]);
            hash.Append(System.Runtime.InteropServices.MemoryMarshal.AsBytes((page.LastMod ?? "").AsSpan()));
        }

        return [hash.GetCurrentHashAsUInt128()];
    }

    /// <summary>The sitemap protocol's limits for one file: 50,000 URLs and 50 MB (52,428,800 bytes) uncompressed.</summary>
    public const int MaxUrls = 50_000;

    public const long MaxBytes = 52_428_800;

    /// <summary>
    /// The sitemap as one file (<see cref="Build"/>): the URLs of its pages, or, when they are more than one sitemap may
    /// hold (<see cref="MaxUrls"/>, <see cref="MaxBytes"/>), a sitemap index at sitemap.xml and its parts at
    /// sitemap-1.xml, sitemap-2.xml, …; streamed, not held whole. Returns the paths it wrote.
    /// </summary>
    public static IReadOnlyList<string> Write(IReadOnlyList<PageRecipe> pages, Urls urls, OutputSink sink, int maxUrls = MaxUrls, long maxBytes = MaxBytes)
    {
        var entries = Entries(pages);
        var parts = Parts(entries, urls, maxUrls, maxBytes);
        if (parts.Count == 1)
        {
            sink.Write(Path, stream => WriteUrls(stream, entries, 0, entries.Count, urls));
            return [Path];
        }

        sink.Write(Path, stream => WriteIndex(stream, parts.Count, urls));
        for (var i = 0; i < parts.Count; i++)
        {
            var (from, to) = parts[i];
            sink.Write(PartPath(i + 1), stream => WriteUrls(stream, entries, from, to, urls));
        }

        return [Path, .. Enumerable.Range(1, parts.Count).Select(PartPath)];
    }

    /// <summary>The sitemap as one file in memory (tests and tools; a build streams it with <see cref="Write"/>).</summary>
    public static OutputFile Build(IReadOnlyList<PageRecipe> pages, Urls urls)
    {
        var entries = Entries(pages);
        var stream = new MemoryStream();
        WriteUrls(stream, entries, 0, entries.Count, urls);
        return new OutputFile(Path, stream.ToArray());
    }

    private static string PartPath(int part) => $"sitemap-{part}.xml";

    /// <summary>The pages the sitemap lists, in URL order.</summary>
    private static List<PageRecipe> Entries(IReadOnlyList<PageRecipe> pages) => [.. pages.Where(p => p.InSitemap).OrderBy(p => p.Url, StringComparer.Ordinal)];

    /// <summary>
    /// The entries each sitemap file holds, [from, to): as many as fit in <paramref name="maxUrls"/> and, by a bound on
    /// each entry's bytes that is never below its real size, <paramref name="maxBytes"/>. One part when all fit.
    /// </summary>
    private static List<(int From, int To)> Parts(List<PageRecipe> entries, Urls urls, int maxUrls, long maxBytes)
    {
        var parts = new List<(int, int)>();
        var (from, bytes) = (0, (long)UrlsetBytes);
        for (var i = 0; i < entries.Count; i++)
        {
            var size = EntryBytes(entries[i], urls);
            if (i > from && (i - from == maxUrls || bytes + size > maxBytes))
            {
                parts.Add((from, i));
                (from, bytes) = (i, UrlsetBytes);
            }

            bytes += size;
        }

        parts.Add((from, entries.Count));
        return parts;
    }

    /// <summary>The bytes of a sitemap file without its entries (declaration, urlset with its namespaces), rounded up.</summary>
    private const int UrlsetBytes = 256;

    /// <summary>An entry's bytes at most: the markup of an entry and its links, and its text as UTF-8 with every character XML escapes counted as its longest escape.</summary>
    private static long EntryBytes(PageRecipe page, Urls urls)
    {
        static long Text(string s)
        {
            long n = System.Text.Encoding.UTF8.GetByteCount(s);
            foreach (var c in s)
            {
                n += c is '&' or '<' or '>' or '"' or '\'' ? 5 : 0;
            }

            return n;
        }

        // <url>, <loc>, <lastmod> with their indents and line ends, then each link's <xhtml:link rel="alternate" …/>.
        var size = 128 + Text(urls.Absolute(page.Url)) + 64;
        foreach (var alternate in page.Kind.Alternates(page))
        {
            size += 96 + Text(alternate.Hreflang) + Text(alternate.Href);
        }

        return size;
    }

    private static XmlWriter Xml(Stream stream) =>
        XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n", CloseOutput = false });

    private static void WriteUrls(Stream stream, List<PageRecipe> entries, int from, int to, Urls urls)
    {
        using var xml = Xml(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("urlset", SitemapNs);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
        for (var i = from; i < to; i++)
        {
            var page = entries[i];
            xml.WriteStartElement("url", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, urls.Absolute(page.Url));
            if (page.LastMod is { } lastmod)
            {
                xml.WriteElementString("lastmod", SitemapNs, lastmod);
            }

            foreach (var alternate in page.Kind.Alternates(page))
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

    private static void WriteIndex(Stream stream, int parts, Urls urls)
    {
        using var xml = Xml(stream);
        xml.WriteStartDocument();
        xml.WriteStartElement("sitemapindex", SitemapNs);
        for (var part = 1; part <= parts; part++)
        {
            xml.WriteStartElement("sitemap", SitemapNs);
            xml.WriteElementString("loc", SitemapNs, urls.Absolute("/" + PartPath(part)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    public static OutputFile Robots(Urls urls) =>
        OutputFile.Text("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /pagefind/\n\nSitemap: {urls.Absolute(Urls.Sitemap)}\n");
}
