using System.Text.RegularExpressions;
using SiteGen.Render;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>How pages present tables, charts, topics and long bodies (not what the tables say).</summary>
public sealed partial class ReadingTests
{
    private const string Projects = """
        projects:
          - name: {zh: "中创新航武汉基地", en: "CALB Wuhan base"}
            district: hannan
            sector: new-energy-vehicles
            investment: 10000000000
            status: under-construction
            year: 2023
            quote: "中创新航武汉基地"
          - name: {zh: "汉南物流园", en: "Hannan logistics park"}
            district: hannan
            sector: logistics
            status: signed
            quote: "汉南物流园"

        """;

    private static string Figures(params (int Year, int Value)[] points) =>
        "figures:\n" + string.Concat(points.Select(p =>
            $"  - value: {p.Value}\n    unit: 亿元\n    normalized: {p.Value}00000000\n    label: \"地区生产总值\"\n    period: {p.Year}\n    measure: level\n    status: actual\n    indicator: gdp\n    sentence: \"{p.Year}年地区生产总值{p.Value}亿元。\"\n"));

    private static TestSite Site(string figures = "") => new(
        TestSite.Zh("hannan-a", title: "汉南项目", body: "中创新航武汉基地开工，汉南物流园签约。2022年地区生产总值400亿元。2023年地区生产总值450亿元。",
            extra: Projects + figures).Replace("topics: []", "topics: [new-energy-vehicles]", StringComparison.Ordinal)
        + TestSite.Zh("hannan-b", title: "汉南第二篇", date: "2024-04-01")
        + TestSite.Zh("hannan-c", title: "汉南第三篇", date: "2024-03-01"));

    [GeneratedRegex(@"<thead>(.*?)</thead>", RegexOptions.Singleline)]
    private static partial Regex Head();

    private static string HeadOf(string page, string tableId)
    {
        var at = page.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        Assert.True(at >= 0, $"no table {tableId}");
        return Head().Match(page, at).Groups[1].Value;
    }

