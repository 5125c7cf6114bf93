using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// One case per rule of what a figure is (issue 22), each with its sentence: the reach of 预计, 力争, 计划 over a chain
/// of clauses, 实际 in an indicator's name, periods counted from the report (五年来, 十三五, 到2025年, 今年, 去年, 明年),
/// 新增 as a change, the place a figure is about, a project's own numbers, and the date a report was given.
/// </summary>
public sealed class FigureRulesTests
{
    /// <summary>A district work report given on 28 December 2020: it reviews 2020 and 2016–2020, and plans 2021 and 2021–2025.</summary>
    private const string DecemberReport = "2021年汉阳区政府工作报告|2021-03-01|hanyang|2020年12月28日在区第十五届人民代表大会第六次会议上区长报告工作。\n";

    /// <summary>A city work report given on 10 January 2024: it reviews 2023 and plans 2024.</summary>
    private const string JanuaryReport = "武汉市政府工作报告|2024-02-01|wuhan|2024年1月10日在武汉市第十五届人民代表大会第三次会议上市长报告工作。\n";

    /// <summary>News listed on 18 July 2024 that states no year of its own.</summary>
    private const string News = "东西湖区上半年招商引资实现双过半|2024-07-18|dongxihu|";

    private static string Describe(Figure f) =>
        $"{YamlText.Number(f.Value)}{f.Unit} {f.Period?.ToString() ?? "-"} {f.Measure} {f.Status}" + (f.Bound is null ? "" : " " + f.Bound)
        + (f.Place is null ? "" : " @" + f.Place) + (f.Indicator is null ? "" : " " + f.Indicator);

