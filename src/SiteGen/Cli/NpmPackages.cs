using System.Diagnostics;
using SiteGen.Core;
using SiteGen.Publish;

namespace SiteGen.Cli;

/// <summary>
/// Installs Pagefind, the one npm package a build needs (package.json's only dependency, locked in
/// package-lock.json), with `npm ci --omit=dev` when a build wants search and <c>node_modules/</c> is
/// missing, as `dotnet run` restores NuGet packages itself. The dev dependencies (the test and deploy
/// tools) are installed by the tests and CI (<see cref="InstallOnce"/>, .ci/run, the workflow). Without
/// npm on the PATH nothing happens, and the build says the site has no search.
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

            var npm = Executables.Find(OperatingSystem.IsWindows() ? "npm.cmd" : "npm");
            if (npm is null)
            {
                return;
            }

            // Said before it starts: the first install downloads Pagefind and is the slowest step of a first build.
            stdout.WriteLine("search: installing Pagefind for the search index, once (npm ci --omit=dev: Pagefind alone, about 15 MB to download) …");
            var (exitCode, output) = Install(npm, project, "--omit=dev");
            if (exitCode != 0)
            {
                stderr.WriteLine($"search: `npm ci --omit=dev` failed (exit {exitCode}); building without search. Its last lines:");
                foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries).TakeLast(15))
                {
                    stderr.WriteLine("  " + line.TrimEnd());
                }
            }
        }
    }

    /// <summary>
    /// `npm ci` (dev dependencies included) in <paramref name="project"/> unless every package its
    /// package.json names is in node_modules; its exit code and output. Shares the lock of
    /// <see cref="EnsureInstalled"/>, so the tests never run two at once.
    /// </summary>
    public static (int ExitCode, string Output) InstallOnce(string npm, string project)
    {
        lock (InstallLock)
        {
            return Declared(project).All(name => File.Exists(Path.Combine(project, "node_modules", name, "package.json"))) ? (0, "") : Install(npm, project);
        }
    }

    /// <summary>The packages package.json depends on, dev dependencies included.</summary>
    private static IEnumerable<string> Declared(string project)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(project, "package.json")));
        return new[] { "dependencies", "devDependencies" }
            .Where(key => manifest.RootElement.TryGetProperty(key, out _))
            .SelectMany(key => manifest.RootElement.GetProperty(key).EnumerateObject().Select(p => p.Name))
            .ToList();
    }

    /// <summary>`npm ci` in <paramref name="project"/> with <paramref name="options"/>; its exit code and output.</summary>
    private static (int ExitCode, string Output) Install(string npm, string project, params string[] options)
    {
        var start = new ProcessStartInfo(npm)
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" }.Concat(options))
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
}
