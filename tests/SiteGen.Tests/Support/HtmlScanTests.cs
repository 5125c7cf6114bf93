namespace SiteGen.Tests.Support;

/// <summary>The scanner sees the DOM a browser builds, not the tags as written.</summary>
public sealed class HtmlScanTests
{
    [Fact]
    public void Language_follows_the_parsed_tree()
    {
        // The <p> is closed implicitly by the <div>, so 汉字 is outside the zh paragraph; single-quoted and unquoted lang work.
        const string html = "<!doctype html><html lang=en><body><p lang='zh-CN'>中文<div>汉字</div><span lang=zh>好</span><img alt=\"图\"></body></html>";
        Assert.Equal(["汉字", "<img alt=\"图\">"], HtmlScan.HanOutsideChinese(html));
    }

    [Fact]
    public void Links_and_ids_come_from_attributes_in_any_quoting()
    {
        const string html = "<a href='/a/' id=x>a</a><img src=/b.png><script>var s = '<a href=\"/not-a-link/\">';</script><p id=\"y\">";
        Assert.Equal(["/a/", "/b.png"], HtmlScan.Links(html));
        Assert.Equal(["x", "y"], HtmlScan.Ids(html).Order(StringComparer.Ordinal));
    }
}
