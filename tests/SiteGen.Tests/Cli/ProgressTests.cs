using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>What the terminal progress display is fed: stages with counts that end at their totals.</summary>
public sealed class ProgressTests
{
    private sealed class Collect : IProgress<ProgressStep>
    {
        public List<ProgressStep> Steps { get; } = [];

        public void Report(ProgressStep value) => Steps.Add(value);
    }

    [Fact]
    public void A_build_reports_each_stage_up_to_its_total()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var progress = new Collect();
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.ThemeDir, site.Output, null, false, Search: false, Progress: progress));
        Assert.True(result.Succeeded);
        Assert.Equal(Enumerable.Range(1, progress.Steps.Count), progress.Steps.Select(s => s.Done));
        Assert.All(progress.Steps, s => Assert.Equal("build", s.Stage));
        Assert.Equal(progress.Steps[^1].Total, progress.Steps[^1].Done);
        Assert.Equal(["content", "site model", "render", "assets, static files"], progress.Steps.Take(4).Select(s => s.Current));
    }

    [Fact]
    public void An_import_reports_records_and_written_articles()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("a.txt", "-\n【汉阳招商】标题一\n正文。\n2024-01-01\n-\n【汉阳招商】标题二\n正文。\n2024-01-02\n");
        var progress = new Collect();
        var report = Importer.Run(new ImportOptions([temp["a.txt"]], temp["input"], false, progress));
        Assert.False(report.Failed);
        Assert.Equal([1, 2], progress.Steps.Where(s => s.Stage.StartsWith("convert ", StringComparison.Ordinal)).Select(s => s.Done));
        Assert.Equal([(1, 2), (2, 2)], progress.Steps.Where(s => s.Stage == "write articles").Select(s => (s.Done, s.Total)));
    }

    [Fact]
    public void Output_that_is_not_the_console_gets_no_progress()
    {
        var writer = new StringWriter();
        IProgress<ProgressStep>? given = new Collect();
        Assert.Equal(1, SiteGen.Cli.ProgressDisplay.Run(writer, p =>
        {
            given = p;
            return 1;
        }));
        Assert.Null(given);
        Assert.Equal("", writer.ToString());
    }
}
