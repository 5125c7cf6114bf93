using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>An indicator's page (/{lang}/indicators/&lt;key&gt;/) and the list of them: definition, chart, table, downloads, citation.</summary>
public sealed class IndicatorPageTests
{
    private static string Figure(int year, decimal value, string status = "actual", string unit = "亿元", string period = "") =>
        $"  - value: {value}\n    unit: \"{unit}\"\n    normalized: {value * 100000000m}\n    label: \"地区生产总值\"\n    period: {(period.Length > 0 ? period : year.ToString(System.Globalization.CultureInfo.InvariantCulture))}\n    measure: level\n    status: {status}\n    indicator: gdp\n    sentence: \"{year}年地区生产总值{value}{unit}。\"\n";

    private static TestSite Site() => new(
        TestSite.Zh("hannan-a", body: "汉南数据。", extra: "figures:\n" + Figure(2021, 400) + Figure(2022, 420, "estimate") + Figure(2025, 600, "target", period: "2021–2025"))
        + TestSite.Zh("hanyang-a", district: "hanyang", date: "2024-04-01", body: "汉阳数据。", extra: "figures:\n" + Figure(2021, 700) + Figure(2022, 750))
        + TestSite.Zh("wuhan-a", district: "wuhan", date: "2024-03-01", body: "全市数据。", extra: "figures:\n" + Figure(2022, 18000)));

    private static void Built(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    [Fact]
    public void An_indicator_page_has_its_definition_a_chart_that_tells_actuals_from_estimates_and_targets_a_table_downloads_and_a_citation()
    {
        using var site = Site();
        Built(site);
        foreach (var lang in new[] { "zh", "en" })
        {
            var page = HtmlScan.Parse(site.Page($"/{lang}/indicators/gdp/"));
            Assert.Contains(lang == "zh" ? "常住单位" : "resident units", page.QuerySelector(".page-header .lead")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(lang == "zh" ? "注意事项" : "Caveats", page.QuerySelector(".facts-list")!.TextContent, StringComparison.Ordinal);

            // Wuhan's CNY 1.8 trillion would flatten the districts' lines: the city has a chart of its own.
            var charts = page.QuerySelectorAll("figure.chart").ToList();
            Assert.Equal(2, charts.Count);
            Assert.All(charts, c => Assert.NotNull(c.QuerySelector("figcaption .chart-title")));
            var districts = charts.Single(c => c.QuerySelectorAll(".chart-legend .swatch").Length == 2);
            var svg = districts.QuerySelector("svg.time-series")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            Assert.Contains(lang == "zh" ? "2022年 420亿元" : "2022 CNY 42 billion", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(3, svg.QuerySelectorAll("circle.mark:not(.estimate)").Length); // actuals: Hannan 2021, Hanyang 2021 and 2022
            Assert.Single(svg.QuerySelectorAll("circle.mark.estimate"));
            Assert.Single(svg.QuerySelectorAll("path.mark.planned")); // the 2021–2025 target, at 2025
            Assert.Single(svg.QuerySelectorAll("polyline.line.planned"));
            Assert.Equal(2, svg.QuerySelectorAll("polyline.line:not(.planned)").Length);
            Assert.Equal(["actual", "estimate", "planned"], districts.QuerySelectorAll(".chart-legend .legend-item svg").Select(s => s.QuerySelector("circle.estimate") is not null ? "estimate" : s.QuerySelector("path") is not null ? "planned" : "actual"));

            // The same district has the same colour in each chart; Wuhan, on its own, keeps its own.
            var colour = (IElement chart, string name) => chart.QuerySelectorAll(".legend-item").Single(i => i.TextContent.Contains(name, StringComparison.Ordinal)).QuerySelector(".swatch")!.ClassName;
            Assert.NotEqual(colour(charts[0], lang == "zh" ? "武汉市" : "Wuhan"), colour(districts, lang == "zh" ? "汉南区" : "Hannan"));

            var table = page.QuerySelector("#indicator-gdp table.data-table")!;
            Assert.Equal(6, table.QuerySelectorAll("tbody tr").Length);
            var csv = page.QuerySelectorAll("#indicator-gdp .downloads a").Select(a => a.GetAttribute("href")).First(h => h!.EndsWith(".csv", StringComparison.Ordinal));
            Assert.Equal($"/{lang}/data/indicator-gdp.csv", csv);
            Assert.True(site.Exists(csv!), csv);
            Assert.True(site.Exists($"/{lang}/data/indicator-gdp.json"));

            var citation = page.QuerySelector(".cite .citation")!.TextContent;
            Assert.Contains($"https://wuhan-invest.netlify.app/{lang}/indicators/gdp/", citation, StringComparison.Ordinal);
            Assert.Contains(lang == "zh" ? "武汉招商引资报告编辑部. 地区生产总值[EB/OL]. 武汉招商引资报告, 2024年5月1日." : "Wuhan Investment Promotion Report editors. “Gross regional product.” Wuhan Investment Promotion Report, May 1, 2024.", citation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_list_links_each_indicator_that_has_figures_and_only_those_and_every_page_is_in_the_sitemap_and_the_navigation()
    {
        using var site = Site();
        Built(site);
        var list = HtmlScan.Parse(site.Page("/en/indicators/"));
        Assert.Equal(["/en/indicators/gdp/"], list.QuerySelectorAll(".indicator-cards .card-title a").Select(a => a.GetAttribute("href")));
        Assert.Contains("6 figures from 3 articles", list.QuerySelector(".indicator-cards")!.TextContent, StringComparison.Ordinal);
        // Years written as a figure's period is: 2021–2025年, not 2021年–2025年.
        Assert.Contains("2021–2025年", HtmlScan.Parse(site.Page("/zh/indicators/")).QuerySelector(".indicator-cards")!.TextContent, StringComparison.Ordinal);
        Assert.False(site.Exists("/en/indicators/retail-sales/"));
        Assert.NotNull(list.QuerySelector(".site-nav a[aria-current=page][href=\"/en/indicators/\"]"));
        Assert.NotNull(HtmlScan.Parse(site.Page("/zh/indicators/gdp/")).QuerySelector(".site-nav a[aria-current=page][href=\"/zh/indicators/\"]"));
        var sitemap = File.ReadAllText(Path.Combine(site.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://wuhan-invest.netlify.app/zh/indicators/gdp/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://wuhan-invest.netlify.app/en/indicators/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Equal("/en/indicators/gdp/", HtmlScan.Parse(site.Page("/en/districts/hannan/")).QuerySelector(".key-figure-label a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_district_that_only_a_figure_is_about_has_a_page_so_every_district_link_on_the_indicator_page_resolves()
    {
        // A Hannan article reports a figure about Hanyang (place:); no article or project is Hanyang's.
        using var site = new TestSite(TestSite.Zh("hannan-a", body: "汉南数据。", extra: "figures:\n" + Figure(2021, 400) + "    place: hanyang\n"));
        Built(site);
        foreach (var lang in new[] { "zh", "en" })
        {
            var links = HtmlScan.Parse(site.Page($"/{lang}/indicators/gdp/")).QuerySelectorAll("a[href*='/districts/']").Select(a => a.GetAttribute("href")!).Distinct().ToList();
            Assert.Contains($"/{lang}/districts/hanyang/", links);
            Assert.All(links, href => Assert.True(site.Exists(href), href));
            Assert.Contains(lang == "zh" ? "地区生产总值" : "Gross regional product", site.Page($"/{lang}/districts/hanyang/"), StringComparison.Ordinal);
        }
    }
}
