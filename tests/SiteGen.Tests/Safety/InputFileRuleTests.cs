using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// The one rule for every file SiteGen reads (issue #21): a regular file, or a symlink that resolves inside the
/// project folder it belongs to. A FIFO, a socket, a link leading out and a folder link that loops are each an
/// error naming the file; nothing blocks, nothing outside the project is published, the previous output stays.
/// </summary>
public sealed class InputFileRuleTests
{
    private static string HashOf() => TranslationHash.Of("测试标题", "摘要。", "\n正文第一段。\n");

    /// <summary>A site with its own copy of the theme (so tests may break the theme), built once successfully.</summary>
    private sealed class Project : IDisposable
    {
        private readonly TempDir _theme = new();

        public Project()
        {
            SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, _theme.Path);
            Site = new TestSite(TestSite.Zh("a-1") + TestSite.En("a-1", HashOf()) + "-- input/static/CNAME --\nexample.org\n") { ThemeDir = _theme.Path };
            var first = Site.Build("--no-search");
            Assert.True(first.ExitCode == 0, first.Stderr);
            Before = Fingerprint.Of(Site.Output);
        }

        public TestSite Site { get; }

        public string Theme => _theme.Path;

        public string Before { get; }

        public string In(string relative) => relative.StartsWith("theme/", StringComparison.Ordinal)
            ? Path.Combine(Theme, relative["theme/".Length..])
            : Path.Combine(Site.Root, relative);

        /// <summary>Builds and checks: both fail naming <paramref name="expected"/>; the output is as it was.</summary>
        public CliResult Fails(string expected, bool check = true)
        {
            var build = Site.Build("--no-search");
            AssertClean(build);
            Assert.True(build.ExitCode == 1, build.Stdout + build.Stderr);
            Assert.Contains(expected, build.Stderr, StringComparison.Ordinal);
            Assert.Equal(Before, Fingerprint.Of(Site.Output));
            Assert.Empty(Fingerprint.Leftovers(Site.Output));
            if (check)
            {
                var checkResult = RunCli.Run(Site.Root, "check", "--input", Site.Input);
                AssertClean(checkResult);
                Assert.Equal(1, checkResult.ExitCode);
                Assert.Contains(expected, checkResult.Stderr, StringComparison.Ordinal);
            }

            return build;
        }

