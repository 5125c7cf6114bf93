using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// base_url (issue #21) is an absolute http(s) URL without fragment, query, user name or whitespace, from site.yml
/// (an error at its line, from build and check) and from --base-url (a usage error naming the option) alike.
/// </summary>
public sealed class BaseUrlTests
{
    public static TheoryData<string, string> Bad => new()
    {
        { "https://example.com/#frag", "must not have a fragment" },
        { "https://x.org\nDisallow: /\nx", "contains a space, tab, line break or control character" },
        { "https://x.org ", "contains a space, tab, line break or control character" },
        { "https://x.org\t", "contains a space, tab, line break or control character" },
        { "https://user:secret@x.org", "must not carry a user name or password" },
        { "https://x.org/?a=1", "must not have a query" },
        { "ftp://x.org", "must be an absolute http(s) URL" },
        { "/relative/path", "must be an absolute http(s) URL" },
        { "https://", "must be an absolute http(s) URL" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_bad_base_url_option_is_a_usage_error_naming_the_option(string url, string problem)
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var result = site.Build("--no-search", "--base-url", url);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"sitegen: --base-url \"{BaseUrl.Shown(url)}\" {problem}", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("sitegen: ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(site.Output));
    }

    [Theory]
    [MemberData(nameof(Bad))]
    public void A_bad_base_url_in_site_yml_is_an_error_at_its_line_for_build_and_check(string url, string problem)
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var before = Fingerprint.Of(site.Output);
        var config = Path.Combine(site.Input, "site.yml");
        var lines = File.ReadAllLines(config);
        var at = Array.FindIndex(lines, l => l.StartsWith("base_url:", StringComparison.Ordinal));
        lines[at] = "base_url: " + YamlText.Quote(url);
        File.WriteAllLines(config, lines);
        var expected = $"input/site.yml:{at + 1}: error: base_url \"{BaseUrl.Shown(url)}\" {problem}";
        var build = site.Build("--no-search");
        Assert.Equal(1, build.ExitCode);
        Assert.Contains(expected, build.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint.Of(site.Output));
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains(expected, check.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://example.org/reports/", "https://example.org/reports/zh/")]
    [InlineData("http://localhost:8080", "http://localhost:8080/zh/")]
    public void A_good_base_url_prefixes_every_absolute_url(string url, string home)
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var result = site.Build("--no-search", "--base-url", url);
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"<loc>{home}</loc>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
        Assert.Contains("Sitemap: " + url.TrimEnd('/') + "/sitemap.xml\n", File.ReadAllText(Path.Combine(site.Output, "robots.txt")), StringComparison.Ordinal);
    }
}
