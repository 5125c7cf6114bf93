using SiteGen.Cli;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Environment errors explained (issue #21): permission denied, a full disk, a path too long and a folder gone become
/// one line with the path and the fix, also from parallel work; "this is a SiteGen bug" is kept for real bugs.
/// </summary>
public sealed class EnvironmentErrorTests
{
    public static TheoryData<Exception, string> Environment => new()
    {
        { new IOException("No space left on device : '/site/output.staging-1/zh/index.html'", 28), "the disk is full: No space left on device : '/site/output.staging-1/zh/index.html'; free some space" },
        { new AggregateException(new IOException("No space left on device : '/site/a.html'", 28)), "the disk is full: No space left on device : '/site/a.html'" },
        { new AggregateException(new AggregateException(new UnauthorizedAccessException("Access to the path '/site/output' is denied."))), "permission denied: Access to the path '/site/output' is denied. Make the file or folder readable" },
        { new PathTooLongException("The path '/x/aaaa' is too long, or a component of the specified path is too long."), "a path is too long for the file system: The path '/x/aaaa' is too long" },
        { new AggregateException(new DirectoryNotFoundException("Could not find a part of the path '/site/input/data'.")), "a folder went away while SiteGen used it: Could not find a part of the path '/site/input/data'" },
    };

    [Theory]
    [MemberData(nameof(Environment))]
    public void Environment_errors_are_one_line_with_the_path_and_the_fix(Exception error, string expected)
    {
        var line = CommandLine.Explain(error);
        Assert.StartsWith(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", line, StringComparison.Ordinal);
        Assert.DoesNotContain("One or more errors occurred", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Only_a_real_bug_is_called_one()
    {
        var line = CommandLine.Explain(new AggregateException(new InvalidOperationException("Sequence contains no elements")));
        Assert.Equal("Sequence contains no elements; if your files look right this is a SiteGen bug: please report it with the command you ran", line);
    }

    [Fact]
    public void A_path_too_long_for_the_output_is_one_clear_error()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var result = RunCli.Run(site.Root, "build", "--no-search", "--input", site.Input, "--theme", site.ThemeDir, "--output", new string('o', 300));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a path is too long for the file system", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", result.Stderr, StringComparison.Ordinal);
    }
}