        public void Dispose()
        {
            Site.Dispose();
            _theme.Dispose();
        }
    }

    private static void AssertClean(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Files of input/ (read by build and check, static/ too) and of theme/ (read by build).</summary>
    public static TheoryData<string, bool> Readable => new()
    {
        { "input/articles/zh/pipe.md", true },
        { "input/articles/en/a-1.md", true },
        { "input/site.yml", true },
        { "input/data/glossary.yml", true },
        { "input/data/districts.yml", true },
        { "input/static/feed.txt", true },
        { "input/static/deep/er/x.bin", true },
        { "theme/layouts/home.sbn-html", false },
        { "theme/layouts/partials/card.sbn-html", false },
        { "theme/i18n/en.yml", false },
        { "theme/assets/css/extra.css", false },
    };

    [SkippableTheory]
    [MemberData(nameof(Readable))]
    public void A_fifo_anywhere_SiteGen_reads_is_an_error_naming_it_and_nothing_blocks(string relative, bool checkToo)
    {
        Skip.IfNot(SpecialFiles.Supported, "FIFOs need a Unix file system");
        using var project = new Project();
        SpecialFiles.Fifo(project.In(relative));
        project.Fails(relative.Replace("theme/", "") + ": error: this is a FIFO (named pipe), not a regular file", checkToo);
    }

    [SkippableFact]
    public void A_socket_is_an_error_naming_it()
    {
        Skip.IfNot(SpecialFiles.Supported, "sockets need a Unix file system");
        using var project = new Project();
        using var socket = SpecialFiles.UnixSocket(project.In("input/articles/zh/b-1.md"));
        project.Fails("input/articles/zh/b-1.md: error: this is a socket, not a regular file");
    }

    [Theory]
    [MemberData(nameof(Readable))]
    public void A_symlink_leading_outside_the_project_is_an_error_naming_it_and_its_target(string relative, bool checkToo)
    {
        using var project = new Project();
        using var outside = new TempDir();
        var secret = outside.Write("secret.txt", "root:x:0:0:secret\n");
        var link = project.In(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        File.Delete(link);
        File.CreateSymbolicLink(link, secret);
        var build = project.Fails(relative.Replace("theme/", "") + ": error: this leads outside ", checkToo);
        Assert.Contains("through a symlink (to " + secret + ")", build.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x", string.Concat(Directory.GetFiles(project.Site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("input/articles/zh")]
    [InlineData("input/data")]
    [InlineData("theme/layouts/partials")]
    [InlineData("theme/assets/css")]
    public void A_symlinked_folder_leading_outside_is_an_error(string relative)
    {
        using var project = new Project();
        using var outside = new TempDir();
        var folder = project.In(relative);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(folder, outside.Path);
        Directory.Delete(folder, recursive: true);
        Directory.CreateSymbolicLink(folder, outside.Path);
        project.Fails("through a symlink (to " + outside.Path, check: relative.StartsWith("input/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("input/static/sub", "../../static", 1)]
    [InlineData("input/static/sub", "../../static", 2)]
    [InlineData("theme/assets/sub", "../../assets", 2)]
    [InlineData("input/static/a/b", "..", 1)]
    public void A_folder_symlink_pointing_back_up_is_an_error_not_a_loop(string folder, string target, int links)
    {
        using var project = new Project();
        Directory.CreateDirectory(project.In(folder));
        for (var i = 1; i <= links; i++)
        {
            Directory.CreateSymbolicLink(Path.Combine(project.In(folder), $"l{i}"), target);
        }

        project.Fails("l1: error: this symlinked folder leads back up to ", check: folder.StartsWith("input/", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void A_symlink_that_loops_back_to_itself_is_an_error_naming_it()
    {
        Skip.IfNot(SpecialFiles.Supported, "symlink loops need a Unix file system");
        using var project = new Project();
        var config = project.In("input/site.yml");
        File.Delete(config);
        File.CreateSymbolicLink(config, "site2.yml");
        File.CreateSymbolicLink(project.In("input/site2.yml"), "site.yml");
        project.Fails("input/site.yml: error: this is a symlink that leads round in a loop, not a regular file");
    }

    [Fact]
    public void Symlinks_inside_the_project_are_followed()
    {
        using var project = new Project();
        project.Site.Write("-- input/static/files/report.txt --\nreport\n-- input/drafts/b-1.md --\n" + TestSite.Zh("b-1").Split("--\n", 2)[1]);
        File.CreateSymbolicLink(project.In("input/static/latest.txt"), "files/report.txt");
        File.CreateSymbolicLink(project.In("input/articles/zh/b-1.md"), "../../drafts/b-1.md");
        var build = project.Site.Build("--no-search");
        Assert.True(build.ExitCode == 0, build.Stderr);
        Assert.Equal("report\n", File.ReadAllText(Path.Combine(project.Site.Output, "latest.txt")));
        Assert.True(project.Site.Exists("/zh/articles/b-1/"));
    }

    [SkippableFact]
    public void Import_refuses_a_fifo_raw_file_and_a_fifo_in_place_of_an_article()
    {
        Skip.IfNot(SpecialFiles.Supported, "FIFOs need a Unix file system");
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        SpecialFiles.Fifo(temp["pipe.txt"]);
        var raw = RunCli.Run(temp.Path, "import", "pipe.txt", "--input", "input");
        AssertClean(raw);
        Assert.Equal(1, raw.ExitCode);
        Assert.Contains("pipe.txt: error: this is a FIFO (named pipe)", raw.Stderr, StringComparison.Ordinal);

        temp.Write("a.txt", "-\n【武汉招商】标题\n正文。\n2024-01-01\n");
        var first = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        Assert.Equal(0, first.ExitCode);
        var article = Directory.GetFiles(temp["input/articles/zh"]).Single();
        File.Delete(article);
        SpecialFiles.Fifo(article);
        var again = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input", "--force");
        AssertClean(again);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains(Path.GetFileName(article) + ": error: this is a FIFO (named pipe)", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(FileKind.Fifo, FileKinds.Of(article));
    }
}
