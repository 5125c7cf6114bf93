using SiteGen.Publish;

namespace SiteGen.Serve;

/// <summary>
/// Preview's search index: made by Pagefind after a rebuild has been served and the tabs reloaded,
/// never in the way of one. It starts once saves have been quiet for <c>quiet</c>, runs at low
/// priority into a folder beside output/, and then replaces <c>output/pagefind/</c> in one rename
/// under the build lock. Saves during indexing queue one more run. Until it finishes, the search page
/// searches the previous index (or says there is none after the first build).
/// </summary>
internal sealed class BackgroundSearchIndex(string outputDir, IReadOnlyList<string> roots, Lock buildLock, TextWriter stdout, TimeSpan quiet) : IDisposable
{
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stop = new();
    private Timer? _timer;
    private bool _running;
    private bool _pending;
    private bool _disposed;

    /// <summary>Asks for a fresh index once saves are quiet.</summary>
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

        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var fresh = $"{full}.pagefind-{Guid.NewGuid():N}";
        try
        {
            var result = SearchIndexer.Index(full, roots, fresh, background: true, _stop.Token);
            if (result.Indexed && Directory.Exists(fresh))
            {
                lock (buildLock)
                {
                    var bundle = Path.Combine(full, "pagefind");
                    var old = $"{full}.pagefind-old-{Guid.NewGuid():N}";
                    if (Directory.Exists(bundle))
                    {
                        Directory.Move(bundle, old);
                    }

                    Directory.Move(fresh, bundle);
                    Publisher.Discard(old);
                }
            }

            stdout.WriteLine($"preview: {result.Message}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            if (!_stop.IsCancellationRequested)
            {
                stdout.WriteLine($"preview: search index not updated: {ex.Message}");
            }
        }
        finally
        {
            Publisher.Discard(fresh);
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
