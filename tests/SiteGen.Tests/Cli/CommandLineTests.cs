using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public void No_arguments_is_a_usage_error_that_lists_the_commands()
    {
        var result = RunCli.Run(Repo.Root);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("sitegen import", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_exits_zero()
    {
        var result = RunCli.Run(Repo.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("usage: sitegen", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("import", "a.txt", "--bogus")]
    [InlineData("import", "a.txt", "--input")]
    [InlineData("import", "a.txt", "--force=yes")]
    public void Bad_command_lines_exit_two_with_a_message(params string[] args)
    {
        var result = RunCli.Run(Repo.Root, args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("sitegen: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_raw_file_exits_one_naming_the_file()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        var result = RunCli.Run(temp.Path, "import", "nope.txt", "--input", "input");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.txt: error: file not found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_registry_exits_one_naming_it()
    {
        using var temp = new TempDir();
        temp.Write("a.txt", "-\n【武汉招商】标题\n正文。\n2024-01-01\n");
        var result = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/data/districts.yml: error: data file data/districts.yml is missing", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp["input/articles"]));
    }

    [Fact]
    public void Input_option_accepts_the_equals_form()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["site"]);
        temp.Write("a.txt", "-\n【汉阳招商】汉阳标题\n正文。\n2024-01-01\n");
        var result = RunCli.Run(temp.Path, "import", "a.txt", "--input=site");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(Directory.GetFiles(temp["site/articles/zh"]));
    }
}
