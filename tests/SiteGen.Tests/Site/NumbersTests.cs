using System.Text;
using System.Text.Json;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// Numbers a reader can trust (issue 12): totals over unknown values say so, one project is one row,
/// one indicator fact is one row, conflicts and likely duplicates are flagged with both file:lines,
/// and the method page counts what is covered.
/// </summary>
public sealed class NumbersTests
{
    private static string Project(string zh, string en, string quote, string company = "", string investment = "", string id = "") =>
        $"  - {(id.Length > 0 ? $"id: {id}\n    " : "")}name: {{ zh: \"{zh}\", en: \"{en}\" }}\n"
        + (company.Length > 0 ? $"    company: {{ zh: \"{company}\", en: \"{company}\" }}\n" : "")
        + "    district: hannan\n    sector: new-energy-vehicles\n"
        + (investment.Length > 0 ? $"    investment: {investment}\n" : "")
        + $"    status: signed\n    quote: \"{quote}\"\n";

    private const string Body = "甲基地总投资100亿元。乙项目同步建设。丙项目签约。";

    private static TestSite ThreeProjects(bool oneStated) => new(TestSite.Zh("three", body: Body, extra:
        "projects:\n"
        + Project("甲基地", "Base A", "甲基地", investment: oneStated ? "10000000000" : "")
        + Project("乙项目", "Project B", "乙项目")
        + Project("丙项目", "Project C", "丙项目")));

