using System.Text;
using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>Figures and projects as data: summary tables, downloads and the errors bad data gets.</summary>
public sealed class DataTests
{
    private const string Projects = """
        projects:
          - name: { zh: "中创新航武汉基地", en: "CALB Wuhan base" }
            company: { zh: "中创新航", en: "CALB" }
            district: hannan
            sector: new-energy-vehicles
            investment: 10000000000
            capacity: { zh: "20GWh", en: "20 GWh" }
            status: under-construction
            year: 2022
            quote: "中创新航武汉基地"
          - name: { zh: "小鹏汽车武汉项目", en: "Xpeng Wuhan project" }
            district: hannan
            sector: new-energy-vehicles
            investment: 2500000000
            status: signed
            quote: "小鹏汽车"

        """;

    private const string Figures = """
        figures:
          - value: 100
            unit: 亿元
            normalized: 10000000000
            label: "总投资"
            bound: over
            period: 2022
            indicator: total-investment
            sentence: "总投资100亿元。"

        """;

    private static TestSite Site(string extra = Projects + Figures) =>
        new(TestSite.Zh("calb", body: "中创新航武汉基地总投资100亿元。小鹏汽车同步建设。", extra: extra));

    [Fact]
    public void The_json_download_lists_calb_with_its_investment_as_a_number()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        using var doc = JsonDocument.Parse(site.Page("/en/data/projects.json"));
        var calb = doc.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("project").GetString() == "CALB Wuhan base");
        Assert.Equal(JsonValueKind.Number, calb.GetProperty("investment_cny").ValueKind);
        Assert.Equal(10000000000m, calb.GetProperty("investment_cny").GetDecimal());
        Assert.EndsWith("/en/articles/calb/", calb.GetProperty("article_url").GetString(), StringComparison.Ordinal);
        Assert.Equal("Investment", doc.RootElement.GetProperty("columns").EnumerateArray().Single(c => c.GetProperty("key").GetString() == "investment_cny").GetProperty("label").GetString());
    }

    [Fact]
    public void Amounts_read_per_language_on_the_summary_pages()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Contains("CNY 10 billion", site.Page("/en/summary/"), StringComparison.Ordinal);
        Assert.Contains("100亿元", site.Page("/zh/summary/"), StringComparison.Ordinal);
        Assert.Contains("CNY 12.5 billion", site.Page("/en/districts/hannan/"), StringComparison.Ordinal);
    }

    [Fact]
    public void District_totals_equal_the_sum_of_their_rows()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        using var byDistrict = JsonDocument.Parse(site.Page("/en/data/projects-by-district.json"));
        using var all = JsonDocument.Parse(site.Page("/en/data/projects.json"));
        var hannan = byDistrict.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("district").GetString() == "Hannan District");
        var rows = all.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("district").GetString() == "Hannan District").ToList();
        Assert.Equal(rows.Count, hannan.GetProperty("projects").GetInt32());
        Assert.Equal(rows.Sum(r => r.GetProperty("investment_cny").ValueKind == JsonValueKind.Number ? r.GetProperty("investment_cny").GetDecimal() : 0), hannan.GetProperty("investment_cny").GetDecimal());
        Assert.Equal(12500000000m, hannan.GetProperty("investment_cny").GetDecimal());
    }

    [Fact]
    public void The_csv_has_a_bom_and_chinese_headers_on_the_chinese_site()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var bytes = File.ReadAllBytes(Path.Combine(site.Output, "zh", "data", "projects.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("项目,企业,区域,", text, StringComparison.Ordinal);
        Assert.Contains("中创新航武汉基地,中创新航,汉南区", text, StringComparison.Ordinal);
        Assert.Contains(",10000000000,", text, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/data/projects.csv\"", site.Page("/zh/summary/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_are_inline_svg_with_title_and_description()
    {
        using var site = Site();
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Page("/en/summary/");
        Assert.Contains("<svg class=\"bar-chart\"", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-investment-by-district-title\">Stated investment by district (2 of 2 projects state an investment)</title>", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"chart-projects-by-status-title\">Projects by status</title>", page, StringComparison.Ordinal);
        Assert.Contains("<desc id=", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("value: 100", "value: abc", "\"value\" must be a number, not \"abc\"")]
    [InlineData("unit: 亿元", "unit: 亿块", "unit \"亿块\" is not in data/units.yml")]
    [InlineData("normalized: 10000000000\n    label", "normalized: 1000\n    label", "\"normalized\" is 1000 but value 100 亿元")]
    public void Bad_figures_fail_the_build_naming_file_and_line(string from, string to, string message)
    {
        using var site = Site(Projects + Figures.Replace(from, to, StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"input/articles/zh/calb\.md:\d+: error: ", result.Stderr);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("district: hannan\n    sector: new-energy-vehicles\n    investment: 10000000000", "district: mars\n    sector: new-energy-vehicles\n    investment: 10000000000", "district \"mars\" is not in data/districts.yml")]
    [InlineData("status: signed", "status: rumoured", "status \"rumoured\" must be one of")]
    [InlineData("quote: \"小鹏汽车\"", "quote: \"蔚来汽车\"", "quote \"蔚来汽车\" does not appear in the article body")]
    [InlineData("investment: 2500000000", "investment: lots", "\"investment\" must be a number")]
    public void Bad_projects_fail_the_build_naming_file_and_line(string from, string to, string message)
    {
        using var site = Site(Projects.Replace(from, to, StringComparison.Ordinal) + Figures);
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"input/articles/zh/calb\.md:\d+: error: ", result.Stderr);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }
}
