using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>
/// The project's npm tooling (package.json + lock file). Installed with `npm ci` on first use when
/// node_modules is missing, so `dotnet test` works on a fresh clone where Node and Java are present.
/// </summary>
internal static class NodeTools
{
    private static readonly Lock InstallLock = new();

    public static string Modules => Path.Combine(Repo.Root, "node_modules");

    public static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(Modules, ".package-lock.json")))
            {
                return;
            }

            var result = Run("npm", "ci --no-audit --no-fund", Repo.Root);
            Assert.True(result.ExitCode == 0, "`npm ci` failed; install Node.js 20+ and npm (see README):\n" + result.Output);
        }
    }

    public static string VnuJar()
    {
        EnsureInstalled();
        var jar = Path.Combine(Modules, "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing after npm ci");
        return jar;
    }

    public static (int ExitCode, string Output) Run(string program, string arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr);
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            Assert.Fail($"`{program}` is not installed ({ex.Message}); the README lists what the tests need (Node.js, npm, a Java runtime, Chromium)");
            throw;
        }
    }
}
