using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

public sealed class BuildTests
{
    private static string HashOf(string title = "测试标题", string body = "正文第一段。") => TranslationHash.Of(title, "摘要。", "\n" + body + "\n");

    [Fact]
    public void Builds_every_page_kind_in_both_languages()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.En("a-1", HashOf()));
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("built ", result.Stdout, StringComparison.Ordinal);
        foreach (var url in new[]
                 {
                     "/", "/404.html", "/sitemap.xml", "/robots.txt", "/zh/feed.xml", "/en/feed.xml",
                     "/zh/", "/en/", "/zh/articles/", "/en/articles/", "/zh/articles/a-1/", "/en/articles/a-1/",
                     "/zh/districts/", "/en/districts/", "/zh/districts/hannan/", "/en/districts/hannan/",
                     "/zh/summary/", "/en/summary/", "/zh/404.html", "/en/404.html", "/zh/search/", "/en/search/",
                 })
        {
            Assert.True(site.Exists(url), url);
        }

        Assert.False(site.Exists("/zh/districts/hanyang/"), "districts without articles get no page");
        Assert.Contains("<html lang=\"zh-CN\">", site.Page("/zh/articles/a-1/"), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", site.Page("/en/articles/a-1/"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_html_stays_text()
    {
        using var site = new TestSite(TestSite.Zh("x-1", title: "<script>alert(1)</script>标题", body: "正文 <b>粗体</b> <script>alert(2)</script>"));
        Assert.Equal(0, site.Build().ExitCode);
        var page = site.Page("/zh/articles/x-1/");
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>粗体", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;标题", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;粗体", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", site.Page("/zh/feed.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_translation_is_a_fallback_page_that_claims_no_english_version()
    {
        using var site = new TestSite(TestSite.Zh("f-1"));
        Assert.Equal(0, site.Build().ExitCode);
        var en = site.Page("/en/articles/f-1/");
        Assert.Contains("has not been translated into English yet", en, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"robots\" content=\"noindex\">", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://wuhan-invest.netlify.app/zh/articles/f-1/\">", en, StringComparison.Ordinal);
        Assert.DoesNotContain("hreflang=\"en\" href", en, StringComparison.Ordinal);
        Assert.Contains("<div class=\"prose\" lang=\"zh-CN\">", en, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"zh-CN\"", en, StringComparison.Ordinal);
        var zh = site.Page("/zh/articles/f-1/");
        Assert.DoesNotContain("hreflang=\"en\" href", zh, StringComparison.Ordinal);
        var sitemap = site.Page("/sitemap.xml");
        Assert.Contains("/zh/articles/f-1/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("/en/articles/f-1/", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void A_current_translation_is_linked_both_ways()
    {
        using var site = new TestSite(TestSite.Zh("c-1") + TestSite.En("c-1", HashOf()));
        Assert.Equal(0, site.Build().ExitCode);
        var en = site.Page("/en/articles/c-1/");
        Assert.DoesNotContain("class=\"notice", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://wuhan-invest.netlify.app/en/articles/c-1/\">", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://wuhan-invest.netlify.app/zh/articles/c-1/\">", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://wuhan-invest.netlify.app/zh/articles/c-1/\">", en, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://wuhan-invest.netlify.app/en/articles/c-1/\">", site.Page("/zh/articles/c-1/"), StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" href=\"https://wuhan-invest.netlify.app/en/articles/c-1/\"", site.Page("/sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_source_makes_the_translation_stale_and_says_so()
    {
        using var site = new TestSite(TestSite.Zh("s-1", body: "正文第一段。新增一句。") + TestSite.En("s-1", HashOf()));
        var result = site.Build();
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input/articles/en/s-1.md:1: warning: stale translation", result.Stderr, StringComparison.Ordinal);
        var en = site.Page("/en/articles/s-1/");
        Assert.Contains("may be out of date", en, StringComparison.Ordinal);
        Assert.Contains("href=\"/zh/articles/s-1/\" hreflang=\"zh-CN\">Read the Chinese original", en, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_front_matter_fails_naming_file_and_line_and_leaves_the_old_output()
    {
        using var site = new TestSite(TestSite.Zh("ok-1"));
        Assert.Equal(0, site.Build().ExitCode);
        var before = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        site.Write(TestSite.Zh("ok-1", date: "2024-13-45") + TestSite.Zh("bad-2", district: "atlantis", extra: "titel: \"x\"\n"));
        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/articles/zh/ok-1.md:3: error: \"date\" must be a date written yyyy-mm-dd", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/articles/zh/bad-2.md:4: error: district \"atlantis\" is not in data/districts.yml", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("input/articles/zh/bad-2.md:9: error: unknown key \"titel\"; did you mean \"title\"?", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("output/ was left as it was", result.Stderr, StringComparison.Ordinal);
        var after = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).StartsWith("output.", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        using var site = new TestSite("-- input/articles/zh/y-1.md --\n---\ntitle: \"unclosed\ndate: 2024-01-01\n---\n\n正文。\n");
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"input/articles/zh/y-1\.md:\d+: error: invalid YAML", result.Stderr);
    }

    [Fact]
    public void Slugs_must_be_safe_and_match_the_file()
    {
        using var site = new TestSite(TestSite.Zh("good-1").Replace("slug: good-1", "slug: Bad Slug", StringComparison.Ordinal));
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("slug \"Bad Slug\" must be lowercase ASCII", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translation_without_a_source_is_an_error()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.En("zz-9", "sha256:0000000000000000"));
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/articles/en/zz-9.md:1: error: translation has no zh source", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_builds_are_byte_identical()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.Zh("b-2", date: "2023-02-03", district: "hanyang") + TestSite.En("a-1", HashOf()));
        Assert.Equal(0, site.Build().ExitCode);
        var first = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);
        Assert.Equal(0, site.Build().ExitCode);
        var second = Directory.GetFiles(site.Output, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(site.Output, f), File.ReadAllBytes);
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(second[kv.Key]), kv.Key));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = new TestSite(TestSite.Zh("d-1", extra: "draft: true\n") + TestSite.Zh("p-2"));
        Assert.Equal(0, site.Build().ExitCode);
        Assert.False(site.Exists("/zh/articles/d-1/"));
        Assert.Equal(0, site.Build("--drafts").ExitCode);
        Assert.True(site.Exists("/zh/articles/d-1/"));
    }

    [Fact]
    public void Base_url_flag_overrides_site_yml()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        Assert.Equal(0, site.Build("--base-url", "https://pr-7--example.netlify.app/").ExitCode);
        Assert.Contains("href=\"https://pr-7--example.netlify.app/zh/articles/a-1/\"", site.Page("/zh/articles/a-1/"), StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://pr-7--example.netlify.app/sitemap.xml", site.Page("/robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_become_redirects()
    {
        using var site = new TestSite(TestSite.Zh("new-1", extra: "aliases: [/zh/articles/old-1/, /older-1]\n"));
        Assert.Equal(0, site.Build().ExitCode);
        var redirects = site.Page("/_redirects");
        Assert.Contains("/zh/articles/old-1/ /zh/articles/new-1/ 301", redirects, StringComparison.Ordinal);
        Assert.Contains("/en/articles/older-1/ /en/articles/new-1/ 301", redirects, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aliases: [/zh/articles/a-1/]", "is already the article")]
    [InlineData("aliases: [/a-1]", "is already the article")]
    [InlineData("aliases: [/zh/articles/old/, /zh/articles/old]", "is already an alias in")]
    public void Aliases_may_not_take_a_live_url_or_another_alias(string aliases, string message)
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.Zh("b-2", extra: aliases + "\n"));
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/articles/zh/b-2.md:9: error: alias", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ui_string_missing_in_one_language_fails_naming_key_and_language()
    {
        using var temp = new TempDir();
        CopyDirectory(Repo.Theme, temp.Path);
        var en = Path.Combine(temp.Path, "i18n", "en.yml");
        File.WriteAllLines(en, File.ReadAllLines(en).Where(l => !l.StartsWith("nav_summary:", StringComparison.Ordinal)));
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = temp.Path };
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("UI string \"nav_summary\" is missing in language \"en\"", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_errors_fail_the_build_with_every_message()
    {
        using var temp = new TempDir();
        CopyDirectory(Repo.Theme, temp.Path);
        File.AppendAllText(Path.Combine(temp.Path, "layouts", "home.sbn-html"), "{{ if }}");
        File.AppendAllText(Path.Combine(temp.Path, "layouts", "summary.sbn-html"), "{{ for x in }}");
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = temp.Path };
        var result = site.Build();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("home.sbn-html:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("summary.sbn-html:", result.Stderr, StringComparison.Ordinal);
    }

    internal static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
