using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>The build writes only into a folder it owns, and never deletes anything else.</summary>
public sealed class OutputOwnershipTests
{
    private static void AssertRefused(CliResult result, string expected)
    {
        Assert.True(result.ExitCode is 1 or 2, result.Stderr);
        Assert.Contains("refusing to use this as the output folder: " + expected, result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(".", "it is the current directory")]
    [InlineData("input", "it is the input folder")]
    [InlineData("theme", "it is the theme folder")]
    [InlineData("..", "it contains the current directory")]
    [InlineData("/", "it is the filesystem root")]
    [InlineData("input/articles", "it is inside the input folder")]
    public void An_output_that_is_or_contains_the_project_is_refused_and_nothing_is_touched(string output, string expected)
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, Path.Combine(site.Root, "theme"));
        var before = Fingerprint.Of(site.Root);
        var result = RunCli.Run(site.Root, "build", "--no-search", "--input", "input", "--theme", "theme", "--output", output);
        AssertRefused(result, expected);
        Assert.Equal(before, Fingerprint.Of(site.Root));
    }

    [Fact]
    public void The_home_folder_is_refused()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        AssertRefused(RunCli.Run(site.Root, "build", "--no-search", "--input", site.Input, "--theme", Repo.Theme, "--output", home), "it is your home folder");
    }

    [Fact]
    public void An_output_that_is_a_file_is_refused()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + "-- output --\nmy notes\n");
        AssertRefused(site.Build("--no-search"), "it is a file, not a folder");
        Assert.Equal("my notes\n", File.ReadAllText(site.Output));
        Assert.Empty(Fingerprint.Leftovers(site.Output));
    }

    [Fact]
    public void A_folder_the_build_did_not_write_is_refused_not_emptied()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + "-- output/CNAME --\nexample.org\n");
        var before = Fingerprint.Of(site.Output);
        AssertRefused(site.Build("--no-search"), "it is not empty and SiteGen did not build it");
        Assert.Equal(before, Fingerprint.Of(site.Output));
    }

    [Fact]
    public void A_folder_the_build_wrote_is_replaced_and_passthrough_files_are_published()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + "-- input/static/CNAME --\nexample.org\n-- input/static/.well-known/security.txt --\nContact: x\n-- input/static/.DS_Store --\njunk\n-- input/static/CNAME~ --\nold\n");
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, ".sitegen-output")));
        var second = site.Build("--no-search");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal("example.org\n", File.ReadAllText(Path.Combine(site.Output, "CNAME")));
        Assert.Equal("Contact: x\n", File.ReadAllText(Path.Combine(site.Output, ".well-known", "security.txt")));
        Assert.False(File.Exists(Path.Combine(site.Output, ".DS_Store")));
        Assert.False(File.Exists(Path.Combine(site.Output, "CNAME~")));
    }

    [Fact]
    public void A_passthrough_file_the_build_also_writes_is_an_error()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + "-- input/static/robots.txt --\nUser-agent: *\n");
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/static/robots.txt: error: the build itself writes /robots.txt", result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_symlinked_output_is_followed_and_stays_a_link()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var target = Path.Combine(site.Root, "real-output");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(site.Output, target);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        Assert.NotNull(new DirectoryInfo(site.Output).LinkTarget);
        Assert.True(File.Exists(Path.Combine(target, "zh", "articles", "a-1", "index.html")));
    }

    [Fact]
    public void Leftovers_of_a_killed_build_are_removed_by_the_next_build()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var staging = site.Output + ".staging-0123456789abcdef0123456789abcdef";
        var old = site.Output + ".old-fedcba9876543210fedcba9876543210";
        Directory.CreateDirectory(Path.Combine(staging, "zh"));
        Directory.CreateDirectory(Path.Combine(old, "zh"));
        var unrelated = site.Output + ".old-notes";
        Directory.CreateDirectory(unrelated);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        Assert.Equal([unrelated], Fingerprint.Leftovers(site.Output));
    }

    [Fact]
    public void A_build_killed_between_its_two_renames_gets_its_previous_output_back()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var old = site.Output + ".old-0123456789abcdef0123456789abcdef";
        Directory.Move(site.Output, old);
        site.Write(TestSite.Zh("a-1", title: "坏\u001b标题"));
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "zh", "articles", "a-1", "index.html")), "the previous output is back");
        Assert.Empty(Fingerprint.Leftovers(site.Output));
    }

    [Fact]
    public void Preview_refuses_to_serve_or_replace_a_folder_it_does_not_own()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var before = Fingerprint.Of(site.Root);
        var stderr = new StringWriter();
        var options = new BuildOptions(site.Input, Repo.Theme, site.Input, null, Drafts: false, Search: false);
        var code = SiteGen.Cli.PreviewCommand.Serve(options, 0, new StringWriter(), stderr, CancellationToken.None);
        Assert.Equal(1, code);
        Assert.Contains("refusing to use this as the output folder: it is the input folder", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint.Of(site.Root));
    }
}
