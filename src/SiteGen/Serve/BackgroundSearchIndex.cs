using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using SiteGen.Core;
using SiteGen.Publish;

namespace SiteGen.Serve;

/// <summary>
/// Preview's search index, kept current shard by shard after each rebuild has been served and the tabs
/// reloaded, never in the way of one. It starts once saves have been quiet for <c>quiet</c>, finds the
/// shards whose pages changed what Pagefind reads (<see cref="SearchFingerprint"/>: a saved article
/// changes its own shards, not those of the articles that link to it), rebuilds only those at low
/// priority in a folder beside output/, and swaps each into <c>output/pagefind/</c> under the build
/// lock. After a rebuild that replaced output/ as a whole, it indexes every shard. Saves during a run
/// queue one more. It prints "search is current" when it has swapped the shards in.
/// </summary>
internal sealed class BackgroundSearchIndex(string outputDir, IReadOnlyList<string> roots, Lock buildLock, TextWriter stdout, TimeSpan quiet,
    long budget = SearchShards.Budget) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();

    // What the last run read of each page (by file): its size and time, and the fingerprint that matched them.
    private readonly Dictionary<string, (long Bytes, DateTime Modified, ulong Fingerprint)> _pages = new(StringComparer.Ordinal);

    // Each shard in output/pagefind/ (by name): the fingerprint of the pages it was built from.
    private readonly Dictionary<string, ulong> _indexed = new(StringComparer.Ordinal);
    private Timer? _timer;
    private bool _running;
    private bool _pending;
    private bool _disposed;
    private bool _toldMissing;

    /// <summary>Asks for a current index once saves are quiet.</summary>
    public void Schedule()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _timer ??= new Timer(_ => Run());
            _timer.Change(quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Run()
    {
        lock (_lock)
        {
            if (_running)
            {
                _pending = true;
                return;
            }

            _running = true;
        }

        try
        {
            if (Update() is { } message)
            {
                stdout.WriteLine($"preview: {message}");
            }
        }
        catch (OperationCanceledException)
        {
            // preview is stopping
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            if (!_stop.IsCancellationRequested)
            {
                stdout.WriteLine($"preview: search index not updated: {ex.Message}");
            }
        }
        finally
        {
            lock (_lock)
            {
                _running = false;
                if (_pending && !_disposed)
                {
                    _pending = false;
                    _timer?.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
            }
        }
    }

    /// <summary>Rebuilds the shards that changed; what to print, or null when there is nothing to tell.</summary>
    private string? Update()
    {
        if (SearchIndexer.Locate(roots, out var missing) is not { } pagefind)
        {
            var tell = !_toldMissing;
            _toldMissing = true;
            return tell ? missing : null;
        }

        var started = Stopwatch.StartNew();
        var site = Paths.Absolute(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var bundle = Path.Combine(site, SearchIndexer.Folder);
        var manifest = Path.Combine(bundle, SearchIndexer.ManifestName);
        var whole = !File.Exists(manifest); // the first run, or a rebuild replaced output/ with its pagefind/
        if (whole)
        {
            _indexed.Clear();
        }

        var pages = SearchShards.Pages(site);
        foreach (var file in _pages.Keys.Except(pages.Select(p => p.File), StringComparer.Ordinal).ToList())
        {
            _pages.Remove(file);
        }

        var shards = SearchShards.Assign(pages, budget);
        var fingerprints = shards.ToDictionary(s => s.Name, Fingerprint, StringComparer.Ordinal);
        var stale = shards.Where(s => !_indexed.TryGetValue(s.Name, out var f) || f != fingerprints[s.Name]).ToList();
        var gone = _indexed.Keys.Except(fingerprints.Keys).ToList();
        if (stale.Count == 0 && gone.Count == 0)
        {
            return null;
        }

        var work = SearchIndexer.WorkFolder(site);
        try
        {
            var built = SearchIndexer.Build(pagefind, stale, work, background: true, _stop.Token);
            lock (buildLock)
            {
                if (!whole && !File.Exists(manifest))
                {
                    // output/ was replaced while the shards were built: index it all in the next run
                    _indexed.Clear();
                    lock (_lock)
                    {
                        _pending = true;
                    }

                    return null;
                }

                Directory.CreateDirectory(bundle);
                var withRuntime = true;
                foreach (var shard in stale)
                {
                    if (built.ContainsKey(shard.Name))
                    {
                        SearchIndexer.Install(Path.Combine(work, shard.Name), bundle, shard.Name, withRuntime);
                        withRuntime = false;
                    }
                    else
                    {
                        Publisher.Discard(Path.Combine(bundle, shard.Name)); // none of its pages is indexed now
                    }

                    _indexed[shard.Name] = fingerprints[shard.Name];
                }

                foreach (var name in gone)
                {
                    Publisher.Discard(Path.Combine(bundle, name));
                    _indexed.Remove(name);
                }

                SearchIndexer.WriteManifest(bundle, shards);
            }

            return whole
                ? "search is current: " + SearchIndexer.Summary(built, started.Elapsed)
                : string.Format(CultureInfo.InvariantCulture, "search is current: re-indexed {0} ({1:N0} pages, {2:0.0} s)",
                    string.Join(", ", stale.Select(s => s.Name).Concat(gone)), stale.Sum(s => s.Pages.Count), started.Elapsed.TotalSeconds);
        }
        finally
        {
            Publisher.Discard(work);
        }
    }

    /// <summary>The hash of a shard's pages: their URLs and what Pagefind reads from each.</summary>
    private ulong Fingerprint(SearchShard shard)
    {
        var hash = new XxHash64();
        foreach (var page in shard.Pages)
        {
            if (!_pages.TryGetValue(page.File, out var known) || known.Bytes != page.Bytes || known.Modified != page.Modified)
            {
                known = (page.Bytes, page.Modified, SearchFingerprint.Of(File.ReadAllText(page.File)));
                _pages[page.File] = known;
            }

            hash.Append(MemoryMarshal.AsBytes(page.Url.AsSpan()));
            hash.Append(BitConverter.GetBytes(known.Fingerprint));
        }

        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>Stops any scheduled run and kills a Pagefind that is running (preview is stopping).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _timer?.Dispose();
        }

        _stop.Cancel();
    }
}