    [Fact]
    public void Pages_leave_out_columns_that_repeat_the_page_and_put_important_columns_first_while_downloads_keep_everything()
    {
        using var site = Site(Figures((2022, 400)));
        Assert.Equal(0, site.Build().ExitCode);

        var district = HeadOf(site.Page("/en/districts/hannan/"), "district-hannan-projects");
        Assert.DoesNotContain("data-key=\"district\"", district, StringComparison.Ordinal);
        var keys = Regex.Matches(district, "data-key=\"([a-z_]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["project", "status", "investment_cny", "year"], keys.Take(4));
        Assert.Equal("article", keys[^1]);

        var article = HeadOf(site.Page("/en/articles/hannan-a/"), "article-projects");
        Assert.DoesNotContain("data-key=\"article\"", article, StringComparison.Ordinal);
        Assert.Contains("data-key=\"district\"", article, StringComparison.Ordinal);

        var indicators = HeadOf(site.Page("/en/summary/"), "indicators");
        Assert.DoesNotContain("data-key=\"unit\"", indicators, StringComparison.Ordinal);
        var csv = File.ReadAllText(Path.Combine(site.Output, "en", "data", "indicators.csv"));
        Assert.Contains("Unit", csv.Split('\n')[0], StringComparison.Ordinal);
        var districtCsv = File.ReadAllText(Path.Combine(site.Output, "en", "data", "district-hannan-projects.csv"));
        Assert.Contains("District", districtCsv.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_figures_with_title_unit_period_and_source_placed_before_their_table()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);

        foreach (var lang in new[] { "zh", "en" })
        {
            var page = site.Page($"/{lang}/summary/");
            var figures = Regex.Matches(page, "<figure class=\"chart\" id=\"(?<id>[^\"]+)\".*?</figure>", RegexOptions.Singleline);
            Assert.True(figures.Count >= 4, $"{lang}: {figures.Count} charts");
            Assert.Contains(figures, f => f.Groups["id"].Value == "chart-projects-by-sector");
            Assert.Contains(figures, f => f.Groups["id"].Value == "chart-projects-by-district-status");
            foreach (Match figure in figures)
            {
                var caption = Regex.Match(figure.Value, "<figcaption.*?</figcaption>", RegexOptions.Singleline).Value;
                Assert.Contains("chart-title", caption, StringComparison.Ordinal);
                Assert.Contains(lang == "zh" ? "单位：" : "Unit: ", caption, StringComparison.Ordinal);
                Assert.Contains(lang == "zh" ? "时期：" : "Period: ", caption, StringComparison.Ordinal);
                Assert.Contains(lang == "zh" ? "来源：" : "Source: ", caption, StringComparison.Ordinal);
                Assert.Matches("<svg [^>]*role=\"img\"", figure.Value);
                Assert.Contains("<desc", figure.Value, StringComparison.Ordinal);
                var section = page.LastIndexOf("<section class=\"table-block\"", figure.Index, StringComparison.Ordinal);
                Assert.True(page.IndexOf("<table", section, StringComparison.Ordinal) > figure.Index, $"{figure.Groups["id"].Value} is not before its table");
            }
        }
    }

    [Fact]
    public void An_indicator_given_for_two_periods_gets_a_chart_over_time_and_one_period_does_not()
    {
        using (var one = Site(Figures((2022, 400))))
        {
            Assert.Equal(0, one.Build().ExitCode);
            Assert.DoesNotContain("chart-indicators-gdp-hannan", one.Page("/en/summary/"), StringComparison.Ordinal);
        }

        using var two = Site(Figures((2022, 400), (2023, 450)));
        Assert.Equal(0, two.Build().ExitCode);
        var page = two.Page("/en/summary/");
        Assert.Contains("id=\"chart-indicators-gdp-hannan\"", page, StringComparison.Ordinal);
        Assert.Contains("2022–2023", page, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-district-hannan-indicators-gdp-hannan\"", two.Page("/en/districts/hannan/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Topic_pages_list_their_articles_and_projects_and_every_tag_links_to_one()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        foreach (var lang in new[] { "zh", "en" })
        {
            Assert.Contains($"href=\"/{lang}/topics/new-energy-vehicles/\"", site.Page($"/{lang}/topics/"), StringComparison.Ordinal);
            var topic = site.Page($"/{lang}/topics/new-energy-vehicles/");
            Assert.Contains($"href=\"/{lang}/articles/hannan-a/\"", topic, StringComparison.Ordinal);
            Assert.DoesNotContain("hannan-b", topic, StringComparison.Ordinal);
            Assert.Contains("id=\"topic-new-energy-vehicles-projects\"", topic, StringComparison.Ordinal);
            foreach (Match tag in Regex.Matches(site.Page($"/{lang}/articles/hannan-a/"), "class=\"tag\" href=\"([^\"]+)\""))
            {
                Assert.True(site.Exists(tag.Groups[1].Value), tag.Groups[1].Value);
            }
        }

        Assert.Contains("/en/topics/new-energy-vehicles/", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("scheme=\"https://wuhan-invest.netlify.app/en/topics/\"", File.ReadAllText(Path.Combine(site.Output, "en", "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_counts_a_project_that_two_of_its_articles_report_once_as_its_table_does()
    {
        const string Shared = "projects:\n  - id: calb-wuhan\n    name: {zh: \"中创新航武汉基地\", en: \"CALB Wuhan base\"}\n    district: hannan\n    sector: new-energy-vehicles\n    status: signed\n    quote: \"中创新航\"\n";
        using var site = new TestSite(
            TestSite.Zh("hannan-a", body: "中创新航签约。", extra: Shared).Replace("topics: []", "topics: [new-energy-vehicles]", StringComparison.Ordinal)
            + TestSite.Zh("hannan-b", date: "2024-04-01", body: "中创新航开工。", extra: Shared).Replace("topics: []", "topics: [new-energy-vehicles]", StringComparison.Ordinal));
        Assert.Equal(0, site.Build().ExitCode);
        var page = HtmlScan.Parse(site.Page("/en/topics/new-energy-vehicles/"));
        Assert.Contains("1 project", page.QuerySelector(".page-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("2 projects", page.QuerySelector(".page-header .meta")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("#topic-new-energy-vehicles-projects tbody tr"));
        Assert.Contains("(1)", page.QuerySelector("#topic-new-energy-vehicles-projects tfoot th")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 project", HtmlScan.Parse(site.Page("/en/topics/")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Related_articles_leave_out_the_ones_the_pager_links()
    {
        using var site = Site();
        site.Write(TestSite.Zh("hannan-d", title: "汉南第四篇", date: "2024-02-01"));
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Page("/en/articles/hannan-b/");
        var related = page[page.IndexOf("id=\"related-heading\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("/en/articles/hannan-a/", related, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/articles/hannan-c/", related, StringComparison.Ordinal);
        Assert.Contains("/en/articles/hannan-d/", related, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_paragraphs_split_only_at_sentence_ends_and_keep_every_character()
    {
        var zh = string.Concat(Enumerable.Range(1, 40).Select(i => $"第{i}句话讲的是招商引资工作取得新进展，“项目”落地见效。"));
        var en = string.Concat(Enumerable.Range(1, 40).Select(i => $"Sentence {i} says that No. {i} project in the U.S. market grew by 2.5 per cent. ")).TrimEnd();
        foreach (var text in new[] { zh, en })
        {
            var split = LongParagraphs.Split(text);
            var parts = split.Split("\n\n");
            Assert.True(parts.Length > 1, "not split");
            Assert.All(parts, p => Assert.Matches(@"[。.]$", p));
            Assert.Equal(Regex.Replace(text, @"\s", ""), Regex.Replace(split, @"\s", ""));
        }

        const string Marked = "This is **bold** text. ";
        var withMarkup = string.Concat(Enumerable.Repeat(Marked, 100));
        Assert.Equal(withMarkup, LongParagraphs.Split(withMarkup));
        Assert.Equal("短段落。第二句。", LongParagraphs.Split("短段落。第二句。"));
    }

    [Fact]
    public void A_long_body_gets_a_collapsible_contents_and_a_back_link_per_section()
    {
        using var site = new TestSite(TestSite.Zh("report", body: "导言。\n\n## 一、回顾\n\n正文一。\n\n## 二、目标\n\n正文二。\n\n## 三、安排\n\n正文三。"));
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Page("/zh/articles/report/");
        Assert.Contains("<nav class=\"toc\" id=\"contents\"", page, StringComparison.Ordinal);
        Assert.Contains("<details class=\"toc-details\">", page, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(page, "class=\"back-to-contents\"[^>]*><a href=\"#contents\">").Count);
    }
}
