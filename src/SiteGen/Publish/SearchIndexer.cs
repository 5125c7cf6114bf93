using System.Diagnostics;

namespace SiteGen.Publish;

/// <summary>The outcome of indexing: whether an index was written, and what to tell the user.</summary>
internal sealed record SearchIndexResult(bool Indexed, string Message);

/// <summary>
/// Runs Pagefind (npm, pinned in package-lock.json) over the staged site: one index per language
/// (from each page's html lang), Chinese segmentation from Pagefind's extended build, a district
/// filter from <c>data-pagefind-filter</c>. Without Node or the npm packages the site still builds.
/// </summary>
internal static class SearchIndexer
{
    private static readonly string[] Binaries =
    [
        Path.Combine("node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended"),
        Path.Combine("node_modules", "@pagefind", "linux-arm64", "bin", "pagefind_extended"),
        Path.Combine("node_modules", "@pagefind", "darwin-arm64", "bin", "pagefind_extended"),
        Path.Combine("node_modules", "@pagefind", "darwin-x64", "bin", "pagefind_extended"),
        Path.Combine("node_modules", "@pagefind", "windows-x64", "bin", "pagefind_extended.exe"),
    ];

    /// <param name="bundleDir">Where the index goes (default: <c>pagefind/</c> inside the site).</param>
    /// <param name="background">Run Pagefind at low CPU priority (preview indexes while the editor works).</param>
    /// <param name="cancel">Stops Pagefind (and the process tree it started) when cancelled.</param>
    public static SearchIndexResult Index(string siteDir, IEnumerable<string> searchRoots, string? bundleDir = null, bool background = false, CancellationToken cancel = default)
    {
        var binary = Find(searchRoots);
        if (binary is null)
        {
            return new SearchIndexResult(false,
                "search: Pagefind is not installed, so the site has no search index (install Node.js 22.12+ with npm and build again in the repository: the build then runs `npm ci` itself)");
        }

        var start = new ProcessStartInfo(binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add("--site");
        start.ArgumentList.Add(siteDir);
        if (bundleDir is not null)
        {
            start.ArgumentList.Add("--output-path");
            start.ArgumentList.Add(bundleDir);
        }

        using var process = Process.Start(start)!;
        using var stopping = cancel.Register(() =>
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
            {
                // it has already exited
            }
        });
        if (background)
        {
            try
            {
                process.PriorityClass = ProcessPriorityClass.BelowNormal;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // not allowed here: it runs at normal priority
            }
            catch (InvalidOperationException)
            {
                // already finished
            }
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Pagefind failed (exit {process.ExitCode}):\n{stderr}{stdout.Result}");
        }

        var pages = stdout.Result.Split('\n').FirstOrDefault(l => l.Contains("Indexed", StringComparison.Ordinal) && l.Contains("page", StringComparison.Ordinal))?.Trim();
        return new SearchIndexResult(true, "search: " + (pages ?? "index written") + " (Pagefind)");
    }

    /// <summary>Whether Pagefind's binary is in node_modules above any of the roots.</summary>
    public static bool IsInstalled(IEnumerable<string> roots) => Find(roots) is not null;

    /// <summary>node_modules in any of the roots or their parents (the repository root, normally).</summary>
    private static string? Find(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(root)); dir is not null; dir = dir.Parent)
            {
                foreach (var relative in Binaries)
                {
                    var candidate = Path.Combine(dir.FullName, relative);
                    if (File.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }
        }

        return null;
    }
}
