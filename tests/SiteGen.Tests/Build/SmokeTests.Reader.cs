using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>What a reader of the real site finds first: key figures, a page per indicator, who publishes it and how to cite it.</summary>
public sealed partial class SmokeTests
{
    [Fact]
    public void District_pages_with_figures_show_key_figures_before_their_projects()
    {
        foreach (var lang in new[] { "zh", "en" })
        {
            foreach (var district in new[] { "hanyang", "wuhan" })
            {
                var main = HtmlScan.Parse(File.ReadAllText(Path.Combine(_site.Output, lang, "districts", district, "index.html"))).QuerySelector("main")!.InnerHtml;
                var keys = main.IndexOf("id=\"key-figures-heading\"", StringComparison.Ordinal);
                var projects = main.IndexOf($"id=\"district-{district}-projects\"", StringComparison.Ordinal);
                Assert.True(keys > 0 && projects > keys, $"/{lang}/districts/{district}/: key figures at {keys}, projects at {projects}");
            }
        }
    }

    [Fact]
    public void At_least_five_indicators_have_a_page_in_each_language_with_a_captioned_chart_a_table_and_a_csv()
    {
        foreach (var lang in new[] { "zh", "en" })
        {
            var list = HtmlScan.Parse(File.ReadAllText(Path.Combine(_site.Output, lang, "indicators", "index.html")));
            var pages = list.QuerySelectorAll(".indicator-cards .card-title a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.True(pages.Count >= 5, $"{lang}: {pages.Count} indicator pages");
            foreach (var url in pages)
            {
                var page = HtmlScan.Parse(File.ReadAllText(Path.Combine(_site.Output, SiteGen.Core.Urls.OutputPath(url))));
                Assert.True(page.QuerySelectorAll("figure.chart figcaption .chart-title").Length > 0, $"{url}: no captioned chart");
                Assert.NotNull(page.QuerySelector("figure.chart svg.time-series[role=img] desc"));
                Assert.NotNull(page.QuerySelector("table.data-table caption"));
                var csv = page.QuerySelectorAll(".downloads a[download]").Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith(".csv", StringComparison.Ordinal));
                Assert.True(File.Exists(Path.Combine(_site.Output, csv.TrimStart('/'))), csv);
                Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector(".page-header .lead")?.TextContent), $"{url}: no definition");
                Assert.Contains(url, page.QuerySelector(".cite .citation")!.TextContent, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Both_about_pages_exist_every_framed_page_links_its_about_page_from_the_footer_and_every_article_has_cite_this()
    {
        Assert.True(File.Exists(Path.Combine(_site.Output, "zh", "about", "index.html")));
        Assert.True(File.Exists(Path.Combine(_site.Output, "en", "about", "index.html")));
        foreach (var file in _site.HtmlFiles.Where(f => _site.Url(f) is not "/index.html" and not "/404.html"))
        {
            var url = _site.Url(file);
            var lang = url.Split('/')[1];
            var page = HtmlScan.Parse(File.ReadAllText(file));
            Assert.True(page.QuerySelector($"footer a[href=\"/{lang}/about/\"]") is not null, $"{url}: no about link in the footer");
            if (url.StartsWith($"/{lang}/articles/", StringComparison.Ordinal) && page.QuerySelector("article.article") is not null)
            {
                var cite = page.QuerySelector("article .cite .citation")?.TextContent ?? "";
                Assert.True(cite.Contains($"https://wuhan-invest.netlify.app{url.Replace("index.html", "", StringComparison.Ordinal)}", StringComparison.Ordinal), $"{url}: cite this is \"{cite}\"");
            }
        }
    }

    [Fact]
    public void Every_page_s_structured_data_is_valid_json_ld_and_every_file_a_dataset_names_exists()
    {
        var types = new List<string>();
        foreach (var file in _site.HtmlFiles)
        {
            foreach (var script in HtmlScan.Parse(File.ReadAllText(file)).QuerySelectorAll("script[type=\"application/ld+json\"]"))
            {
                using var json = JsonDocument.Parse(script.TextContent);
                var root = json.RootElement;
                Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
                types.Add(root.GetProperty("@type").GetString()!);
                Assert.StartsWith("https://wuhan-invest.netlify.app/", root.GetProperty("url").GetString(), StringComparison.Ordinal);
                if (root.TryGetProperty("distribution", out var files))
                {
                    foreach (var download in files.EnumerateArray())
                    {
                        var path = new Uri(download.GetProperty("contentUrl").GetString()!).AbsolutePath;
                        Assert.True(File.Exists(Path.Combine(_site.Output, path.TrimStart('/'))), $"{_site.Url(file)}: {path}");
                    }
                }
            }
        }

        Assert.Contains("Dataset", types);
        Assert.Contains("Report", types);
        Assert.Equal(Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md").Length * 2, types.Count(t => t is "NewsArticle" or "Report"));
    }
}
