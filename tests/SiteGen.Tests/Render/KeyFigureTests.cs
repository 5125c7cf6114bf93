using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

/// <summary>The "Key figures" block that opens district pages, the summary and the home page: what it picks and where it stands.</summary>
public sealed class KeyFigureTests
{
    private static string Figure(int year, decimal value, string unit = "亿元", string measure = "level", string status = "actual", string indicator = "gdp", bool approx = false) =>
        $"  - value: {value}\n    unit: \"{unit}\"\n    normalized: {(unit == "%" ? value : value * 100000000m)}\n    label: \"地区生产总值\"\n{(approx ? "    bound: about\n" : "")}    period: {year}\n    measure: {measure}\n{(measure == "change" ? "    base: year-on-year\n" : "")}    status: {status}\n    indicator: {indicator}\n    sentence: \"{year}年地区生产总值{value}{unit}。\"\n";

    private const string Project = "projects:\n  - name: {zh: \"汉南物流园\", en: \"Hannan logistics park\"}\n    district: hannan\n    sector: logistics\n    status: signed\n    quote: \"汉南物流园\"\n";

    private static TestSite Site(string figures) => new(
        TestSite.Zh("hannan-a", body: "汉南物流园签约。", extra: Project + "figures:\n" + figures)
        + TestSite.Zh("wuhan-a", district: "wuhan", date: "2024-04-01", body: "全市数据。", extra: "figures:\n" + Figure(2023, 20000)));

    private static void Built(TestSite site)
    {
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.Stdout + result.Stderr);
    }

    private static IReadOnlyList<IElement> Cards(IDocument page, string section) => [.. page.QuerySelectorAll($"{section} .key-figure")];

    [Fact]
    public void A_district_page_opens_with_its_latest_actual_values_with_change_then_its_targets_then_its_projects()
    {
        using var site = Site(Figure(2022, 400) + Figure(2023, 450) + Figure(2023, 5.5m, "%", "change") + Figure(2025, 600, status: "target")
            + Figure(2023, 90, indicator: "fixed-asset-investment") + Figure(2022, 80, indicator: "fixed-asset-investment"));
        Built(site);
        var page = HtmlScan.Parse(site.Page("/en/districts/hannan/"));
        var main = page.QuerySelector("main")!.InnerHtml;
        var keys = main.IndexOf("id=\"key-figures-heading\"", StringComparison.Ordinal);
        var targets = main.IndexOf("id=\"key-targets-heading\"", StringComparison.Ordinal);
        var projects = main.IndexOf("id=\"district-hannan-projects\"", StringComparison.Ordinal);
        Assert.True(keys >= 0 && keys < targets && targets < projects, $"key figures at {keys}, targets at {targets}, projects at {projects}");

        var figures = Cards(page, "section.key-figures:not(.key-targets)");
        Assert.Equal(2, figures.Count);
        var gdp = figures[0].TextContent;
        Assert.Contains("CNY 45 billion", gdp, StringComparison.Ordinal);
        Assert.Contains("2023", gdp, StringComparison.Ordinal);
        Assert.Contains("Actual", gdp, StringComparison.Ordinal);
        Assert.Contains("Change (year on year): +5.5%", gdp, StringComparison.Ordinal); // stated by the article: used before any computation
        Assert.Equal("/en/articles/hannan-a/#" + figures[0].QuerySelector(".key-figure-source a")!.GetAttribute("href")!.Split('#')[1], figures[0].QuerySelector(".key-figure-source a")!.GetAttribute("href"));
        Assert.Null(figures[0].QuerySelector(".key-figure-district")); // the page's own district is not named again
        var investment = figures[1].TextContent;
        Assert.Contains("CNY 9 billion", investment, StringComparison.Ordinal);
        Assert.Contains("Change on 2022 (computed from the two reported values): +12.5%", investment, StringComparison.Ordinal);

        var target = Assert.Single(Cards(page, "section.key-targets"));
        Assert.Contains("CNY 60 billion", target.TextContent, StringComparison.Ordinal);
        Assert.Contains("Target", target.TextContent, StringComparison.Ordinal);

        var zh = HtmlScan.Parse(site.Page("/zh/districts/hannan/"));
        Assert.Contains("450亿元", Cards(zh, "section.key-figures:not(.key-targets)")[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("关键数字", zh.QuerySelector("#key-figures-heading")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_estimate_stands_in_only_where_no_actual_is_reported_and_a_bounded_or_disputed_value_is_never_computed_on()
    {
        using var site = Site(Figure(2022, 400) + Figure(2023, 450, approx: true) + Figure(2023, 440, status: "estimate")
            + Figure(2021, 10, indicator: "fixed-asset-investment", status: "estimate")
            + Figure(2022, 5, "%", "change", indicator: "retail-sales") + Figure(2022, 6, "%", "change", indicator: "retail-sales"));
        Built(site);
        var figures = Cards(HtmlScan.Parse(site.Page("/en/districts/hannan/")), "section.key-figures:not(.key-targets)");
        Assert.Equal(2, figures.Count); // retail sales: the two sources disagree, so it is left out
        Assert.Contains("about CNY 45 billion", figures[0].TextContent, StringComparison.Ordinal); // the actual, with its bound
        Assert.DoesNotContain("Change", figures[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Estimate", figures[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("status-estimate", figures[1].ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_and_the_home_page_show_the_citys_figures_first_and_a_district_only_for_what_the_city_lacks()
    {
        using var site = Site(Figure(2023, 450) + Figure(2023, 90, indicator: "fixed-asset-investment"));
        Built(site);
        foreach (var url in new[] { "/en/summary/", "/en/" })
        {
            var figures = Cards(HtmlScan.Parse(site.Page(url)), "section.key-figures");
            Assert.Equal(2, figures.Count);
            Assert.Contains("CNY 2 trillion", figures[0].TextContent, StringComparison.Ordinal);
            Assert.Equal("/en/districts/wuhan/", figures[0].QuerySelector(".key-figure-district")!.GetAttribute("href"));
            Assert.Equal("/en/districts/hannan/", figures[1].QuerySelector(".key-figure-district")!.GetAttribute("href"));
        }

        Assert.NotNull(HtmlScan.Parse(site.Page("/en/")).QuerySelector($"section.key-figures a.more[href=\"/en/summary/\"]"));
    }
}
