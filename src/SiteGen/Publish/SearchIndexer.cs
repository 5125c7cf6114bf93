using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SiteGen.Core;

namespace SiteGen.Publish;

/// <summary>The outcome of indexing: whether an index was written, and what to tell the user.</summary>
internal sealed record SearchIndexResult(bool Indexed, string Message);

/// <summary>Pagefind as installed: the node program and the pagefind package's Node API module.</summary>
internal sealed record PagefindInstall(string Node, string Module);

/// <summary>
/// Builds the site's search index with Pagefind (npm, pinned in package-lock.json) through its Node
/// API: the article pages split into shards (<see cref="SearchShards"/>), each shard one Pagefind
/// index of one language, a few built at once, each by a Pagefind service of its own (search-index.mjs,
/// embedded in SiteGen). The result, <c>pagefind/</c> in the site: Pagefind's scripts, <c>shards.json</c>
/// naming each language's shards, and one folder per shard, which the search page merges at query
/// time (Pagefind's mergeIndex). Without Node or the npm package the site still builds.
/// </summary>
internal static class SearchIndexer
{
    public const string Folder = "pagefind";
    public const string ManifestName = "shards.json";

    /// <summary>What the search page loads from <c>pagefind/</c> itself; a shard keeps its index, worker and WebAssembly.</summary>
    private static readonly string[] Runtime = ["pagefind.js", "pagefind-ui.js", "pagefind-ui.css"];

    private static readonly string[] ShardFiles = ["pagefind-entry.json", "pagefind-worker.js"];
    private static readonly string[] ShardFolders = ["index", "fragment", "filter"];

    private static readonly string[] Platforms = ["linux-x64", "linux-arm64", "darwin-arm64", "darwin-x64", "windows-x64", "windows-arm64", "freebsd-x64"];

    /// <summary>Indexes every article page of <paramref name="siteDir"/> into <paramref name="bundleDir"/> (default: <c>pagefind/</c> in the site).</summary>
    /// <param name="outputDir">The output folder the site is for: the scratch folder goes beside it (<see cref="WorkFolder"/>).</param>
    /// <param name="budget">The HTML per shard (<see cref="SearchShards.Budget"/>; tests pass less to get several shards).</param>
    public static SearchIndexResult Index(string siteDir, IEnumerable<string> searchRoots, string? bundleDir = null, string? outputDir = null,
        long budget = SearchShards.Budget)
    {
        if (Locate(searchRoots, out var missing) is not { } pagefind)
        {
            return new SearchIndexResult(false, missing);
        }

        var started = Stopwatch.StartNew();
        var shards = SearchShards.Assign(SearchShards.Pages(siteDir), budget);
        var bundle = bundleDir ?? Path.Combine(siteDir, Folder);
        var work = WorkFolder(outputDir ?? siteDir);
        try
        {
            var built = Build(pagefind, shards, work, background: false, CancellationToken.None);
            Directory.CreateDirectory(bundle);
            var withRuntime = true;
            foreach (var shard in shards.Where(s => built.ContainsKey(s.Name)))
            {
                Install(Path.Combine(work, shard.Name), bundle, shard.Name, withRuntime);
                withRuntime = false;
            }

            WriteManifest(bundle, shards);
            return new SearchIndexResult(true, "search: " + Summary(built, started.Elapsed));
        }
        finally
        {
            Publisher.Discard(work);
        }
    }

    /// <summary>
    /// Builds <paramref name="shards"/> into <c>{work}/{name}/</c>; the pages indexed per shard built (a shard
    /// none of whose pages is indexed is left out).
    /// </summary>
    public static IReadOnlyDictionary<string, int> Build(PagefindInstall pagefind, IReadOnlyList<SearchShard> shards, string work, bool background, CancellationToken cancel)
    {
        var wanted = shards.Where(s => s.Pages.Count > 0).ToList();
        var built = new Dictionary<string, int>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return built;
        }

        Directory.CreateDirectory(work);
        var script = Path.Combine(work, "search-index.mjs");
        using (var resource = typeof(SearchIndexer).Assembly.GetManifestResourceStream("search-index.mjs")!)
        using (var file = File.Create(script))
        {
            resource.CopyTo(file);
        }

