using SiteGen.Render;

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
        Assert.Equal(expected, Formats.Money(amount, currency, lang));

    [Theory]
    [InlineData(17000, "zh", "1.7万")]
    [InlineData(17000, "en", "17,000")]
    [InlineData(96, "zh", "96")]
    [InlineData(1234567, "en", "1,234,567")]
    public void Counts_use_wan_in_chinese_and_separators_in_english(decimal value, string lang, string expected) =>
        Assert.Equal(expected, Formats.Count(value, lang));

    [Fact]
    public void Dates_are_written_per_language()
    {
        Assert.Equal("2025年7月7日", Formats.Date(new DateOnly(2025, 7, 7), "zh"));
        Assert.Equal("7 July 2025", Formats.Date(new DateOnly(2025, 7, 7), "en"));
    }

    [Fact]
    public void Figures_keep_the_chinese_unit_and_translate_the_english_one()
    {
        var people = new SiteGen.Core.Unit("万人", "count", null, 10000, new SiteGen.Core.Bilingual("人", "people"));
        var figure = new SiteGen.Core.Figure(1.7m, "万人", 17000, "新增就业", true, SiteGen.Core.Period.Year(2020), "level", null, "actual", null, "");
        Assert.Equal("约1.7万人", Formats.Figure(figure, people, "zh"));
        Assert.Equal("about 17,000 people", Formats.Figure(figure, people, "en"));
        var percent = new SiteGen.Core.Unit("%", "percent", null, 1, new SiteGen.Core.Bilingual("%", "%"));
        Assert.Equal("25%", Formats.Figure(new SiteGen.Core.Figure(25, "%", 25, "", false, null, "share", null, "actual", null, ""), percent, "en"));
    }
}
