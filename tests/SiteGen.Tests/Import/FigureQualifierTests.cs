using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// What a figure is: its period, measure (with base) and status, from the sentence and the article's
/// own dating. Includes the sentences quoted in issue 12.
/// </summary>
public sealed class FigureQualifierTests
{
    private const string ReportTitle = "2021年汉阳区政府工作报告";

    private const string Report = """
        2020年12月28日在武汉市汉阳区第十五届人民代表大会第六次会议上区长报告工作。
        一、2020年和“十三五”工作回顾2020年是极不平凡的一年。预计全年实现地区生产总值700亿元，增速逐月逐季向好；固定资产投资438亿元，总量位居中心城区第一。进出口逆势增长10.8%。
        “十三五”时期是汉阳发展不平凡的五年。累计实现招商引资实际到位资金2800余亿元。
        二、“十四五”目标任务各位代表，“十四五”时期是新征程的第一个五年。实施并完成新千亿计划，地区生产总值突破1100亿元。
        三、2021年工作安排全区经济社会发展的主要预期目标是：地区生产总值增长10%，招商引资实际到位资金突破650亿元。新引进大健康产业项目20个。
        """;

    private static IReadOnlyList<Figure> Extract(string text, ArticleTime? time = null) =>
        FigureExtractor.Extract(text, RepoRegistries.Units, RepoRegistries.Indicators, time);

    private static string Describe(Figure f) =>
        $"{YamlText.Number(f.Value)}{f.Unit} {f.Period?.ToString() ?? "-"} {f.Measure}{(f.Base is null ? "" : "/" + f.Base)} {f.Status} {f.Indicator ?? "-"}";

    [Fact]
    public void A_work_report_delivered_in_december_reports_on_that_year_and_sets_targets_for_the_next()
    {
        var time = ArticleTime.Of(ReportTitle, Report);

        Assert.Equal(new ArticleTime(Period.Year(2020), 2020, 2021) { OriginalDate = new DateOnly(2020, 12, 28), OwnYear = 2020 }, time);
    }

    [Theory]
    [InlineData("武汉市政府工作报告", "2021年1月29日在武汉市第十四届人民代表大会第六次会议上 代市长报告。", "2020")]
    [InlineData("2021年汉阳区政府工作报告", "2020年12月28日在区人民代表大会第六次会议上报告。", "2020")]
    [InlineData("武汉市第二季度招商引资项目签约大会举行", "2021年，武汉市第二季度招商引资项目签约大会正式举行。", "2021")]
    [InlineData("武汉市重大项目清单助推城市能级跃升", "在2024年，武汉市聚焦数字经济。", "2024")]
    [InlineData("2022年武汉市重大项目清单", "武汉市公布了清单。", "2022")]
    [InlineData("武汉汉南建起首个大型新能源电池项目", "武汉汉南区成功引入总投资100亿元的项目。2021年启动了洽谈工作。", null)]
    public void An_article_reports_on_the_period_its_title_or_opening_states(string title, string text, string? period) =>
        Assert.Equal(period, ArticleTime.Of(title, text).Reported?.ToString());

    [Fact]
    public void Each_part_of_a_work_report_gives_its_figures_their_period_and_status()
    {
        var figures = Extract(Report, ArticleTime.Of(ReportTitle, Report));

        Assert.Equal(
            [
                "700亿元 2020 level estimate gdp",
                "438亿元 2020 level estimate fixed-asset-investment",
                "10.8% 2020 change/year-on-year actual foreign-trade",
                "2800亿元 2016–2020 cumulative actual investment-attracted",
                "1100亿元 2021–2025 level target gdp",
                "10% 2021 change/year-on-year target gdp",
                "650亿元 2021 level target investment-attracted",
                "20个 2021 level plan -",
            ],
            figures.Select(Describe));
    }

    [Theory]
    [InlineData("到2025年，地区生产总值突破1100亿元。", "1100亿元 2025 level target gdp")]
    [InlineData("力争全年新增就业2万人。", "2万人 - level target new-urban-jobs")]
    [InlineData("该项目规划产能为20GWh。", "20GWh - level plan -")]
    [InlineData("拟新建学校3所。", "3所 - level plan -")]
    [InlineData("预计新增就业1万人。", "1万人 - level estimate new-urban-jobs")]
    [InlineData("项目总投资约50亿元。", "50亿元 - level actual -")]
    [InlineData("税收比重达到25%左右。", "25% - share actual -")]
    [InlineData("2023年4月份以来，武汉经开区连续引入多家新能源整车项目，总投资超400亿元。", "400亿元 2023– cumulative actual total-investment")]
    [InlineData("“十三五”时期，累计完成固定资产投资2000余亿元。", "2000亿元 2016–2020 cumulative actual fixed-asset-investment")]
    [InlineData("2020年经济总量达到15616.1亿元，同比下降4.7%。", "15616.1亿元 2020 level actual gdp|-4.7% 2020 change/year-on-year actual gdp")]
    [InlineData("2020年进出口逆势增长10.8%。", "10.8% 2020 change/year-on-year actual foreign-trade")]
    [InlineData("民生投入年均增长13.4%。", "13.4% - change/annual-average actual -")]
    [InlineData("较一季度降幅收窄35.8个百分点。", "35.8个百分点 - change/previous-period actual -")]
    [InlineData("雨水抽排能力是“十二五”期末的2.6倍。", "2.6倍 - change/previous-period actual -")]
    [InlineData("全年净增高新技术企业1842户。", "1842户 - change/year-on-year actual -")]
    [InlineData("数字经济占比超过40%。", "40% - share actual -")]
    [InlineData("民生支出占财政支出比重76%。", "76% - share actual -")]
    [InlineData("空气质量优良率达84.4%。", "84.4% - share actual -")]
    [InlineData("地区生产总值位居全国第8位。", "8位 - rank actual -")]
    [InlineData("经济总量好于预期，达到100亿元。", "100亿元 - level actual gdp")]
    public void A_sentence_says_the_measure_status_and_period_of_its_figure(string sentence, string expected) =>
        Assert.Equal(expected, string.Join("|", Extract(sentence).Select(Describe)));

    [Fact]
    public void Figures_of_an_article_without_dating_take_the_year_the_article_reports_on()
    {
        var text = "2022年，武汉市公布了重大项目清单。清单共有项目433项。";

        var figure = Assert.Single(Extract(text, ArticleTime.Of("武汉市重大项目清单", text)));

        Assert.Equal(Period.Year(2022), figure.Period);
    }

    [Theory]
    [InlineData("2020", 2020, 2020)]
    [InlineData("2016–2020", 2016, 2020)]
    [InlineData("2016-2020", 2016, 2020)]
    [InlineData("2023–", 2023, null)]
    public void Periods_parse_and_print_in_one_form(string text, int from, int? to)
    {
        var period = Period.Parse(text);

        Assert.Equal(new Period(from, to), period);
        Assert.Equal(text.Replace('-', '–'), period!.ToString());
    }

    [Theory]
    [InlineData("20")]
    [InlineData("2020年")]
    [InlineData("2025–2021")]
    [InlineData("")]
    public void Other_period_text_is_not_a_period(string text) => Assert.Null(Period.Parse(text));
}
