using SiteGen.Render;

namespace SiteGen.Tests.Render;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Heading_ids_keep_chinese_and_stay_unique()
    {
        var body = new MarkdownRenderer(allowRawHtml: false).Render("# 标题\n\n## 一、项目背景\n\n文字\n\n## 一、项目背景\n\n## Phase 2: Outlook\n");
        Assert.Contains("<h2 id=\"标题\">标题</h2>", body.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"一项目背景\">", body.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"一项目背景-2\">", body.Html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"phase-2-outlook\">", body.Html, StringComparison.Ordinal);
        Assert.Equal(["标题", "一项目背景", "一项目背景-2", "phase-2-outlook"], body.Headings.Select(h => h.Id));
    }

    [Fact]
    public void Raw_html_is_text_unless_the_site_allows_it()
    {
        const string markdown = "正文 <b>粗</b>\n\n<script>alert(1)</script>\n";
        var safe = new MarkdownRenderer(allowRawHtml: false).Render(markdown).Html;
        Assert.DoesNotContain("<script>", safe, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;粗&lt;/b&gt;", safe, StringComparison.Ordinal);
        Assert.Contains("<b>粗</b>", new MarkdownRenderer(allowRawHtml: true).Render(markdown).Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Emphasis_works_next_to_chinese_punctuation()
    {
        var html = new MarkdownRenderer(allowRawHtml: false).Render("这是**“重点”**内容。").Html;
        Assert.Contains("<strong>“重点”</strong>", html, StringComparison.Ordinal);
    }
}
