using System.Diagnostics;
using SiteGen.Publish;

namespace SiteGen.Cli;

/// <summary>
/// Installs the repository's locked npm packages (Pagefind and the test tools) with `npm ci` when a
/// build wants search and <c>node_modules/</c> is missing, as `dotnet run` restores NuGet packages
/// itself. Without npm on the PATH nothing happens, and the build says the site has no search.
/// </summary>
internal static class NpmPackages
{
    private static readonly Lock InstallLock = new();

    /// <summary>Runs `npm ci` in the nearest folder above <paramref name="roots"/> whose package.json needs Pagefind.</summary>
    public static void EnsureInstalled(IReadOnlyList<string> roots, TextWriter stdout, TextWriter stderr)
    {
        lock (InstallLock)
        {
            if (SearchIndexer.IsInstalled(roots) || FindProject(roots) is not { } project || Directory.Exists(Path.Combine(project, "node_modules")))
            {
                return;
            }

            var npm = FindOnPath(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
            if (npm is null)
            {
                return;
            }

            // Said before it starts: the first install downloads the packages and is the slowest step of a first build.
            stdout.WriteLine("search: node_modules/ is missing; installing the locked npm packages once with `npm ci` (this can take a few minutes) …");
            var (exitCode, output) = Install(npm, project);
            if (exitCode != 0)
            {
                stderr.WriteLine($"search: `npm ci` failed (exit {exitCode}); building without search. Its last lines:");
                foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(15))
                {
                    stderr.WriteLine("  " + line.TrimEnd());
                }
            }
        }
    }

    /// <summary>
    /// `npm ci` in <paramref name="project"/> unless its node_modules is complete; its exit code and
    /// output. Shares the lock of <see cref="EnsureInstalled"/>, so the tests never run two at once.
    /// </summary>
    public static (int ExitCode, string Output) InstallOnce(string npm, string project)
    {
        lock (InstallLock)
        {
            return File.Exists(Path.Combine(project, "node_modules", ".package-lock.json")) ? (0, "") : Install(npm, project);
        }
    }

    /// <summary>`npm ci` in <paramref name="project"/>; its exit code and output.</summary>
    private static (int ExitCode, string Output) Install(string npm, string project)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    /// <summary>The folder of the nearest package.json (with its lock file) that lists pagefind.</summary>
    private static string? FindProject(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(root)); dir is not null; dir = dir.Parent)
            {
                var manifest = Path.Combine(dir.FullName, "package.json");
                if (File.Exists(manifest) && File.Exists(Path.Combine(dir.FullName, "package-lock.json")))
                {
                    return File.ReadAllText(manifest).Contains("\"pagefind\"", StringComparison.Ordinal) ? dir.FullName : null;
                }
            }
        }

        return null;
    }

    public static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
