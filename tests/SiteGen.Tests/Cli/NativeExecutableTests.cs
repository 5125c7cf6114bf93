using System.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>
/// The Release build's native (ahead-of-time compiled) executable does what the code under test does in
/// process: the same site byte for byte, the same messages for bad input, the same import and reports,
/// and <c>dotnet SiteGen.dll</c> of that build hands over to it. The trimmer keeps only what it can see
/// is used, so these catch reflection the native build lost. They need `dotnet build src/SiteGen -c Release`
/// first (`.ci/run` does it) and are skipped, with that reason, when its output is missing or older than
/// the code under test.
/// </summary>
public sealed class NativeExecutableTests
{
    [SkippableFact]
    public void The_native_build_of_the_repo_site_is_byte_identical_to_the_in_process_build()
    {
        var native = RequireNative();
        using var temp = new TempDir();
        var run = RunNative(native, Repo.Root, "build", "--no-search", "--output", temp["native"]);
        Assert.True(run.ExitCode == 0, run.Stdout + run.Stderr);
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

    /// <summary>Registry and front-matter errors list the allowed keys by reflection over SiteGen's records: the trimmer must keep them.</summary>
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
        Assert.True(actual.Stderr.Contains("unknown key \"nmae\"; allowed keys here: key, name, labels", StringComparison.Ordinal), actual.Stderr);
        Assert.DoesNotContain("allowed keys here: \n", actual.Stderr, StringComparison.Ordinal);
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

    /// <summary><c>dotnet SiteGen.dll</c> of the Release build runs the native code; with SITEGEN_NATIVE=0 it runs in the .NET runtime.</summary>
    [SkippableFact]
    public void Dotnet_SiteGen_dll_hands_over_to_the_native_executable_built_from_it()
    {
        var native = RequireNative();
        var dll = Path.Combine(Path.GetDirectoryName(native)!, "SiteGen.dll");
        using var temp = new TempDir();
        var handedOver = Run("dotnet", Repo.Root, [], dll, "build", "--no-search", "--verbose", "--output", temp["a"]);
        Assert.True(handedOver.ExitCode == 0, handedOver.Stdout + handedOver.Stderr);
        Assert.Contains("runtime: native code (no JIT)", handedOver.Stdout, StringComparison.Ordinal);

        var managed = Run("dotnet", Repo.Root, [("SITEGEN_NATIVE", "0")], dll, "build", "--no-search", "--verbose", "--output", temp["b"]);
        Assert.True(managed.ExitCode == 0, managed.Stdout + managed.Stderr);
        Assert.Contains("runtime: JIT ", managed.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// The Release build's native executable, current with the code under test (same version, which names the
    /// commit); skips the calling test otherwise.
    /// </summary>
    internal static string RequireNative()
    {
        var bin = Path.Combine(Repo.Root, "src", "SiteGen", "bin", "Release", "net10.0");
        var native = Directory.Exists(bin)
            ? Directory.GetDirectories(bin).Select(d => Path.Combine(d, "SiteGen")).FirstOrDefault(p => File.Exists(p + ".native") && File.Exists(p))
            : null;
        Skip.If(native is null, "no native executable: run `dotnet build src/SiteGen -c Release` first (needs clang or gcc; .ci/run does it)");
        // In process, --version would print the test host's version: read SiteGen's own.
        var version = typeof(SiteGen.Cli.CommandLine).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Skip.If(RunNative(native!, Repo.Root, "--version").Stdout.Trim() != version, "the native executable is older than the code under test: run `dotnet build src/SiteGen -c Release` again");
        return native!;
    }

    private static CliResult RunNative(string native, string workingDirectory, params string[] args) => Run(native, workingDirectory, [], args);

    private static CliResult Run(string program, string workingDirectory, (string Name, string Value)[] environment, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(300)), $"{program} {string.Join(' ', args)} did not finish");
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
