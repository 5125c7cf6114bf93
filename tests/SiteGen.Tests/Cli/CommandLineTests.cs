using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class CommandLineTests
{
    /// <summary>
    /// Each command resolves its relative paths against its own working directory and names files relative to it,
    /// while other commands run at the same time in other folders; the process's current directory is not used.
    /// </summary>
    [Fact]
    public void Commands_run_side_by_side_each_in_its_own_working_directory()
    {
        var sites = new[] { new TestSite(TestSite.Zh("a-1", title: "甲")), new TestSite(TestSite.Zh("b-1", title: "乙")) };
        try
        {
            var results = sites.AsParallel().Select(site => RunCli.Run(site.Root, "build", "--no-search", "--input", "input", "--theme", Repo.Theme, "--output", "out")).ToArray();
            for (var i = 0; i < sites.Length; i++)
            {
                Assert.True(results[i].ExitCode == 0, results[i].Stderr);
                Assert.Contains("\nbuilt out/: ", results[i].Stdout, StringComparison.Ordinal);
                Assert.True(File.Exists(Path.Combine(sites[i].Root, "out", "zh", "articles", i == 0 ? "a-1" : "b-1", "index.html")), results[i].Stdout);
            }

            File.WriteAllText(Path.Combine(sites[1].Input, "articles", "zh", "b-1.md"), "---\ntitle: x\n");
            var broken = RunCli.Run(sites[1].Root, "check", "--input", "input");
            Assert.Equal(1, broken.ExitCode);
            Assert.StartsWith("input/articles/zh/b-1.md:", broken.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(Environment.CurrentDirectory, "out")));
        }
        finally
        {
            Array.ForEach(sites, s => s.Dispose());
        }
    }

    [Fact]
    public void No_arguments_is_a_usage_error_that_lists_the_commands()
    {
        var result = RunCli.Run(Repo.Root);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Commands:", result.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"\n  import <raw-file>\s+Turn scraped raw files", result.Stderr);
    }

    [Fact]
    public void Help_exits_zero()
    {
        var result = RunCli.Run(Repo.Root, "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage:\n  dotnet run --project src/SiteGen -- [command] [options]", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--input", "--force")]
    [InlineData("build", "--input", "--theme", "--output", "--base-url", "--drafts", "--no-search", "--verbose")]
    [InlineData("preview", "--port", "--input", "--theme", "--output", "--drafts")]
    [InlineData("check", "--input", "--strict")]
    [InlineData("translate-status", "--input", "--json")]
    [InlineData("translations", "stamp")]
    [InlineData("translations stamp", "--input")]
    public void Every_command_has_help_describing_each_option(string command, params string[] options)
    {
        var result = RunCli.Run(Repo.Root, [.. command.Split(' '), "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"-- {command} ", result.Stdout, StringComparison.Ordinal);
        foreach (var option in options)
        {
            // The option, its value name if any, then a description on the same line.
            Assert.Matches($@"\n  {option}( <\w[\w-]*>)?\s+[A-Z]\w*", result.Stdout);
        }
    }

    [Fact]
    public void A_mistyped_command_or_option_gets_a_suggestion()
    {
        var command = RunCli.Run(Repo.Root, "buidl");
        Assert.Equal(2, command.ExitCode);
        Assert.Contains("Did you mean", command.Stderr, StringComparison.Ordinal);
        Assert.Contains("\n  build", command.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var option = RunCli.Run(Repo.Root, "build", "--inptu", "x");
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("\n  --input", option.Stderr.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("build --help", option.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_suggest_directive_completes_commands_and_options()
    {
        var result = RunCli.Run(Repo.Root, "[suggest:10]", "sitegen bu");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("build", result.Stdout.Trim());
        var options = RunCli.Run(Repo.Root, "[suggest:18]", "sitegen build --no");
        Assert.Equal("--no-search", options.Stdout.Trim());
        // The words after a directive are completed, never rejected as an unknown option.
        Assert.Equal(0, RunCli.Run(Repo.Root, "[suggest]", "build", "--no").ExitCode);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("import")]
    [InlineData("import", "a.txt", "--bogus")]
    [InlineData("import", "a.txt", "--input")]
    [InlineData("import", "a.txt", "--force=yes")]
    [InlineData("build", "--inptu", "x")]
    [InlineData("preview", "--port", "70000")]
    [InlineData("preview", "--port", "abc")]
    [InlineData("translations")]
    [InlineData("translations", "stamp")]
    [InlineData("check", "extra")]
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