    /// <summary>The figures of <paramref name="article"/>: "title|listed|district|" and the text, whose figures after its first line are described.</summary>
    private static string Figures(string article, string text)
    {
        var parts = article.Split('|', 4);
        var body = parts[3] + text;
        var time = ArticleTime.Of(parts[0], body, DateOnly.ParseExact(parts[1], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var figures = FigureExtractor.Extract(body, RepoRegistries.Units, RepoRegistries.Indicators, time, new FigurePlace(RepoRegistries.Districts, parts[2]));
        return string.Join(" | ", figures.Select(Describe));
    }

    [Theory]
    [InlineData("预计全年实现地区生产总值700亿元，增速逐月逐季向好；固定资产投资438亿元，总量位居中心城区第一；招商引资实际到位资金635亿元、实际利用外资7.9亿美元。",
        "700亿元 2020 level estimate gdp | 438亿元 2020 level estimate fixed-asset-investment | 635亿元 2020 level estimate investment-attracted | 7.9亿美元 2020 level estimate foreign-capital-used")]
    [InlineData("预计全年新增市场主体8000户。全年新增“四上”企业85家。", "8000户 2020 change estimate | 85家 2020 change actual")]
    [InlineData("全年好于预期，地区生产总值达到700亿元。", "700亿元 2020 level actual gdp")]
    [InlineData("预计全年增长5%，项目已完成投资10亿元。", "5% 2020 change estimate | 10亿元 2020 level actual")]
    public void A_preceding_estimate_word_covers_its_chain_of_clauses_to_the_sentence_end(string sentence, string expected) =>
        Assert.Equal(expected, Figures(DecemberReport, sentence));

    /// <summary>Every bound word before a number is trimmed off the label, so the figure still finds its indicator.</summary>
    [Theory]
    [InlineData("全年实际利用外资不到5亿美元。", "5亿美元 2020 level actual under foreign-capital-used")]
    [InlineData("全年实际利用外资低于5亿美元。", "5亿美元 2020 level actual under foreign-capital-used")]
    [InlineData("全年实际利用外资高于5亿美元。", "5亿美元 2020 level actual over foreign-capital-used")]
    [InlineData("全年实际利用外资最多5亿美元。", "5亿美元 2020 level actual up_to foreign-capital-used")]
    [InlineData("全年实际利用外资约为5亿美元。", "5亿美元 2020 level actual about foreign-capital-used")]
    public void A_bounded_figure_keeps_its_indicator(string sentence, string expected) =>
        Assert.Equal(expected, Figures(DecemberReport, sentence));

    [Theory]
    [InlineData("三、2021年工作安排\n主要预期目标是：地区生产总值增长10%；固定资产投资增长5%。",
        "10% 2021 change target gdp | 5% 2021 change target fixed-asset-investment")]
    [InlineData("三、2021年工作安排\n力争全年新签约项目50个，新开工项目30个；新建公园5座。", "50个 2021 level target | 30个 2021 level target | 5座 2021 level plan")]
    [InlineData("三、2021年工作安排\n计划实施城市更新项目15个，新建公园5座。", "15个 2021 level plan | 5座 2021 level plan")]
    [InlineData("一、2020年工作回顾\n实施并完成新千亿计划，完成全年目标的76%。", "76% 2020 share actual")]
    public void Target_and_plan_words_cover_their_clauses_and_past_a_semicolon_only_as_a_list_heading(string text, string expected) =>
        Assert.Equal(expected, Figures(DecemberReport, text));

    [Theory]
    [InlineData("招商引资实际到位资金635亿元，实际利用外资7.9亿美元。", "635亿元 2020 level actual investment-attracted | 7.9亿美元 2020 level actual foreign-capital-used")]
    [InlineData("城镇新增就业1.7万人，新增市场主体8000户，净增高新技术企业30家，比上年增加9个。",
        "1.7万人 2020 level actual new-urban-jobs | 8000户 2020 change actual | 30家 2020 change actual | 9个 2020 change actual")]
    public void Actual_and_new_in_an_indicators_name_are_no_status_or_change(string sentence, string expected) =>
        Assert.Equal(expected, Figures(DecemberReport, sentence));

    [Theory]
    [InlineData("五年来，全区地区生产总值年均增长6.8%，2020年达到700亿元；一般公共预算收入累计完成260亿元。",
        "6.8% 2016–2020 change actual gdp | 700亿元 2020 level actual | 260亿元 2016–2020 cumulative actual fiscal-revenue")]
    [InlineData("过去五年，新建学校12所。", "12所 2016–2020 cumulative actual")]
    [InlineData("“十三五”时期，累计完成固定资产投资2000余亿元，金融业比重由18%提高到24%。",
        "2000亿元 2016–2020 cumulative actual over fixed-asset-investment | 18% 2015 share actual | 24% 2020 share actual")]
    [InlineData("二、“十四五”时期主要目标\n到2025年，地区生产总值突破1100亿元，年均增长7%左右；新增上市企业10家。",
        "1100亿元 2025 level target over gdp | 7% 2021–2025 change target about gdp | 10家 2021–2025 change target")]
    [InlineData("“十四五”时期，地区生产总值突破1100亿元。", "1100亿元 2021–2025 level target over gdp")]
    [InlineData("明年全区地区生产总值增长8%。去年新签约项目42个。今年新签约项目50个。",
        "8% 2021 change plan gdp | 42个 2019 level actual | 50个 2020 level actual")]
    public void Periods_are_counted_from_the_report(string text, string expected) =>
        Assert.Equal(expected, Figures(DecemberReport, text));

    [Theory]
    [InlineData("今年主要预期目标是：地区生产总值增长6%左右。去年，全市实际利用外资27.5亿美元。",
        "6% 2024 change target about gdp | 27.5亿美元 2023 level actual foreign-capital-used")]
    [InlineData("三年来，全市累计新增就业超过90万人。", "90万人 2021–2023 cumulative actual over new-urban-jobs")]
    public void This_year_and_last_year_are_counted_from_the_day_a_january_report_was_given(string text, string expected) =>
        Assert.Equal(expected, Figures(JanuaryReport, text));

    [Theory]
    [InlineData("今年上半年，全区新签约亿元以上项目62个，协议投资额达到586.3亿元。", "62个 2024 level actual | 586.3亿元 2024 level actual")]
    [InlineData("全区新引进总部型企业9家。", "9家 2024 level actual")]
    [InlineData("去年，该区签约项目105个。", "105个 2023 level actual")]
    [InlineData("到2025年，全区高新技术企业总数突破1000家。", "1000家 2025 level target over")]
    [InlineData("预计到2025年，全区数字经济规模突破1000亿元。", "1000亿元 2025 level estimate over")]
    [InlineData("项目达产后预计年产值可达120亿元、年纳税约6亿元。", "120亿元 - level estimate | 6亿元 - level estimate about")]
    public void News_counts_from_the_year_the_source_listed_it(string text, string expected) =>
        Assert.Equal(expected, Figures(News, text));

    [Theory]
    [InlineData("2023年4月份以来，武汉经开区连续引入多家新能源整车项目，总投资超400亿元。", "400亿元 2023– cumulative actual over @wuhan-economic-development-zone total-investment")]
    [InlineData("东湖高新区开工项目48个，总投资超过600亿元；汉南区开工项目12个。", "48个 2024 level actual @east-lake-high-tech-zone | 600亿元 2024 level actual over @east-lake-high-tech-zone total-investment | 12个 2024 level actual")]
    [InlineData("汉南区规模以上工业增加值增长12.1%，高于全市平均水平4.3个百分点。", "12.1% 2024 change actual industrial-output | 4.3个百分点 2024 change actual")]
    [InlineData("武汉汉南区成功引入总投资100亿元的中创新航项目。", "100亿元 2024 level actual")]
    [InlineData("全市地区生产总值增长5%，位居全市前列的汉南区增长8%。", "5% 2024 change actual @wuhan gdp | 8% 2024 change actual")]
    public void A_figure_about_another_place_than_the_articles_district_names_it(string sentence, string expected) =>
        Assert.Equal(expected, Figures("汉南区新闻|2024-05-20|hannan|", sentence));

    [Theory]
    [InlineData("汉南区引入总投资100亿元的中创新航武汉基地项目。", "100亿元 2024 level actual")]
    [InlineData("京东冷链物流基地项目总投资40亿元，一期投资15亿元。", "40亿元 2024 level actual | 15亿元 2024 level actual")]
    [InlineData("中联产业园项目计划总投资60亿元，规划用地约500亩。", "60亿元 2024 level plan | 500亩 2024 level plan about")]
    [InlineData("全年签约项目86个，总投资1200亿元。", "86个 2024 level actual | 1200亿元 2024 level actual total-investment")]
    [InlineData("全年签约项目总投资1200亿元。", "1200亿元 2024 level actual total-investment")]
    public void A_projects_own_numbers_are_never_filed_under_an_indicator(string sentence, string expected) =>
        Assert.Equal(expected, Figures("汉南区新闻|2024-05-20|hannan|", sentence));

    [Theory]
    [InlineData("2021年汉阳区政府工作报告", "2020年12月28日在武汉市汉阳区第十五届人民代表大会第六次会议上区人民政府代区长 范礼奎各位代表：", "2020-12-28", 2020)]
    [InlineData("武汉市政府工作报告", "2021年1月29日在武汉市第十五届人民代表大会第五次会议上 武汉市代市长 程用文各位代表：", "2021-01-29", 2021)]
    [InlineData("区长在全区经济工作会议上的讲话", "2023年2月8日在全区经济工作会议上 区长 张某 同志们：", "2023-02-08", 2023)]
    [InlineData("武汉市重大项目清单助推城市能级跃升", "2022年，武汉市公布了重大项目清单。", null, 2022)]
    [InlineData("汉南区一季度招商引资开门红", "今年一季度，汉南区新签约项目18个。", null, 2024)]
    [InlineData("武汉汉南建起首个大型新能源电池项目", "2021年启动了洽谈工作。2022年项目进入实施阶段。", null, null)]
    public void The_date_an_original_was_given_is_read_from_its_opening_and_sets_the_year_it_was_written(string title, string text, string? given, int? own)
    {
        var time = ArticleTime.Of(title, text, new DateOnly(2024, 7, 7));

        Assert.Equal((given, own), (time.OriginalDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), time.OwnYear));
    }
}
