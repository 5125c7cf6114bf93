using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>Builds the real input/ and theme/ and checks site-wide invariants.</summary>
public sealed partial class SmokeTests : IClassFixture<SmokeTests.RealSite>
{
    private readonly RealSite _site;

    public SmokeTests(RealSite site) => _site = site;

    public sealed class RealSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public RealSite()
        {
            Result = RunCli.Run(Repo.Root, "build", "--output", Output);
        }

        internal CliResult Result { get; }

        public string Output => _temp["output"];

        public IEnumerable<string> HtmlFiles => Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(Output, f).StartsWith("pagefind", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

        public string Url(string file) => "/" + Path.GetRelativePath(Output, file).Replace('\\', '/');

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public void The_real_site_builds_without_errors_or_warnings()
    {
        Assert.Equal(0, _site.Result.ExitCode);
        Assert.Equal("", _site.Result.Stderr);
        Assert.Matches(@"built .*: pages zh \d+, en \d+; \d+ files in \d+ ms", _site.Result.Stdout);
    }

    [Fact]
    public void Every_article_has_a_page_in_both_languages()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md"))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            Assert.True(File.Exists(Path.Combine(_site.Output, "zh", "articles", slug, "index.html")), slug);
            Assert.True(File.Exists(Path.Combine(_site.Output, "en", "articles", slug, "index.html")), slug);
        }
    }

    [Fact]
    public void Every_internal_link_resolves()
    {
        var broken = new List<string>();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in _site.HtmlFiles)
        {
            foreach (var link in HtmlScan.Links(File.ReadAllText(file)))
            {
                if (link.StartsWith("http", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("/pagefind/", StringComparison.Ordinal))
                {
                    continue;
                }

                var (path, fragment) = link.Contains('#') ? (link[..link.IndexOf('#')], link[(link.IndexOf('#') + 1)..]) : (link, "");
                var target = path.Length == 0 ? file : Path.Combine(_site.Output, SiteGen.Core.Urls.OutputPath(path));
                if (!path.StartsWith('/') && path.Length > 0)
                {
                    broken.Add($"{_site.Url(file)}: relative link {link}");
                }
                else if (!File.Exists(target))
                {
                    broken.Add($"{_site.Url(file)}: {link}");
                }
                else if (fragment.Length > 0 && target.EndsWith(".html", StringComparison.Ordinal))
                {
                    if (!ids.TryGetValue(target, out var targetIds))
                    {
                        ids[target] = targetIds = HtmlScan.Ids(File.ReadAllText(target));
                    }

                    if (!targetIds.Contains(fragment))
                    {
                        broken.Add($"{_site.Url(file)}: {link} (no such id)");
                    }
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void English_pages_have_no_chinese_outside_elements_marked_zh()
    {
        var found = new List<string>();
        foreach (var file in _site.HtmlFiles.Where(f => _site.Url(f).StartsWith("/en/", StringComparison.Ordinal)))
        {
            found.AddRange(HtmlScan.HanOutsideChinese(File.ReadAllText(file)).Select(t => $"{_site.Url(file)}: {t}"));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void Every_page_has_a_unique_title_and_an_absolute_canonical()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in _site.HtmlFiles.Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            var html = File.ReadAllText(file);
            var title = System.Text.RegularExpressions.Regex.Match(html, "<title[^>]*>(.*?)</title>").Groups[1].Value;
            Assert.False(string.IsNullOrWhiteSpace(title), _site.Url(file));
            Assert.False(titles.TryGetValue(title, out var other), $"{_site.Url(file)} and {other} share the title {title}");
            titles[title] = _site.Url(file);
            Assert.Matches("<link rel=\"canonical\" href=\"https://[^\"]+\">", html);
            Assert.Contains("<meta name=\"description\"", html.Replace("<meta lang=\"zh-CN\" name=", "<meta name=", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void No_request_leaves_the_site()
    {
        foreach (var file in _site.HtmlFiles.Concat(Directory.GetFiles(_site.Output, "*.css", SearchOption.AllDirectories)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch("(src|href)=\"https?://(?!wuhan-invest\\.netlify\\.app)[^\"]+\\.(js|css|woff2?|png|jpe?g|svg)\"", text);
            Assert.DoesNotContain("@import url(http", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Sitemap_lists_every_indexable_page_with_alternates()
    {
        var sitemap = File.ReadAllText(Path.Combine(_site.Output, "sitemap.xml"));
        Assert.Contains("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"", sitemap, StringComparison.Ordinal);
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Input, "articles", "en"), "*.md"))
        {
            var slug = Path.GetFileNameWithoutExtension(file);
            Assert.Contains($"<loc>https://wuhan-invest.netlify.app/en/articles/{slug}/</loc>", sitemap, StringComparison.Ordinal);
        }

        Assert.Contains("hreflang=\"x-default\"", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404.html", sitemap, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Every_page_passes_the_nu_html_checker()
    {
        var jar = NodeTools.VnuJar();
        var result = NodeTools.Run("java", $"-jar \"{jar}\" --errors-only --skip-non-html --format gnu \"{_site.Output}\"");
        Assert.True(result.ExitCode == 0, "Nu HTML checker errors:\n" + result.Output);
    }
}
