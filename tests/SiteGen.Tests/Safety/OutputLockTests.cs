using System.Diagnostics;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// One build per output at a time (issue #21): while a build or preview holds an output's lock, another build of it
/// (in this process or another) fails at once naming the holder, leaves the output and the live build's staging
/// folder alone, and the lock is free again when the holder ends.
/// </summary>
public sealed class OutputLockTests
{
    private static string LiveStaging(string output) => output + ".staging-" + Guid.NewGuid().ToString("N");

    [Fact]
    public void A_second_build_fails_while_the_output_is_locked_and_leaves_the_live_builds_staging_folder()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var before = Fingerprint.Of(site.Output);
        var staging = LiveStaging(site.Output);
        Directory.CreateDirectory(Path.Combine(staging, "zh"));
        File.WriteAllText(Path.Combine(staging, "zh", "index.html"), "half of a live build");

        var held = new List<Diagnostic>();
        using (var live = OutputLock.Take(site.Output, held))
        {
            Assert.NotNull(live);
            var second = site.Build("--no-search");
            Assert.Equal(1, second.ExitCode);
            Assert.Contains($"output: error: another SiteGen build or preview (process {Environment.ProcessId}) is writing this output folder", second.Stderr, StringComparison.Ordinal);
            Assert.Equal(before, Fingerprint.Of(site.Output));
            Assert.True(File.Exists(Path.Combine(staging, "zh", "index.html")), "the live build's staging folder was removed");
        }

        var after = site.Build("--no-search");
        Assert.True(after.ExitCode == 0, after.Stderr);
        Assert.False(Directory.Exists(staging), "a killed build's leftover stays once no build holds the lock");
    }

    [Fact]
    public async Task Another_process_cannot_build_into_a_locked_output()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var held = new List<Diagnostic>();
        using var live = OutputLock.Take(site.Output, held);
        Assert.NotNull(live);

        // The real program, with its own runtime settings (file locking disabled), in a process of its own.
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { typeof(SiteBuilder).Assembly.Location, "build", "--no-search", "--input", site.Input, "--theme", site.ThemeDir, "--output", site.Output })
        {
            start.ArgumentList.Add(arg);
        }

        using var child = Process.Start(start)!;
        var stderr = child.StandardError.ReadToEndAsync();
        var stdout = await child.StandardOutput.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await child.WaitForExitAsync(deadline.Token);
        Assert.Equal(1, child.ExitCode);
        Assert.Contains($"another SiteGen build or preview (process {Environment.ProcessId}) is writing this output folder", await stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), stdout);
    }

    [Fact]
    public void The_lock_is_taken_again_once_released_and_stays_beside_the_output()
    {
        using var temp = new TempDir();
        var output = temp["out"];
        for (var i = 0; i < 2; i++)
        {
            var problems = new List<Diagnostic>();
            using var held = OutputLock.Take(output, problems);
            Assert.NotNull(held);
            Assert.Empty(problems);
            var again = new List<Diagnostic>();
            Assert.Null(OutputLock.Take(output + "/", again));
            Assert.Single(again);
        }

        Assert.True(File.Exists(temp[".out.lock"]));
    }

    [SkippableFact]
    public void An_unwritable_output_parent_is_one_clear_error()
    {
        Skip.If(OperatingSystem.IsWindows(), "needs Unix permissions");
        using var site = new TestSite(TestSite.Zh("a-1"));
        var parent = site.Root + "/locked";
        Directory.CreateDirectory(parent);
        SetMode(parent, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            Skip.If(CanWrite(parent), "permissions do not bind this user (root)");
            var result = RunCli.Run(site.Root, "build", "--no-search", "--input", site.Input, "--theme", site.ThemeDir, "--output", "locked/output");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("locked/.output.lock: error: cannot create the build's lock file beside the output", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("SiteGen bug", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            SetMode(parent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void SetMode(string path, UnixFileMode mode)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, mode);
        }
    }

    private static bool CanWrite(string dir)
    {
        try
        {
            File.WriteAllText(Path.Combine(dir, ".probe"), "");
            File.Delete(Path.Combine(dir, ".probe"));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