    [Fact]
    public void A_total_over_partly_unknown_investments_says_how_many_projects_state_one()
    {
        using var site = ThreeProjects(oneStated: true);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        Assert.Contains("CNY 10 billion stated for 1 of 3 projects", site.Page("/en/summary/"), StringComparison.Ordinal);
        Assert.Contains("已披露100亿元（3个项目中1个披露）", site.Page("/zh/summary/"), StringComparison.Ordinal);
        Assert.Contains("stated for 1 of 3 projects", site.Page("/en/"), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(site.Page("/en/data/projects.json"));
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(10000000000m, total.GetProperty("investment_cny").GetDecimal());
        Assert.Equal((1, 3), (total.GetProperty("investment_cny_stated").GetInt32(), total.GetProperty("investment_cny_of").GetInt32()));
    }

    [Fact]
    public void A_total_with_no_known_values_is_not_stated_never_zero_on_pages_csv_and_json()
    {
        using var site = ThreeProjects(oneStated: false);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        foreach (var url in new[] { "/en/summary/", "/en/", "/en/districts/hannan/", "/en/articles/three/" })
        {
            var page = site.Page(url);
            Assert.DoesNotContain("CNY 0", page, StringComparison.Ordinal);
            Assert.Contains("not stated", page, StringComparison.Ordinal);
        }

        foreach (var url in new[] { "/zh/summary/", "/zh/" })
        {
            Assert.DoesNotContain(">0元", site.Page(url), StringComparison.Ordinal);
            Assert.Contains("未说明", site.Page(url), StringComparison.Ordinal);
        }

        var csv = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(site.Output, "en", "data", "projects-by-district.csv")));
        Assert.Matches(@"\nHannan District,\S+,3,0,not stated\r\n", csv);
        using var json = JsonDocument.Parse(site.Page("/en/data/projects-by-district.json"));
        var row = json.RootElement.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("investment_cny").ValueKind);
        Assert.Equal((0, 3), (row.GetProperty("investment_cny_stated").GetInt32(), row.GetProperty("investment_cny_of").GetInt32()));
        var total = json.RootElement.GetProperty("total");
        Assert.Equal(JsonValueKind.Null, total.GetProperty("investment_cny").ValueKind);
        Assert.Equal(0, total.GetProperty("investment_cny_stated").GetInt32());
    }

    private static string Text(string html) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " "), @"\s+", " ");

    private static int LineOf(TestSite site, string file, string text) =>
        Array.FindIndex(File.ReadAllLines(Path.Combine(site.Input, "articles", "zh", file)), l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void Check_warns_on_a_likely_duplicate_project_with_both_file_lines()
    {
        using var site = new TestSite(
            TestSite.Zh("a", body: "中创新航动力电池武汉基地开工。", extra: "projects:\n" + Project("中创新航动力电池武汉基地", "CALB battery base", "中创新航动力电池武汉基地", company: "中创新航"))
            + TestSite.Zh("b", body: "中创新航武汉基地投产。", extra: "projects:\n" + Project("中创新航武汉基地", "CALB base", "中创新航武汉基地", company: "中创新航")));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Equal(0, check.ExitCode);
        var a = $"a.md:{LineOf(site, "a.md", "  - name:")}";
        var b = $"b.md:{LineOf(site, "b.md", "  - name:")}";
        Assert.Matches($@"{b}: warning: project ""中创新航武汉基地"" may be the same as ""中创新航动力电池武汉基地"" at \S*{a} \(same company 中创新航 in the same district\); if they are one project, give both entries the same `id:`", check.Stderr);
    }

    [Fact]
    public void Entries_sharing_an_id_are_one_project_with_both_sources_and_no_warning()
    {
        using var site = new TestSite(
            TestSite.Zh("a", body: "中创新航动力电池武汉基地开工。", extra: "projects:\n" + Project("中创新航动力电池武汉基地", "CALB battery base", "中创新航动力电池武汉基地", company: "中创新航", id: "calb"))
            + TestSite.Zh("b", body: "中创新航武汉基地投资100亿元。", extra: "projects:\n" + Project("中创新航武汉基地", "CALB base", "中创新航武汉基地", company: "中创新航", investment: "10000000000", id: "calb")));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.DoesNotContain("may be the same", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        using var json = JsonDocument.Parse(site.Page("/en/data/projects.json"));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(10000000000m, row.GetProperty("investment_cny").GetDecimal());
        Assert.Equal(2, row.GetProperty("article_urls").GetArrayLength());
        Assert.Contains("1 project", site.Page("/en/districts/hannan/"), StringComparison.Ordinal);
    }

    private static string Gdp(string value) =>
        $"figures:\n  - value: {value}\n    unit: 亿元\n    normalized: {value}00000000\n    label: \"地区生产总值\"\n    period: 2020\n    measure: level\n    status: actual\n    indicator: gdp\n    sentence: \"地区生产总值{value}亿元。\"\n";

    [Fact]
    public void One_fact_reported_with_different_values_is_flagged_with_both_file_lines_and_shown_once()
    {
        using var site = new TestSite(
            TestSite.Zh("a", title: "甲", body: "地区生产总值700亿元。", extra: Gdp("700"))
            + TestSite.Zh("b", title: "乙", body: "地区生产总值720亿元。", extra: Gdp("720")));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        var a = LineOf(site, "a.md", "  - value:");
        Assert.Matches($@"b\.md:{a}: warning: gdp of hannan, 2020, level, actual is 720亿元 here but 700亿元 at \S*a\.md:{a};", check.Stderr);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        using var json = JsonDocument.Parse(site.Page("/en/data/indicators.json"));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("value").ValueKind);
        Assert.Contains("CNY 70 billion; CNY 72 billion (sources disagree)", site.Page("/en/summary/"), StringComparison.Ordinal);
        Assert.Equal(2, row.GetProperty("article_urls").GetArrayLength());
    }

    [Fact]
    public void The_same_value_in_two_articles_is_one_fact_with_two_sources_and_no_warning()
    {
        using var site = new TestSite(
            TestSite.Zh("a", title: "甲", body: "地区生产总值700亿元。", extra: Gdp("700"))
            + TestSite.Zh("b", title: "乙", body: "地区生产总值700亿元。", extra: Gdp("700")));

        Assert.DoesNotContain("warning", RunCli.Run(site.Root, "check", "--input", site.Input).Stderr, StringComparison.Ordinal);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        using var json = JsonDocument.Parse(site.Page("/en/data/indicators.json"));
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(70000000000m, row.GetProperty("value").GetDecimal());
        Assert.Equal("2020", row.GetProperty("period").ToString());
    }

    [Fact]
    public void Indicator_rows_say_growth_and_target_and_link_the_source_sentence()
    {
        var growth = "figures:\n  - value: 10\n    unit: \"%\"\n    normalized: 10\n    label: \"地区生产总值增长\"\n    period: 2021\n    measure: change\n    base: year-on-year\n    status: target\n    indicator: gdp\n    sentence: \"地区生产总值增长10%。\"\n";
        using var site = new TestSite(TestSite.Zh("a", body: "地区生产总值增长10%。", extra: growth));

        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var summary = site.Page("/en/summary/");
        Assert.Contains("Gross regional product growth", summary, StringComparison.Ordinal);
        Assert.Contains("Change (year on year)", summary, StringComparison.Ordinal);
        Assert.Contains(">Target<", summary, StringComparison.Ordinal);
        Assert.Contains("+10%", summary, StringComparison.Ordinal);
        var line = LineOf(site, "a.md", "  - value:");
        Assert.Contains($"href=\"/en/articles/a/#figure-{line}\"", summary, StringComparison.Ordinal);
        Assert.Contains($"id=\"figure-{line}\"", site.Page("/en/articles/a/"), StringComparison.Ordinal);
        Assert.Contains("地区生产总值增速", site.Page("/zh/summary/"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_method_page_counts_what_the_site_covers_in_both_languages()
    {
        using var site = new TestSite(
            TestSite.Zh("three", body: Body + "地区生产总值700亿元。", extra:
                "period: 2020\nprojects:\n"
                + Project("甲基地", "Base A", "甲基地", investment: "10000000000")
                + Project("乙项目", "Project B", "乙项目")
                + Project("丙项目", "Project C", "丙项目")
                + Gdp("700").Replace("status: actual", "status: estimate", StringComparison.Ordinal))
            + TestSite.Zh("other", title: "其他", body: "正文。"));

        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var en = Text(site.Page("/en/method/"));
        Assert.Contains("Articles that state the period they report on 1 of 2", en, StringComparison.Ordinal);
        Assert.Contains("Projects 3 (from 3 article entries)", en, StringComparison.Ordinal);
        Assert.Contains("Projects that state an investment 1 of 3", en, StringComparison.Ordinal);
        Assert.Contains("Figures extracted 1", en, StringComparison.Ordinal);
        Assert.Contains("Actual 0 Estimate 1 Target 0 Plan 0", en, StringComparison.Ordinal);
        Assert.Contains("披露投资额的项目 3中的1", Text(site.Page("/zh/method/")), StringComparison.Ordinal);
        Assert.Contains("href=\"/en/method/\"", site.Page("/en/summary/"), StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/method/\"", site.Page("/zh/articles/"), StringComparison.Ordinal);
    }

    private static SiteGen.Site.SiteModel RepoSite()
    {
        var (content, diagnostics) = SiteGen.Content.ContentLoader.Load(Repo.Input, null);
        Assert.NotNull(content);
        Assert.DoesNotContain(diagnostics, d => d.Severity == SiteGen.Core.Severity.Warning);
        return SiteGen.Site.SiteModelBuilder.Build(content, includeDrafts: false);
    }

    [Fact]
    public void The_repo_has_no_conflicting_figures_or_likely_duplicate_projects_and_hannan_has_three_projects()
    {
        var site = RepoSite();

        Assert.Empty(SiteGen.Site.NumberChecks.Of(site));
        Assert.Equal(
            ["中创新航动力电池及储能电池武汉基地", "吉利太力飞车项目", "小鹏汽车武汉项目"],
            site.DistrictOf("hannan").Projects.Select(p => p.Project.Name.Zh).Order(StringComparer.Ordinal));
        var calb = site.DistrictOf("hannan").Projects.Single(p => p.Project.Id == "calb-wuhan-base");
        Assert.Equal(2, calb.Sources.Count);
        Assert.Equal(10000000000m, calb.Project.Investment);
    }

    [Fact]
    public void Every_indicator_figure_of_the_seed_says_its_period_measure_and_status()
    {
        foreach (var article in RepoSite().Articles)
        {
            foreach (var figure in article.Source.Figures.Where(f => f.Indicator is not null))
            {
                Assert.True(figure.Period is not null, $"{article.Source.File}:{figure.Line} has no period");
            }
        }

        var hanyang = RepoSite().Articles.Single(a => a.Slug == "hanyang-2025-07-07-51ed49");
        Assert.Equal(SiteGen.Core.Period.Year(2020), hanyang.Source.Period);
        string Of(decimal value) => hanyang.Source.Figures.Where(f => f.Value == value && f.Indicator is not null).Select(f => $"{f.Period} {f.Measure} {f.Status}").Single();
        Assert.Equal("2020 level estimate", Of(700));
        Assert.Equal("2021–2025 level target", Of(1100));
        Assert.Equal("2016–2020 cumulative actual", Of(2800));
        Assert.Equal("2020 level estimate", Of(635)); // 预计全年…；…招商引资实际到位资金635亿元: the estimate covers its chain of clauses
        Assert.Equal("2021 change target", Of(10));
    }

    [Fact]
    public void The_hanyang_report_reports_on_2020_and_articles_by_year_counts_it_there()
    {
        using var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var article = Text(site.Page("/en/articles/hanyang-2025-07-07-51ed49/"));
        Assert.Contains("Reports on 2020 Original dated December 28, 2020 Listed by the source July 7, 2025", article, StringComparison.Ordinal);
        Assert.Contains("Reports on 2020 · Original dated December 28, 2020 · Listed by the source on July 7, 2025", Text(site.Page("/en/articles/")), StringComparison.Ordinal);
        Assert.Contains("报告期 2020年 原文日期 2020年12月28日 来源发布 2025年7月7日", Text(site.Page("/zh/articles/hanyang-2025-07-07-51ed49/")), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(site.Page("/en/data/articles-by-year.json"));
        var year2020 = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("year").ToString() == "2020");
        Assert.Contains("Hanyang District", year2020.GetProperty("districts").GetString(), StringComparison.Ordinal);
        Assert.Contains("Hannan District 3", Text(site.Page("/en/summary/")), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_reports_a_duplicate_planted_in_the_repo_with_both_file_lines()
    {
        using var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        var e145d5 = Path.Combine(site.Input, "articles", "zh", "hannan-2025-07-07-e145d5.md");
        File.WriteAllText(e145d5, File.ReadAllText(e145d5).Replace(
            "projects:\n",
            "projects:\n  - name: { zh: \"中创新航武汉基地项目\", en: \"CALB Wuhan base project\" }\n    company: { zh: \"中创新航\", en: \"CALB\" }\n    district: hannan\n    sector: new-energy-vehicles\n    status: signed\n    quote: \"中创新航武汉基地项目\"\n",
            StringComparison.Ordinal));

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Equal(0, check.ExitCode);
        var planted = LineOf(site, "hannan-2025-07-07-e145d5.md", "中创新航武汉基地项目\", en:");
        var calb9e = LineOf(site, "hannan-2025-07-07-9e3220.md", "id: calb-wuhan-base");
        Assert.Matches($@"hannan-2025-07-07-e145d5\.md:{planted}: warning: project ""中创新航武汉基地项目"" may be the same as ""中创新航动力电池及储能电池武汉基地"" at \S*hannan-2025-07-07-9e3220\.md:{calb9e} ", check.Stderr);
    }
}
