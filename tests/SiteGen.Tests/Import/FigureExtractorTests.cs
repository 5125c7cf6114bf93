using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>Tricky cases of figure extraction, with the repo's units and indicators.</summary>
public sealed class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Extract(text, RepoRegistries.Units, RepoRegistries.Indicators);

    private static Figure Single(string text) => Assert.Single(Extract(text));

    [Theory]
    [InlineData("项目总投资100亿元。", "100", "亿元", "10000000000")]
    [InlineData("全市经济总量达到1.2万亿元。", "1.2", "万亿元", "1200000000000")]
    [InlineData("实际利用外资7.9亿美元。", "7.9", "亿美元", "790000000")]
    [InlineData("给予落户奖励4000万元。", "4000", "万元", "40000000")]
    [InlineData("含 1,000 元的补贴。", "1000", "元", "1000")]
    [InlineData("新筹集租赁房3.6万平方米。", "3.6", "万平方米", "36000")]
    [InlineData("降幅收窄35.8个百分点。", "35.8", "个百分点", "35.8")]
    [InlineData("新增就业1.7万人。", "1.7", "万人", "17000")]
    public void Money_scales_and_the_longest_unit_are_read(string text, string value, string unit, string normalized)
    {
        var figure = Single(text);

        Assert.Equal(value, YamlText.Number(figure.Value));
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(normalized, YamlText.Number(figure.Normalized));
    }

    [Theory]
    [InlineData("总投资超400亿元。", "over")]
    [InlineData("完成近600亩土地平整。", "nearly")]
    [InlineData("争取纾困资金40余亿元。", "over")]
    [InlineData("新引进产业项目30个以上。", "over")]
    [InlineData("税收比重达到25%左右。", "about")]
    [InlineData("全市1万多家企业复工。", "over")]
    [InlineData("社会救助金超过19亿元。", "over")]
    [InlineData("大学生突破30万人。", "over")]
    [InlineData("地区生产总值突破1100亿元。", "over")]
    [InlineData("逾800亿元。", "over")]
    [InlineData("项目总投资约50亿元。", "about")]
    [InlineData("接近1000家。", "nearly")]
    [InlineData("将近2万名。", "nearly")]
    [InlineData("增速保持在5%上下。", "about")]
    [InlineData("年产值不少于100亿元。", "at_least")]
    [InlineData("增长不低于6%。", "at_least")]
    [InlineData("至少30家。", "at_least")]
    [InlineData("给予最高2000万元奖励。", "up_to")]
    [InlineData("奖励最高不超过500万元。", "up_to")]
    [InlineData("至多5个。", "up_to")]
    [InlineData("审批时间控制在3个工作日以内，费用10万元以内。", "up_to")]
    [InlineData("占比降至15%以下。", "under")]
    [InlineData("总投资100亿元。", null)]
    [InlineData("附近3个村。", null)]
    [InlineData("最近3个村。", null)]
    [InlineData("共签约5个项目。", null)]
    [InlineData("带动10家上下游企业。", null)]
    public void Bound_words_around_the_number_give_its_bound(string text, string? bound) => Assert.Equal(bound, Single(text).Bound);

    [Theory]
    [InlineData("其中，10亿元以上项目15个。", "15个")]
    [InlineData("投资额不足1亿元的项目占比降至15%以下。", "15%")]
    [InlineData("对年度实际利用外资超过1亿美元的项目，给予奖励500万元。", "500万元")]
    public void A_number_that_only_names_a_class_of_things_is_no_figure(string text, string figure) =>
        Assert.Equal(figure, LabelledSet.ValueOf(Single(text)));

    [Fact]
    public void A_hedge_between_scale_and_unit_still_finds_the_unit()
    {
        var figure = Single("全市1万多家“四上”企业实现复工。");

        Assert.Equal(("万家", 10000m, "“四上”企业"), (figure.Unit, figure.Normalized, figure.Label));
    }

    [Theory]
    [InlineData("2023年7月28日，项目正式开工。")]
    [InlineData("第1批项目和十四五规划、一是加强领导。")]
    [InlineData("建成5G网络，打造5A级景区，入选500强，PM2.5浓度持续下降。")]
    [InlineData("华星光电t5项目、地铁6号线和5.5产业园。")]
    [InlineData("用3个月完成，90多个日日夜夜，30多个小时，8个多月。")]
    [InlineData("预计增长20%-30%，投资10至20亿元。")]
    [InlineData("咨询电话027-87654321，时间12:30。")]
    [InlineData("位居全国前3名，为建党100周年献礼。")]
    public void Years_dates_ordinals_codes_durations_and_ranges_are_not_figures(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Numbers_inside_words_are_skipped_but_the_figure_beside_them_is_kept()
    {
        var figures = Extract("5G基站达到1230座，累计落户世界500强企业23家。");

        Assert.Equal(["1230 座 5G基站", "23 家 累计落户世界500强企业"], figures.Select(f => $"{f.Value} {f.Unit} {f.Label}"));
    }

    [Fact]
    public void The_year_is_the_nearest_one_before_the_figure_in_its_sentence()
    {
        var figures = Extract("2022年以来，2023年全市地区生产总值达到2000亿元。全年新增就业3万人。");

        Assert.Equal([(Period.Year(2023), "gdp", "地区生产总值"), (null, "new-urban-jobs", "新增就业")], figures.Select(f => (f.Period, f.Indicator, f.Label)));
    }

    [Theory]
    [InlineData("同比增长12.5%。", "同比增长", null)]
    [InlineData("地区生产总值增长10%。", "地区生产总值增长", "gdp")]
    [InlineData("数字经济增加值占地区生产总值比重突破40%。", "数字经济增加值占地区生产总值比重", null)]
    [InlineData("在招商引资努力下，汉南区引入总投资100亿元的基地项目。", "总投资", null)]
    [InlineData("全年签约项目总投资1200亿元。", "总投资", "total-investment")]
    [InlineData("全年落实减税降费22.1亿元。", "落实减税降费", null)]
    [InlineData("第一时间改造4家定点医院、抢建3座方舱医院。", "定点医院", null)]
    [InlineData("投放5亿元消费券。", "消费券", null)]
    [InlineData("将给予最高不超过4000万元的落户奖励。", "落户奖励", null)]
    [InlineData("经济总量位居全国前十，达到15616.1亿元。", "经济总量", "gdp")]
    [InlineData("累计完成固定资产投资2000余亿元。", "累计固定资产投资", "fixed-asset-investment")]
    [InlineData("其中新增绿地135亩。", "新增绿地", null)]
    [InlineData("城镇新增就业22.8万人，新增农村劳动力转移就业2.3万人。", "城镇新增就业", "new-urban-jobs")]
    public void Labels_name_what_the_first_figure_measures(string text, string label, string? indicator)
    {
        var first = Extract(text)[0];

        Assert.Equal((label, indicator), (first.Label, first.Indicator));
    }

    [Fact]
    public void Figures_in_one_clause_do_not_borrow_each_others_words()
    {
        var figures = Extract("固定资产投资从一季度负增长81.6%收窄到全年负增长11.8%；保障性住房新开工1700套、建成1000套。");

        Assert.Equal(["固定资产投资从一季度负增长", "全年负增长", "保障性住房新开工", "保障性住房建成"], figures.Select(f => f.Label));
    }

    [Fact]
    public void Respectively_gives_both_figures_the_shared_label()
    {
        var figures = Extract("中心城区、新城区失业保险金标准分别提高5.85%、5.88%。");

        Assert.Equal(["中心城区、新城区失业保险金标准分别提高", "中心城区、新城区失业保险金标准分别提高"], figures.Select(f => f.Label));
    }

    [Fact]
    public void Figures_keep_text_order_their_sentence_and_the_same_sentence_twice_counts_once()
    {
        var figures = Extract("新建绿地534亩，新增就业1.7万人。\n新建绿地534亩，新增就业1.7万人。\n项目共计433项！");

        Assert.Equal(["534 亩", "1.7 万人", "433 项"], figures.Select(f => $"{f.Value} {f.Unit}"));
        Assert.Equal("新建绿地534亩，新增就业1.7万人。", figures[0].Sentence);
        Assert.Equal("项目共计433项！", figures[2].Sentence);
    }

    [Fact]
    public void Two_figures_of_the_same_value_and_unit_in_one_sentence_are_both_kept_when_they_measure_different_things()
    {
        var figures = Extract("新引进产业项目30个以上、数字经济重点企业30个以上。");

        Assert.Equal(["新引进产业项目", "数字经济重点企业"], figures.Select(f => f.Label));
    }
}
