using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// The project's npm tooling (package.json + lock file). Installed with `npm ci` on first use when
/// node_modules is missing, so `dotnet test` works on a fresh clone where Node and Java are present.
/// A test that needs a tool that is not installed (node, npm, java, chromium) is reported as
/// skipped with the reason, never as failed.
/// </summary>
internal static class NodeTools
{
    public static string Modules => Path.Combine(Repo.Root, "node_modules");

    public static void EnsureInstalled()
    {
        Require("node");
        var result = SiteGen.Cli.NpmPackages.InstallOnce(Require("npm"), Repo.Root);
        Assert.True(result.ExitCode == 0, "`npm ci` failed; install Node.js 22.12+ and npm (see README):\n" + result.Output);
    }

    public static string VnuJar()
    {
        Require("java");
        EnsureInstalled();
        var jar = Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing after npm ci");
        return jar;
    }

    /// <summary>Chromium for tests/tools/browser-checks.mjs: $CHROMIUM_PATH, else chromium on the PATH.</summary>
    public static void RequireChromium()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        Skip.If(
            configured is { Length: > 0 } ? !File.Exists(configured) : SiteGen.Core.Executables.Find("chromium") is null,
            "Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH); see README");
    }

    /// <summary>The program's path; skips the calling test when it is not on the PATH.</summary>
    public static string Require(string program)
    {
        var path = SiteGen.Core.Executables.Find(program);
        Skip.If(path is null, $"`{program}` is not installed; the README lists what these tests need (Node.js 22.12+ with npm, a Java runtime, Chromium)");
        return path!;
    }

    public static (int ExitCode, string Output) Run(string program, string arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(Require(program), arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }
}
