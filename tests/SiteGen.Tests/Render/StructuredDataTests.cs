using System.Text.Json;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>JSON-LD for search engines: articles as NewsArticle or Report with their translation, downloads as a Dataset; always valid JSON that cannot end its script element.</summary>
public sealed class StructuredDataTests
{
    private const string Hostile = "汉南</script><script>alert(1)</script>报告";

    private static JsonElement JsonLd(TestSite site, string url)
    {
        var scripts = HtmlScan.Parse(site.Page(url)).QuerySelectorAll("script[type=\"application/ld+json\"]");
        var script = Assert.Single(scripts);
        return JsonDocument.Parse(script.TextContent).RootElement.Clone();
    }

    private static string S(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    [Fact]
    public void Articles_are_news_or_reports_with_their_dates_language_publisher_and_translation()
    {
        using var site = new TestSite(
            TestSite.Zh("a-1", title: "汉南项目开工", extra: "source_url: https://www.wuhan.gov.cn/a-1.html\nnotes:\n  - { date: 2024-06-02, zh: \"更正。\", en: \"Corrected.\" }\n")
            + TestSite.En("a-1", TranslationHash.Of("汉南项目开工", "摘要。", "\n正文第一段。\n"), title: "Hannan project starts")
            + TestSite.Zh("a-2", title: "2021年汉南区政府工作报告", date: "2024-04-01"));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);

        var en = JsonLd(site, "/en/articles/a-1/");
        Assert.Equal("https://schema.org", S(en, "@context"));
        Assert.Equal("NewsArticle", S(en, "@type"));
        Assert.Equal("Hannan project starts", S(en, "headline"));
        Assert.Equal("en", S(en, "inLanguage"));
        Assert.Equal("2024-05-01", S(en, "datePublished"));
        Assert.Equal("2024-06-02", S(en, "dateModified")); // the editor's note
        Assert.Equal("Wuhan Investment Promotion Report editors", S(en.GetProperty("publisher"), "name"));
        Assert.Equal("https://wuhan-invest.netlify.app/zh/articles/a-1/", S(en.GetProperty("translationOfWork"), "url"));
        Assert.Equal("https://www.wuhan.gov.cn/a-1.html", S(en, "isBasedOn"));
        Assert.Equal("https://wuhan-invest.netlify.app/en/articles/a-1/", S(en, "url"));

        var zh = JsonLd(site, "/zh/articles/a-1/");
        Assert.Equal("zh-CN", S(zh, "inLanguage"));
        Assert.Equal("汉南项目开工", S(zh, "headline")); // Chinese as it is, not \u escapes
        Assert.Contains("\"headline\":\"汉南项目开工\"", HtmlScan.Parse(site.Page("/zh/articles/a-1/")).QuerySelector("script[type=\"application/ld+json\"]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://wuhan-invest.netlify.app/en/articles/a-1/", S(zh.GetProperty("workTranslation"), "url"));

        var report = JsonLd(site, "/zh/articles/a-2/");
        Assert.Equal("Report", S(report, "@type"));
        Assert.False(report.TryGetProperty("workTranslation", out _)); // no translation yet
        Assert.False(JsonLd(site, "/en/articles/a-2/").TryGetProperty("translationOfWork", out _)); // the English page shows the Chinese text
    }

    [Fact]
    public void Text_that_would_close_the_script_element_is_escaped_and_reads_back_the_same()
    {
        using var site = new TestSite(TestSite.Zh("a-1", title: Hostile.Replace("\"", "", StringComparison.Ordinal)));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var page = site.Page("/zh/articles/a-1/");
        var start = page.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var end = page.IndexOf("</script>", start, StringComparison.Ordinal);
        var json = page[(start + "<script type=\"application/ld+json\">".Length)..end];
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Equal(Hostile, S(JsonDocument.Parse(json).RootElement, "headline"));
    }

    [Fact]
    public void Pages_with_downloads_are_datasets_whose_distribution_is_every_csv_and_json_file()
    {
        const string Figure = "figures:\n  - value: 400\n    unit: 亿元\n    normalized: 40000000000\n    label: \"地区生产总值\"\n    period: 2023\n    measure: level\n    status: actual\n    indicator: gdp\n    sentence: \"地区生产总值400亿元。\"\n";
        using var site = new TestSite(TestSite.Zh("a-1", extra: Figure));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var url in new[] { "/en/summary/", "/zh/summary/", "/en/indicators/gdp/", "/zh/districts/hannan/", "/en/data/", "/zh/data/" })
        {
            var data = JsonLd(site, url);
            Assert.Equal("Dataset", S(data, "@type"));
            Assert.True(S(data, "description").Length >= 50, url);
            Assert.Equal("https://creativecommons.org/licenses/by/4.0/", S(data, "license"));
            Assert.Equal("2024-05-01", S(data, "dateModified"));
            var files = data.GetProperty("distribution").EnumerateArray().ToList();
            Assert.Contains(files, f => S(f, "encodingFormat") == "text/csv");
            Assert.Contains(files, f => S(f, "encodingFormat") == "application/json");
            foreach (var file in files)
            {
                var path = new Uri(S(file, "contentUrl")).AbsolutePath;
                Assert.True(site.Exists(path), $"{url}: {path}");
            }
        }

        Assert.Empty(HtmlScan.Parse(site.Page("/en/")).QuerySelectorAll("script[type=\"application/ld+json\"]"));
    }
}
