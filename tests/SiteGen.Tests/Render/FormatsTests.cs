using SiteGen.Core;
using SiteGen.Render;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Render;

public sealed class FormatsTests
{
    [Theory]
    [InlineData(10_000_000_000, "CNY", "zh", "100亿元")]
    [InlineData(10_000_000_000, "CNY", "en", "CNY 10 billion")]
    [InlineData(40_000_000, "CNY", "zh", "4000万元")]
    [InlineData(40_000_000, "CNY", "en", "CNY 40 million")]
    [InlineData(790_000_000, "USD", "zh", "7.9亿美元")]
    [InlineData(790_000_000, "USD", "en", "US$790 million")]
    [InlineData(1_561_610_000_000, "CNY", "en", "CNY 1.562 trillion")]
    [InlineData(1_200_000_000_000, "CNY", "zh", "1.2万亿元")]
    [InlineData(2_500_000_000_000, "CNY", "en", "CNY 2.5 trillion")]
    [InlineData(500_000, "CNY", "en", "CNY 500,000")]
    [InlineData(5_000, "CNY", "zh", "5000元")]
    [InlineData(123_456_789_000, "CNY", "en", "CNY 123.457 billion")]
    public void Money_reads_the_way_each_language_writes_it(decimal amount, string currency, string lang, string expected) =>
        Assert.Equal(expected, Formats.Money(amount, currency, Lang.Find(lang)!.Value));

    [Theory]
    [InlineData(17000, "zh", "1.7万")]
    [InlineData(17000, "en", "17,000")]
    [InlineData(96, "zh", "96")]
    [InlineData(1234567, "en", "1,234,567")]
    public void Counts_use_wan_in_chinese_and_separators_in_english(decimal value, string lang, string expected) =>
        Assert.Equal(expected, Formats.Count(value, Lang.Find(lang)!.Value));

    [Theory]
    [InlineData("zh", "en-US", "2025年7月7日")]
    [InlineData("zh", "en-GB", "2025年7月7日")]
    [InlineData("en", "en-US", "July 7, 2025")]
    [InlineData("en", "en-GB", "7 July 2025")]
    [InlineData("en", null, "7 July 2025")]
    public void Dates_are_written_per_language_and_variety_of_english(string lang, string? english, string expected) =>
        Assert.Equal(expected, Formats.Date(new DateOnly(2025, 7, 7), Lang.Find(lang)!.Value, english));

    [Theory]
    [InlineData("en-US", "May 1, 2024", "May 2, 2024")]
    [InlineData("en-GB", "1 May 2024", "2 May 2024")]
    public void English_pages_date_articles_and_notes_in_the_sites_variety(string english, string published, string noted)
    {
        var zh = TestSite.Zh("a-1", extra: "notes:\n  - { date: 2024-05-02, zh: \"编辑更正了标题。\", en: \"The editors corrected the title.\" }\n");
        using var site = new TestSite(zh + TestSite.En("a-1", TranslationHash.Of("测试标题", "摘要。", "\n正文第一段。\n")));
        var siteYml = Path.Combine(site.Input, "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("english: en-US", $"english: {english}", StringComparison.Ordinal));
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var article = site.Page("/en/articles/a-1/");
        Assert.Contains($">{published}</time>", article, StringComparison.Ordinal);
        Assert.Contains($">{noted}</time>", article, StringComparison.Ordinal);
        Assert.Contains($">{published}</time>", site.Page("/en/articles/"), StringComparison.Ordinal);
        Assert.Contains(">2024年5月1日</time>", site.Page("/zh/articles/a-1/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_keep_the_chinese_unit_and_translate_the_english_one()
    {
        var people = new SiteGen.Core.Unit("万人", "count", null, 10000, new SiteGen.Core.Bilingual("人", "people"));
        var figure = new SiteGen.Core.Figure(1.7m, "万人", 17000, "新增就业", null, SiteGen.Core.Period.Year(2020), "level", null, "actual", null, "");
        Assert.Equal("1.7万人", Formats.Figure(figure, people, Lang.Zh));
        Assert.Equal("17,000 people", Formats.Figure(figure, people, Lang.En));
        var percent = new SiteGen.Core.Unit("%", "percent", null, 1, new SiteGen.Core.Bilingual("%", "%"));
        Assert.Equal("25%", Formats.Figure(new SiteGen.Core.Figure(25, "%", 25, "", null, null, "share", null, "actual", null, ""), percent, Lang.En));
    }

    private static readonly Lazy<FigureText> RepoText = new(() =>
    {
        var theme = Theme.Load(Repo.Theme, SitePages.Layouts, []) ?? throw new InvalidOperationException("the repo's theme does not load");
        return new FigureText((lang, key) => theme.Strings[lang][key]);
    });

    [Theory]
    [InlineData(null, "1100亿元", "CNY 110 billion")]
    [InlineData("about", "约1100亿元", "about CNY 110 billion")]
    [InlineData("nearly", "近1100亿元", "nearly CNY 110 billion")]
    [InlineData("over", "超过1100亿元", "more than CNY 110 billion")]
    [InlineData("at_least", "不少于1100亿元", "at least CNY 110 billion")]
    [InlineData("up_to", "不超过1100亿元", "up to CNY 110 billion")]
    [InlineData("under", "1100亿元以下", "under CNY 110 billion")]
    public void Each_bound_is_worded_in_both_languages(string? bound, string zh, string en)
    {
        var yuan = new SiteGen.Core.Unit("亿元", "money", "CNY", 100000000, new SiteGen.Core.Bilingual("元", "CNY"));
        var figure = new SiteGen.Core.Figure(1100, "亿元", 110000000000, "地区生产总值", bound, SiteGen.Core.Period.Range(2021, 2025), "level", null, "target", "gdp", "");

        Assert.Equal((zh, en), (RepoText.Value.Value(figure, yuan, Lang.Zh), RepoText.Value.Value(figure, yuan, Lang.En)));
    }

    [Fact]
    public void Growth_has_a_sign_unless_it_is_bounded()
    {
        var percent = new SiteGen.Core.Unit("%", "percent", null, 1, new SiteGen.Core.Bilingual("%", "%"));
        var growth = new SiteGen.Core.Figure(10, "%", 10, "增长", null, null, "change", "year-on-year", "target", null, "");

        Assert.Equal("+10%", RepoText.Value.Value(growth, percent, Lang.En));
        Assert.Equal("more than 10%", RepoText.Value.Value(growth with { Bound = "over" }, percent, Lang.En));
        Assert.Equal("约10%", RepoText.Value.Value(growth with { Bound = "about" }, percent, Lang.Zh));
    }
}
