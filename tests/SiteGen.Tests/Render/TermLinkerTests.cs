using SiteGen.Render;

namespace SiteGen.Tests.Render;

public sealed class TermLinkerTests
{
    private static readonly TermMark Cluster = new("industrial-cluster", ["industrial cluster"], "/en/articles/a/#term-industrial-cluster");

    [Fact]
    public void Only_the_first_use_outside_headings_and_links_becomes_a_term_link()
    {
        var body = "## The industrial cluster\n\nSee [the industrial cluster](https://example.org/).\n\nThe industrial clusters grew. Another industrial cluster.\n";
        var rendered = new MarkdownRenderer(allowRawHtml: false).Render(body, [Cluster]);

        Assert.Equal(["industrial-cluster"], rendered.Terms);
        Assert.Contains("<h2 id=\"the-industrial-cluster\">The industrial cluster</h2>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/\">the industrial cluster</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("<p>The <a href=\"/en/articles/a/#term-industrial-cluster\" class=\"term\">industrial clusters</a> grew. Another industrial cluster.</p>", rendered.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_that_is_not_used_is_not_listed()
    {
        var rendered = new MarkdownRenderer(allowRawHtml: false).Render("Nothing here.\n", [Cluster]);
        Assert.Empty(rendered.Terms);
        Assert.DoesNotContain("class=\"term\"", rendered.Html, StringComparison.Ordinal);
    }
}
