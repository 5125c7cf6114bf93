using System.Text;
using System.Xml.Linq;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The sitemap protocol allows 50,000 URLs and 50 MB in one file: a site with more pages gets a sitemap
/// index at /sitemap.xml and its parts. The limits are parameters, so the repo's 60-odd pages stand in
/// for 100,000 articles.
/// </summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public void A_site_within_the_limits_has_one_sitemap_the_same_bytes_streamed_as_made_in_memory()
    {
        var (pages, urls) = Pages();
        var files = Write(pages, urls, Sitemap.MaxUrls, Sitemap.MaxBytes);

        Assert.Equal([Sitemap.Path], files.Keys);
        Assert.Equal(Sitemap.Build(pages, urls).Bytes, files[Sitemap.Path]);
        Assert.Equal("urlset", XDocument.Parse(Encoding.UTF8.GetString(files[Sitemap.Path])).Root!.Name.LocalName);
    }

    [Theory]
    [InlineData(7, Sitemap.MaxBytes)]
    [InlineData(Sitemap.MaxUrls, 6_000)]
    public void More_pages_than_a_sitemap_may_hold_make_an_index_of_parts_that_list_every_entry_once_in_order_within_the_limits(int maxUrls, long maxBytes)
    {
        var (pages, urls) = Pages();
        var files = Write(pages, urls, maxUrls, maxBytes);
        var whole = XDocument.Parse(Encoding.UTF8.GetString(Sitemap.Build(pages, urls).Bytes)).Root!.Elements(Ns + "url").ToList();

        var index = XDocument.Parse(Encoding.UTF8.GetString(files[Sitemap.Path])).Root!;
        Assert.Equal(Ns + "sitemapindex", index.Name);
        var parts = index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value).ToList();
        Assert.True(parts.Count > 1, "more than one part");
        Assert.Equal(parts.Select((_, i) => urls.Absolute($"/sitemap-{i + 1}.xml")), parts);
        Assert.Equal([Sitemap.Path, .. parts.Select((_, i) => $"sitemap-{i + 1}.xml")], files.Keys);

        var listed = new List<XElement>();
        foreach (var path in files.Keys.Skip(1))
        {
            var bytes = files[path];
            Assert.True(bytes.Length <= maxBytes, $"{path}: {bytes.Length} bytes");
            var part = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!;
            Assert.Equal(Ns + "urlset", part.Name);
            var entries = part.Elements(Ns + "url").ToList();
            Assert.InRange(entries.Count, 1, maxUrls);
            listed.AddRange(entries);
        }

        Assert.Equal(whole.Select(e => e.ToString()), listed.Select(e => e.ToString()));
    }

    private static (IReadOnlyList<SiteGen.Render.PageRecipe> Pages, SiteGen.Core.Urls Urls) Pages()
    {
        var (pages, site, _) = RepoPages.Load();
        return (pages.Recipes(), site.Urls);
    }

    /// <summary>The files written, which are the paths <see cref="Sitemap.Write"/> says it wrote.</summary>
    private static Dictionary<string, byte[]> Write(IReadOnlyList<SiteGen.Render.PageRecipe> pages, SiteGen.Core.Urls urls, int maxUrls, long maxBytes)
    {
        var sink = new MemorySink();
        var written = Sitemap.Write(pages, urls, sink, maxUrls, maxBytes);
        Assert.Equal(written, sink.Files.Keys);
        return sink.Files;
    }

    /// <summary>The files written, in the order they were written.</summary>
    private sealed class MemorySink() : OutputSink(keepDigests: false)
    {
        public Dictionary<string, byte[]> Files { get; } = [];

        public override string Folder => "";

        public override string Completion => "";

        protected override void WriteFile(string path, ReadOnlySpan<byte> bytes) => Files.Add(path, bytes.ToArray());

        public override void Complete()
        {
        }

        public override void Abandon()
        {
        }
    }
}
