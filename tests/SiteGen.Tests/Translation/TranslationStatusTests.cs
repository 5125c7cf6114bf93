using SiteGen.Tests.Support;

namespace SiteGen.Tests.Translation;

/// <summary>A translation's status (machine draft, reviewed, final): recorded by stamp, told to readers, counted in coverage.</summary>
public sealed class TranslationStatusTests
{
    private static string Site(string status) =>
        TestSite.Zh("s-1", body: "正文第一段。") +
        $"-- input/articles/en/s-1.md --\n---\ntitle: \"Test title\"\nsummary: \"Summary.\"\ntranslation_status: {status}\nsource_hash: sha256:0000000000000000\n---\n\nFirst paragraph.\n";

    private static string En(TestSite site) => Path.Combine(site.Input, "articles", "en", "s-1.md");

    [Fact]
    public void The_English_page_and_feed_entry_of_a_machine_draft_say_so_and_link_the_method_page()
    {
        using var site = new TestSite(Site("machine-draft"));
        Assert.Equal(0, RunCli.Run(site.Root, "translations", "stamp", En(site), "--input", site.Input).ExitCode);
        Assert.Equal(0, site.Build("--no-search").ExitCode);

        var page = site.Page("/en/articles/s-1/");
        Assert.Contains("<dt>Translation</dt><dd><a href=\"/en/method/#translation\">Machine translation, not yet reviewed</a></dd>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Machine translation", site.Page("/zh/articles/s-1/"), StringComparison.Ordinal);
        Assert.Contains("id=\"translation\"", site.Page("/en/method/"), StringComparison.Ordinal);
        Assert.Contains("Machine translation, not yet reviewed&lt;/a&gt;", File.ReadAllText(Path.Combine(site.Output, "en", "feed.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public void Stamp_reviewed_records_who_and_when_and_coverage_counts_it()
    {
        using var site = new TestSite(Site("machine-draft"));
        var stamp = RunCli.Run(site.Root, "translations", "stamp", En(site), "--input", site.Input, "--reviewed", "--by", "Jane Doe", "--on", "2026-01-02");

        Assert.True(stamp.ExitCode == 0, stamp.Stderr);
        Assert.Contains("reviewed by Jane Doe on 2026-01-02", stamp.Stdout, StringComparison.Ordinal);
        var text = File.ReadAllText(En(site));
        Assert.Contains("translation_status: reviewed\n", text, StringComparison.Ordinal);
        Assert.Contains("reviewed_by: \"Jane Doe\"\n", text, StringComparison.Ordinal);
        Assert.Contains("reviewed_on: 2026-01-02\n", text, StringComparison.Ordinal);

        var json = RunCli.Run(site.Root, "translate-status", "--input", site.Input, "--json");
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var total = doc.RootElement.GetProperty("total");
        Assert.Equal(1, total.GetProperty("reviewed").GetInt32());
        Assert.Equal(0, total.GetProperty("machine_draft").GetInt32());
        var item = doc.RootElement.GetProperty("items")[0];
        Assert.Equal("Jane Doe", item.GetProperty("reviewed_by").GetString());
        Assert.Equal("2026-01-02", item.GetProperty("reviewed_on").GetString());
        Assert.Contains("0 machine draft(s), 1 reviewed, 0 final", RunCli.Run(site.Root, "check", "--input", site.Input).Stdout, StringComparison.Ordinal);

        Assert.Equal(0, site.Build("--no-search").ExitCode);
        Assert.Contains(">Reviewed against the Chinese original</a>", site.Page("/en/articles/s-1/"), StringComparison.Ordinal);

        var final = RunCli.Run(site.Root, "translations", "stamp", En(site), "--input", site.Input, "--final", "--on", "2026-02-03");
        Assert.Equal(0, final.ExitCode);
        Assert.Contains("translation_status: final\nreviewed_by: \"Jane Doe\"\nreviewed_on: 2026-02-03\n", File.ReadAllText(En(site)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--reviewed", "--final")]
    [InlineData("--by", "Jane")]
    [InlineData("--reviewed", "--on", "2026-13-01")]
    public void Stamp_options_that_do_not_make_sense_are_usage_errors(params string[] options)
    {
        using var site = new TestSite(Site("machine-draft"));
        var before = File.ReadAllBytes(En(site));
        var stamp = RunCli.Run(site.Root, ["translations", "stamp", En(site), "--input", site.Input, .. options]);
        Assert.Equal(2, stamp.ExitCode);
        Assert.Contains("translations stamp --help", stamp.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(En(site)));
    }

    [Fact]
    public void The_former_status_human_is_read_as_reviewed_with_a_warning_to_rename_it()
    {
        using var site = new TestSite(Site("human"));
        Assert.Equal(0, RunCli.Run(site.Root, "translations", "stamp", En(site), "--input", site.Input).ExitCode);
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("s-1.md:4: warning: translation_status \"human\" is now written \"reviewed\"", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 machine draft(s), 1 reviewed", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warning_repeated_over_many_files_is_shown_twenty_times_by_build_and_every_time_by_check()
    {
        var files = string.Concat(Enumerable.Range(1, 25).Select(i =>
            TestSite.Zh($"s-{i}", body: $"正文第{i}段。") +
            TestSite.En($"s-{i}", SiteGen.Core.TranslationHash.Of("测试标题", "摘要。", $"\n正文第{i}段。\n"))
                .Replace("translation_status: reviewed", "translation_status: human", StringComparison.Ordinal)));
        using var site = new TestSite(files);

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(25, Count(check.Stderr, "warning: translation_status \"human\""));
        Assert.DoesNotContain("more warning", check.Stderr, StringComparison.Ordinal);
        Assert.Equal(25, Count(check.Stderr, ": warning: "));

        var build = site.Build("--no-search");
        Assert.Equal(0, build.ExitCode);
        Assert.Equal(20, Count(build.Stderr, ": warning: "));
        Assert.True(build.Stderr.Contains("… and 5 more warning(s); `", StringComparison.Ordinal), build.Stderr);
        Assert.Contains(" check` lists them all", build.Stderr, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => text.Split(part).Length - 1;
}
