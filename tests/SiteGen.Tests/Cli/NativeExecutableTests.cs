using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The native (ahead-of-time compiled) executable that `dotnet publish src/SiteGen -c Release` makes does what
/// the code under test does in process: the same site byte for byte, the same messages for bad input, the same
/// import and reports. The trimmer keeps only what it can see is used, so these catch reflection the native
/// build lost. They need that publish first (`.ci/run` does it) and are skipped, with the reason, when its
/// executable is missing or older than a source file of SiteGen.
/// </summary>
public sealed class NativeExecutableTests
{
    [SkippableFact]
    public void The_native_build_of_the_repo_site_is_byte_identical_to_the_in_process_build()
    {
        var native = RequireNative();
        using var temp = new TempDir();
        var run = RunNative(native, Repo.Root, "build", "--no-search", "--verbose", "--output", temp["native"]);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
        Assert.Contains("runtime: native code (no JIT)", run.Stdout, StringComparison.Ordinal);
        var inProcess = RunCli.Run(Repo.Root, "build", "--no-search", "--output", temp["jit"]);
        Assert.True(inProcess.ExitCode == 0, inProcess.Stdout + inProcess.Stderr);

        var files = Files(temp["jit"]);
        Assert.True(files.Count > 100, $"only {files.Count} files built");
        Assert.Equal(files, Files(temp["native"]));
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(temp["jit"], file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(temp["native"], file))),
                $"{file} differs between the native and the in-process build");
        }
    }

    [SkippableFact]
    public void Check_translate_status_and_help_print_the_same_as_in_process()
    {
        var native = RequireNative();
        string[][] cases = [["check"], ["translate-status", "--json"], ["translate-status"], ["build", "--help"]];
        foreach (var args in cases)
        {
            var expected = RunCli.Run(Repo.Root, args);
            var actual = RunNative(native, Repo.Root, args);
            Assert.True(expected.ExitCode == actual.ExitCode, $"{string.Join(' ', args)}: exit {actual.ExitCode}, in process {expected.ExitCode}\n{actual.Stderr}");
            Assert.Equal(expected.Stdout, actual.Stdout);
            Assert.Equal(expected.Stderr, actual.Stderr);
        }
    }

    /// <summary>A data file's unknown key gets the same errors, with the nearest known key, from the native executable.</summary>
    [SkippableFact]
    public void Bad_input_gets_the_same_errors_and_writes_nothing()
    {
        var native = RequireNative();
        using var temp = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, temp["input"]);
        var indicators = temp["input/data/indicators.yml"];
        File.WriteAllText(indicators, File.ReadAllText(indicators).Replace("  name:", "  nmae:", StringComparison.Ordinal));

        var args = new[] { "build", "--no-search", "--input", temp["input"], "--theme", Repo.Theme, "--output", temp["output"] };
        var expected = RunCli.Run(Repo.Root, args);
        var actual = RunNative(native, Repo.Root, args);
        Assert.True(expected.ExitCode == 1, expected.Stderr);
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.True(actual.Stderr.Contains("indicators.yml:8: error: unknown key \"nmae\"; did you mean \"name\"?", StringComparison.Ordinal), actual.Stderr);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.False(Directory.Exists(temp["output"]), "a failed build must not leave an output folder");
    }

    [SkippableFact]
    public void Import_writes_the_same_markdown_as_in_process()
    {
        var native = RequireNative();
        using var temp = new TempDir();
        Repo.CopyData(temp["a"]);
        Repo.CopyData(temp["b"]);
        var expected = RunCli.Run(Repo.Root, "import", Repo.SeedFile, "--input", temp["a"]);
        var actual = RunNative(native, Repo.Root, "import", Repo.SeedFile, "--input", temp["b"]);
        Assert.True(expected.ExitCode == actual.ExitCode, actual.Stdout + actual.Stderr);
        var files = Files(temp["a"]);
        Assert.Contains(files, f => f.StartsWith("articles/zh/", StringComparison.Ordinal));
        Assert.Equal(files, Files(temp["b"]));
        foreach (var file in files)
        {
            Assert.Equal(File.ReadAllText(Path.Combine(temp["a"], file)), File.ReadAllText(Path.Combine(temp["b"], file)));
        }
    }

    /// <summary>
    /// The executable of `dotnet publish src/SiteGen -c Release` (in its default folder, for any platform),
    /// newer than every source file of SiteGen; skips the calling test otherwise.
    /// </summary>
    internal static string RequireNative()
    {
        var project = Path.Combine(Repo.Root, "src", "SiteGen");
        var release = Path.Combine(project, "bin", "Release", "net10.0");
        var native = Directory.Exists(release)
            ? Directory.GetDirectories(release).Select(d => new FileInfo(Path.Combine(d, "publish", OperatingSystem.IsWindows() ? "SiteGen.exe" : "SiteGen")))
                .Where(f => f.Exists).MaxBy(f => f.LastWriteTimeUtc)
            : null;
        Skip.If(native is null, "no native executable: run `dotnet publish src/SiteGen -c Release` first (needs a C toolchain; .ci/run does it)");
        var newer = Sources(project).Concat(Directory.GetFiles(Repo.Root, "Directory.*.props")).FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > native!.LastWriteTimeUtc);
        Skip.If(newer is not null, $"the native executable is older than {(newer is null ? "" : Path.GetRelativePath(Repo.Root, newer))}: run `dotnet publish src/SiteGen -c Release` again");
        return native!.FullName;
    }

    /// <summary>SiteGen's C# files and project file, outside bin/ and obj/.</summary>
    private static IEnumerable<string> Sources(string project) =>
        Directory.EnumerateFiles(project, "*.cs*", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"));

    private static CliResult RunNative(string native, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(native)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(300)), $"{native} {string.Join(' ', args)} did not finish");
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
