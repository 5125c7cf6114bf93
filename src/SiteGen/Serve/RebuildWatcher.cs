namespace SiteGen.Serve;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of file events (debounced), never
/// while a rebuild is already running; events during a rebuild queue one more.
/// </summary>
internal sealed class RebuildWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyList<string>> _rebuild;
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private bool _running;
    private bool _pending;

    public RebuildWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyList<string>> rebuild)
    {
        _quiet = quiet;
        _rebuild = rebuild;
        _timer = new Timer(_ => Fire());
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnEvent;
            watcher.Created += OnEvent;
            watcher.Deleted += OnEvent;
            watcher.Renamed += OnEvent;
            _watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".swp", StringComparison.Ordinal))
        {
            return; // editor swap files and SiteGen's own atomic-write temp files
        }

        lock (_lock)
        {
            _changed.Add(e.FullPath);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Fire()
    {
        List<string> changed;
        lock (_lock)
        {
            if (_running)
            {
                _pending = true;
                return;
            }

            _running = true;
            changed = [.. _changed];
            _changed.Clear();
        }

        try
        {
            _rebuild(changed);
        }
        finally
        {
            lock (_lock)
            {
                _running = false;
                if (_pending)
                {
                    _pending = false;
                    _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer.Dispose();
    }
}
