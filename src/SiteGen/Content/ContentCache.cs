using System.Collections.Concurrent;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Parsed article files kept between preview rebuilds: a file whose size and modification time are
/// unchanged, and that the watcher did not report, is not read or parsed again. Everything else in
/// input/ (site.yml, data/) is small and read on every build; when any of it changes the cache is
/// emptied, because articles are validated against it.
/// <para>
/// While a watcher reports every change (<see cref="StartWatching"/>), a rebuild does not list the
/// article folders or look at the 20,000 files of a large site: it takes the previous listing,
/// changed by the article files the watcher reported, and reuses the parsed files it did not report.
/// Anything else reported under input/ (a folder, a file deeper in articles/, or the watcher losing
/// events, which it reports as the watched folder itself) makes that build list and check everything
/// again, as does a change outside articles/ for the data files.
/// </para>
/// </summary>
internal sealed class ContentCache
{
    private sealed record Entry(long Length, DateTime Modified, object? Result, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private string? _dataStamp;

    /// <summary>The article folders' files (as <see cref="InputFiles.List"/> lists them) by folder, taken while a watcher was running.</summary>
    private readonly Dictionary<string, List<string>> _listings = new(StringComparer.Ordinal);

    /// <summary>Full paths the watcher reported since the last build.</summary>
    private readonly List<string> _reported = [];

    private bool _watching;
    private bool _listingsWatched;

    /// <summary>Counts the times the cache was emptied: equal between two builds when no file of input/ outside articles/ changed.</summary>
    public int Generation { get; private set; }

    /// <summary>True in a build that takes the article listings and parsed files on the watcher's word (see the class summary).</summary>
    internal bool Trusted { get; private set; }

    /// <summary>
    /// A watcher now reports every change under input/. The next build still lists and checks
    /// everything (a change may have come before the watcher started); later ones trust the reports.
    /// </summary>
    public void StartWatching()
    {
        lock (_reported)
        {
            _watching = true;
            _listingsWatched = false;
        }
    }

    /// <summary>Forgets files named by the watcher, whatever their time stamps say, and remembers them for the next build's listing.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        lock (_reported)
        {
            foreach (var path in paths.Select(Path.GetFullPath))
            {
                _files.TryRemove(path, out _);
                _reported.Add(path);
            }
        }
    }

    /// <summary>
    /// Starts a build: decides whether it may trust the watcher's reports, and empties the cache when a
    /// file of input/ outside articles/ was added, removed or changed.
    /// </summary>
    internal void BeginBuild(string inputDir)
    {
        lock (_reported)
        {
            var input = Path.GetFullPath(inputDir);
            var articles = Path.Join(input, "articles");
            var trusted = _watching && _listingsWatched;
            var checkData = !trusted;
            var dirty = new List<string>();
            foreach (var path in _reported)
            {
                if (!path.StartsWith(input + Path.DirectorySeparatorChar, StringComparison.Ordinal) && path != input)
                {
                    continue; // theme/: the theme stamp covers it
                }

                var parent = Path.GetDirectoryName(path);
                if (Lang.All.Any(l => parent == Path.Join(articles, l.Code)) && !Directory.Exists(path) && new FileInfo(path).LinkTarget is null)
                {
                    dirty.Add(path);
                }
                else if (path == input || path == articles || path.StartsWith(articles + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                {
                    trusted = false; // a folder, or the watcher lost events: list everything again
                    checkData = true;
                }
                else
                {
                    checkData = true;
                }
            }

            _reported.Clear();
            if (!trusted)
            {
                _listings.Clear();
            }
            else
            {
                foreach (var path in dirty)
                {
                    Update(path);
                }
            }

            if (checkData)
            {
                CheckData(inputDir);
            }

            Trusted = trusted;

            // Listings taken in this build are complete from here on if a watcher was already running.
            _listingsWatched = _watching;
        }
    }

    /// <summary>Applies one reported file to the listing of its folder, as a new listing would show it.</summary>
    private void Update(string fullPath)
    {
        var dir = _listings.Keys.FirstOrDefault(d => Path.GetFullPath(d) == Path.GetDirectoryName(fullPath));
        if (dir is null)
        {
            return; // the folder was not listed (it did not exist): the build lists it
        }

        var listing = _listings[dir];
        var entry = Path.Join(dir, Path.GetFileName(fullPath));
        var at = listing.BinarySearch(entry, StringComparer.Ordinal);
        var present = fullPath.EndsWith(".md", StringComparison.Ordinal) && File.Exists(fullPath) && !ScratchFiles.IsScratch(fullPath);
        if (present && at < 0)
        {
            listing.Insert(~at, entry);
        }
        else if (!present && at >= 0)
        {
            listing.RemoveAt(at);
        }
    }

    /// <summary>
    /// The .md files of an article folder: the maintained listing in a trusted build, else a new one (whose problems,
    /// such as a symlink leading outside <paramref name="inputDir"/>, are added to <paramref name="problems"/>). A
    /// listing with problems is not kept: the next build lists the folder again and reports them again until fixed.
    /// </summary>
    internal string[] Files(string dir, string inputDir, List<Diagnostic> problems)
    {
        lock (_reported)
        {
            if (Trusted && _listings.TryGetValue(dir, out var listing))
            {
                return [.. listing];
            }

            var before = problems.Count;
            var files = InputFiles.List(dir, "*.md", recursive: false, inputDir, problems);
            if (problems.Count == before)
            {
                _listings[dir] = [.. files];
            }
            else
            {
                _listings.Remove(dir);
            }

            return files;
        }
    }

    /// <summary>Empties the cache when a file of input/ outside articles/ was added, removed or changed.</summary>
    private void CheckData(string inputDir)
    {
        var input = Path.GetFullPath(inputDir);
        var articles = Path.Join(input, "articles");
        var stamp = string.Join("\n", InputFiles.List(input, "*", recursive: true, input, [], descend: d => d != articles)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{(f.Exists ? f.Length : -1)}|{f.LastWriteTimeUtc.Ticks}"));
        if (stamp != _dataStamp)
        {
            _files.Clear();
            _dataStamp = stamp;
            Generation++;
        }
    }

    /// <summary>A parsed file the watcher did not report, in a trusted build: no look at the disk.</summary>
    internal bool TryGetTrusted(string path, out object? result, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (Trusted && _files.TryGetValue(path, out var entry))
        {
            (result, diagnostics) = (entry.Result, entry.Diagnostics);
            return true;
        }

        (result, diagnostics) = (null, []);
        return false;
    }

    internal bool TryGet(string path, FileInfo info, out object? result, out IReadOnlyList<Diagnostic> diagnostics)
    {
        if (_files.TryGetValue(path, out var entry) && entry.Length == info.Length && entry.Modified == info.LastWriteTimeUtc)
        {
            (result, diagnostics) = (entry.Result, entry.Diagnostics);
            return true;
        }

        (result, diagnostics) = (null, []);
        return false;
    }

    internal void Put(string path, FileInfo info, object? result, IReadOnlyList<Diagnostic> diagnostics) =>
        _files[path] = new Entry(info.Length, info.LastWriteTimeUtc, result, diagnostics);

    /// <summary>Drops the entries of files that no longer exist in a folder that was just read.</summary>
    internal void Retain(string dir, IReadOnlyCollection<string> present)
    {
        if (Trusted)
        {
            return; // a file that went was reported, and forgotten then
        }

        var prefix = dir + Path.DirectorySeparatorChar;
        var keep = present.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !keep.Contains(k)))
        {
            _files.TryRemove(path, out _);
        }
    }
}
