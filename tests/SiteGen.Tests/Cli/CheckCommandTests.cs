using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

public sealed class CheckCommandTests
{
    private static TestSite CopyOfRealInput()
    {
        var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        return site;
    }

    [Fact]
    public void The_repo_checks_clean_even_when_strict()
    {
        var result = RunCli.Run(Repo.Root, "check", "--strict");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 stale, 0 missing", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Appending_a_sentence_to_a_source_makes_its_translation_stale()
    {
        using var site = CopyOfRealInput();
        var zh = Path.Combine(site.Input, "articles", "zh", "hannan-2025-07-07-e145d5.md");
        File.AppendAllText(zh, "\n新增的一句话。\n");

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("hannan-2025-07-07-e145d5.md: stale:", check.Stdout, StringComparison.Ordinal);
        // Not installed as a tool here, so the message names the command as typed in a clone.
        Assert.Contains("run `dotnet run --project src/SiteGen -- translations stamp ", check.Stdout, StringComparison.Ordinal);

        var strict = RunCli.Run(site.Root, "check", "--input", site.Input, "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("stale", strict.Stderr, StringComparison.Ordinal);

        var json = RunCli.Run(site.Root, "translate-status", "--input", site.Input, "--json");
        Assert.Equal(0, json.ExitCode);
        using var doc = System.Text.Json.JsonDocument.Parse(json.Stdout);
        var item = doc.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "hannan-2025-07-07-e145d5");
        Assert.Equal("stale", item.GetProperty("state").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("total").GetProperty("stale").GetInt32());

        Assert.Equal(0, site.Build().ExitCode);
        Assert.Contains("may be out of date", site.Page("/en/articles/hannan-2025-07-07-e145d5/"), StringComparison.Ordinal);

        var stamp = RunCli.Run(site.Root, "translations", "stamp", Path.Combine(site.Input, "articles", "en", "hannan-2025-07-07-e145d5.md"), "--input", site.Input);
        Assert.Equal(0, stamp.ExitCode);
        Assert.Equal(0, RunCli.Run(site.Root, "check", "--input", site.Input, "--strict").ExitCode);
    }

    [Fact]
    public void A_run_in_heading_written_back_into_its_paragraph_is_suggested_with_file_and_line()
    {
        using var site = CopyOfRealInput();
        var zh = Path.Combine(site.Input, "articles", "zh", "hanyang-2025-07-07-51ed49.md");
        var text = File.ReadAllText(zh);
        const string Heading = "### （二）分秒必争促发展，疫后重振开创新局面\n\n";
        Assert.Contains(Heading, text, StringComparison.Ordinal);
        var runIn = text.Replace(Heading, "（二）分秒必争促发展，疫后重振开创新局面", StringComparison.Ordinal);
        File.WriteAllText(zh, runIn);
        var line = runIn[..runIn.IndexOf("（二）分秒必争", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var check = RunCli.Run(site.Root, "check", "--input", site.Input);

        Assert.Equal(0, check.ExitCode);
        Assert.Contains($"hanyang-2025-07-07-51ed49.md:{line}: warning: the paragraph seems to open with the run-in heading \"（二）分秒必争促发展，疫后重振开创新局面\"", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("`### （二）分秒必争促发展，疫后重振开创新局面`", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_translation_is_reported_and_fails_strict()
    {
        using var site = CopyOfRealInput();
        File.Delete(Path.Combine(site.Input, "articles", "en", "wuhan-2025-07-07-b4458e.md"));
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("wuhan-2025-07-07-b4458e.md: missing", check.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, RunCli.Run(site.Root, "check", "--input", site.Input, "--strict").ExitCode);
    }

    [Fact]
    public void Invalid_content_fails_check_with_file_and_line()
    {
        using var site = CopyOfRealInput();
        var en = Path.Combine(site.Input, "articles", "en", "wuhan-2025-07-07-b4458e.md");
        File.WriteAllText(en, File.ReadAllText(en).Replace("translation_status: machine-draft", "translation_status: finished", StringComparison.Ordinal));
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(1, check.ExitCode);
        Assert.Matches(@"wuhan-2025-07-07-b4458e\.md:4: error: translation_status ""finished"" must be one of", check.Stderr);
    }
}