        var plan = Path.Combine(work, "plan.json");
        WritePlan(plan, pagefind, wanted, work, background);
        var start = new ProcessStartInfo(pagefind.Node)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(plan);
        var (exitCode, stdout, stderr) = Run(start, cancel);
        cancel.ThrowIfCancellationRequested();
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"Pagefind failed (exit {exitCode}): {stderr.Trim()}");
        }

        // one JSON line per shard built; anything else Node printed is not ours to read
        foreach (var line in stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("{\"shard\":", StringComparison.Ordinal)))
        {
            using var report = JsonDocument.Parse(line);
            var pages = report.RootElement.GetProperty("pages").GetInt32();
            if (pages > 0)
            {
                built[report.RootElement.GetProperty("shard").GetString()!] = pages;
            }
        }

        return built;
    }

    /// <summary>
    /// Moves a shard Pagefind wrote (<paramref name="built"/>) to <c>{bundle}/{name}/</c> with what it needs there
    /// (its index, worker and WebAssembly); with <paramref name="withRuntime"/>, first copies the search page's scripts
    /// (the same in every shard) into the bundle itself.
    /// </summary>
    public static void Install(string built, string bundle, string name, bool withRuntime)
    {
        foreach (var file in withRuntime ? Runtime : [])
        {
            AtomicFile.WriteAllBytes(Path.Combine(bundle, file), File.ReadAllBytes(Path.Combine(built, file)));
        }

        foreach (var path in Directory.EnumerateFileSystemEntries(built))
        {
            var entry = Path.GetFileName(path);
            var keep = ShardFiles.Contains(entry) || ShardFolders.Contains(entry) || entry.EndsWith(".pf_meta", StringComparison.Ordinal)
                || (entry.StartsWith("wasm.", StringComparison.Ordinal) && entry.EndsWith(".pagefind", StringComparison.Ordinal));
            if (!keep)
            {
                File.Delete(path);
            }
        }

        Publisher.Swap(built, Path.Combine(bundle, name));
    }

    /// <summary>Writes <c>shards.json</c>: each language's shards that have a folder in the bundle, in shard order.</summary>
    public static void WriteManifest(string bundle, IReadOnlyList<SearchShard> shards)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var language in shards.GroupBy(s => s.Lang, StringComparer.Ordinal))
            {
                json.WriteStartArray(language.Key);
                foreach (var shard in language.Where(s => Directory.Exists(Path.Combine(bundle, s.Name))))
                {
                    json.WriteStringValue(shard.Name);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        AtomicFile.WriteAllBytes(Path.Combine(bundle, ManifestName), buffer.ToArray());
    }

    /// <summary>
    /// A new scratch folder beside the output folder (<c>output.search-*</c>), for the plan and the shards being built;
    /// one a killed build left is removed with its other leftovers (<see cref="OutputFolder"/>).
    /// </summary>
    public static string WorkFolder(string outputDir) =>
        $"{Paths.Absolute(outputDir).TrimEnd(Path.DirectorySeparatorChar)}.search-{Guid.NewGuid():N}";

    /// <summary>"indexed 8,000 pages in 8 shards (Pagefind, 12.3 s)".</summary>
    public static string Summary(IReadOnlyDictionary<string, int> built, TimeSpan took) => string.Format(CultureInfo.InvariantCulture,
        "indexed {0:N0} page{1} in {2} shard{3} (Pagefind, {4:0.0} s)", built.Values.Sum(), built.Values.Sum() == 1 ? "" : "s", built.Count, built.Count == 1 ? "" : "s", took.TotalSeconds);

    /// <summary>Whether Pagefind's npm package (with its program for this platform) is in node_modules above any of the roots.</summary>
    public static bool IsInstalled(IEnumerable<string> roots) => FindModule(roots) is not null;

    /// <summary>Node and Pagefind, or null and why the site has no search index.</summary>
    public static PagefindInstall? Locate(IEnumerable<string> roots, out string missing)
    {
        missing = "";
        if (FindModule(roots) is not { } module)
        {
            missing = "search: Pagefind is not installed, so the site has no search index (install Node.js 22.12+ with npm and build again in the repository: the build then installs Pagefind itself)";
            return null;
        }

        if (Executables.Find(OperatingSystem.IsWindows() ? "node.exe" : "node") is not { } node)
        {
            missing = "search: Node.js is not on the PATH, so the site has no search index (install Node.js 22.12+ and build again)";
            return null;
        }

        return new PagefindInstall(node, module);
    }

    /// <summary>pagefind/lib/index.js in node_modules in any of the roots or their parents (the repository root, normally).</summary>
    private static string? FindModule(IEnumerable<string> roots)
    {
        var program = OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended";
        foreach (var root in roots)
        {
            for (var dir = new DirectoryInfo(Paths.Absolute(root)); dir is not null; dir = dir.Parent)
            {
                var modules = Path.Combine(dir.FullName, "node_modules");
                var module = Path.Combine(modules, "pagefind", "lib", "index.js");
                if (File.Exists(module) && Platforms.Any(p => File.Exists(Path.Combine(modules, "@pagefind", p, "bin", program))))
                {
                    return module;
                }
            }
        }

        return null;
    }

    private static void WritePlan(string path, PagefindInstall pagefind, IReadOnlyList<SearchShard> shards, string work, bool background)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("pagefind", pagefind.Module);
        // Each Pagefind service holds one shard's index: a few at once use the cores without holding the site.
        json.WriteNumber("jobs", Math.Clamp(Environment.ProcessorCount, 1, 4));
        json.WriteBoolean("background", background);
        json.WriteStartArray("shards");
        foreach (var shard in shards)
        {
            json.WriteStartObject();
            json.WriteString("name", shard.Name);
            json.WriteString("language", shard.Lang);
            json.WriteBoolean("segment", shard.Lang == Lang.Zh.Code);
            json.WriteString("out", Path.Combine(work, shard.Name));
            json.WriteStartArray("pages");
            foreach (var page in shard.Pages)
            {
                json.WriteStartArray();
                json.WriteStringValue(page.File);
                json.WriteStringValue(page.Url);
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(ProcessStartInfo start, CancellationToken cancel)
    {
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"cannot run {start.FileName}: {ex.Message}");
        }

        using var _ = process;
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
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr);
    }
}
