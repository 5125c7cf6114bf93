using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>Who publishes the site, its license, how current it is, how to report an error and cite it; and an article's Cite this and original.</summary>
public sealed class AboutPageTests
{
    private static TestSite Site(string extra = "") => new(
        TestSite.Zh("a-1", date: "2024-05-01", extra: extra) + TestSite.Zh("a-2", date: "2024-06-30", title: "汉南第二篇"));

    private static void SiteYml(TestSite site, Func<string, string> edit)
    {
        var path = Path.Combine(site.Input, "site.yml");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    private static string WithoutLicense(string yml)
    {
        var start = yml.IndexOf("license:", StringComparison.Ordinal);
        var end = yml.IndexOf("\n# Where readers report", start, StringComparison.Ordinal);
        return yml[..start] + yml[(end + 1)..];
    }

    [Fact]
    public void The_about_page_says_who_publishes_the_site_its_license_how_current_it_is_and_how_to_cite_it_and_every_footer_links_it()
    {
        using var site = Site();
        SiteYml(site, WithoutLicense);
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        foreach (var lang in new[] { "zh", "en" })
        {
            var page = HtmlScan.Parse(site.Page($"/{lang}/about/"));
            var text = page.QuerySelector("main")!.TextContent;
            Assert.Contains(lang == "zh" ? "武汉招商引资报告编辑部" : "Wuhan Investment Promotion Report editors", text, StringComparison.Ordinal);
            Assert.Contains(lang == "zh" ? "数据截至2024年6月30日" : "Data as of June 30, 2024", text, StringComparison.Ordinal); // the newest article's date
            var license = page.QuerySelector("a[rel=license]")!;
            Assert.Equal("https://creativecommons.org/licenses/by/4.0/", license.GetAttribute("href")); // the default without a license: setting
            Assert.Contains("CC BY 4.0", license.TextContent, StringComparison.Ordinal);
            Assert.Contains($"/{lang}/method/", page.QuerySelector("#about-made")!.ParentElement!.InnerHtml, StringComparison.Ordinal);
            Assert.Contains($"https://wuhan-invest.netlify.app/{lang}/", page.QuerySelector(".cite .citation")!.TextContent, StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("a[href^=mailto]"));
            foreach (var url in new[] { $"/{lang}/", $"/{lang}/articles/a-1/", $"/{lang}/summary/", $"/{lang}/404.html" })
            {
                Assert.NotNull(HtmlScan.Parse(site.Page(url)).QuerySelector($"footer a[href=\"/{lang}/about/\"]"));
            }
        }
    }

    [Fact]
    public void A_license_and_a_contact_in_site_yml_are_shown_and_bad_ones_are_errors_at_their_line()
    {
        using var site = Site();
        SiteYml(site, yml => WithoutLicense(yml) + "license:\n  name: { zh: 公共领域, en: Public domain (CC0 1.0) }\n  url: https://creativecommons.org/publicdomain/zero/1.0/\ncontact: corrections@example.org\n");
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var page = HtmlScan.Parse(site.Page("/en/about/"));
        Assert.Equal("Public domain (CC0 1.0)", page.QuerySelector("a[rel=license]")!.TextContent);
        Assert.Equal("mailto:corrections@example.org", page.QuerySelector("#about-errors ~ p a")!.GetAttribute("href"));

        SiteYml(site, yml => yml.Replace("url: https://creativecommons.org/publicdomain/zero/1.0/", "url: creativecommons.org", StringComparison.Ordinal)
            .Replace("contact: corrections@example.org", "contact: write to us", StringComparison.Ordinal));
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(site.Input, "site.yml"));
        int Line(string start) => Array.FindIndex(lines, l => l.TrimStart().StartsWith(start, StringComparison.Ordinal)) + 1;
        Assert.Contains($"site.yml:{Line("url: creativecommons.org")}: error: license url \"creativecommons.org\" must be the absolute http(s) address", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"site.yml:{Line("contact:")}: error: contact \"write to us\" must be an e-mail address", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_has_a_cite_this_line_and_links_its_original_where_source_url_gives_it()
    {
        using var site = Site("source_url: https://www.wuhan.gov.cn/news/a-1.html\n");
        site.Write(TestSite.En("a-1", SiteGen.Core.TranslationHash.Of("测试标题", "摘要。", "\n正文第一段。\n"), title: "Hannan news"));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var en = HtmlScan.Parse(site.Page("/en/articles/a-1/"));
        Assert.Equal("Wuhan Investment Promotion Report editors. “Hannan news.” Wuhan Investment Promotion Report, May 1, 2024. https://wuhan-invest.netlify.app/en/articles/a-1/",
            en.QuerySelector("article .cite .citation")!.TextContent);
        var original = en.QuerySelector(".article-meta a[rel~=external]")!;
        Assert.Equal("https://www.wuhan.gov.cn/news/a-1.html", original.GetAttribute("href"));
        var zh = HtmlScan.Parse(site.Page("/zh/articles/a-1/"));
        Assert.Equal("武汉招商引资报告编辑部. 测试标题[EB/OL]. 武汉招商引资报告, 2024年5月1日. https://wuhan-invest.netlify.app/zh/articles/a-1/", zh.QuerySelector("article .cite .citation")!.TextContent);

        // The English page of an untranslated article cites its Chinese title, marked as Chinese.
        var fallback = HtmlScan.Parse(site.Page("/en/articles/a-2/"));
        Assert.Equal("zh-CN", fallback.QuerySelector("article .cite .citation span")!.GetAttribute("lang"));
        Assert.Null(fallback.QuerySelector(".article-meta a[rel~=external]"));

        site.Write(TestSite.Zh("a-1", extra: "source_url: javascript:alert(1)\n"));
        var bad = site.Build("--no-search");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("input/articles/zh/a-1.md:9: error: source_url \"javascript:alert(1)\" must be the original article's absolute http(s) address", bad.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
    }
}
