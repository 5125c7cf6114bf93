using SiteGen.Import;

namespace SiteGen.Tests.Import;

public sealed class TypographyTests
{
    [Theory]
    [InlineData("武汉,汉阳", "武汉，汉阳")]
    [InlineData("总投资(亿元):100;增长?", "总投资（亿元）：100；增长？")]
    [InlineData("1,000 and 12:30", "1,000 and 12:30")]
    [InlineData("GDP(地区生产总值)", "GDP（地区生产总值）")]
    [InlineData("实现 (GDP) 增长", "实现 （GDP） 增长")]
    [InlineData("增长25%,达到", "增长25%，达到")]
    [InlineData("f(x) = 1", "f(x) = 1")]
    [InlineData("代区长;?范礼奎各位代表", "代区长 范礼奎各位代表")]
    public void Ascii_punctuation_inside_chinese_becomes_full_width(string input, string expected) =>
        Assert.Equal(expected, ChineseTypography.FullWidthPunctuation(input));

    [Theory]
    [InlineData("<b>粗</b>", "\\<b\\>粗\\</b\\>")]
    [InlineData("# 不是标题", "\\# 不是标题")]
    [InlineData("1. 不是列表", "1\\. 不是列表")]
    [InlineData("a*b*_c_", "a\\*b\\*\\_c\\_")]
    public void Markdown_syntax_in_text_is_escaped(string input, string expected) =>
        Assert.Equal(expected, MarkdownBody.Escape(input, heading: false));
}
