using System.Collections.Concurrent;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Parsed article files kept between preview rebuilds: a file whose size and modification time are
/// unchanged, and that the watcher did not report, is not read or parsed again. Everything else in
/// input/ (site.yml, data/) is small and read on every build; when any of it changes the cache is
/// emptied, because articles are validated against it.
/// </summary>
internal sealed class ContentCache
{
    private sealed record Entry(long Length, DateTime Modified, object? Result, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);
    private string? _dataStamp;

    /// <summary>Counts the times the cache was emptied: equal between two builds when no file of input/ outside articles/ changed.</summary>
    public int Generation { get; private set; }

    /// <summary>Forgets files named by the watcher, whatever their time stamps say.</summary>
    public void Forget(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            _files.TryRemove(Path.GetFullPath(path), out _);
        }
    }

    /// <summary>Empties the cache when a file of input/ outside articles/ was added, removed or changed.</summary>
    internal void CheckData(string inputDir)
    {
        var articles = Path.GetFullPath(Path.Combine(inputDir, "articles")) + Path.DirectorySeparatorChar;
        var stamp = !Directory.Exists(inputDir) ? "" : string.Join("\n", Directory.EnumerateFiles(inputDir, "*", SearchOption.AllDirectories)
            .Select(Path.GetFullPath)
            .Where(f => !f.StartsWith(articles, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
        if (stamp != _dataStamp)
        {
            _files.Clear();
            _dataStamp = stamp;
            Generation++;
        }
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
        var prefix = dir + Path.DirectorySeparatorChar;
        var keep = present.ToHashSet(StringComparer.Ordinal);
        foreach (var path in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !keep.Contains(k)))
        {
            _files.TryRemove(path, out _);
        }
    }
}
