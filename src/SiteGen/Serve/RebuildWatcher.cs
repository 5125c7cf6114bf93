namespace SiteGen.Serve;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of file events (debounced), never
/// while a rebuild is already running; events during a rebuild queue one more. The callback gets
/// every path reported (both names of a rename); when the watcher loses events (its buffer
/// overflowed) it reports the watched folder itself, so the caller looks at everything again.
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
            watcher.Error += (_, _) => Report(folder);
            _watchers.Add(watcher);
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (e is RenamedEventArgs renamed && !Ignored(renamed.OldFullPath))
        {
            Report(renamed.OldFullPath); // an article renamed away is gone under its old name
        }

        if (!Ignored(e.FullPath))
        {
            Report(e.FullPath);
        }
    }

    /// <summary>Editor swap files and SiteGen's own atomic-write temp files; never a Markdown file a build would read.</summary>
    private static bool Ignored(string path)
    {
        var name = Path.GetFileName(path);
        return (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".swp", StringComparison.Ordinal))
            && !(name.EndsWith(".md", StringComparison.Ordinal) && !name.StartsWith(".#", StringComparison.Ordinal));
    }

    private void Report(string path)
    {
        lock (_lock)
        {
            _changed.Add(path);
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
