namespace SiteGen.Serve;

/// <summary>
/// Watches input/ and theme/ and calls back once per burst of file events (debounced), never
/// while a rebuild is already running; events during a rebuild queue one more. The callback gets
/// every path reported (both names of a rename); when the watcher loses events (its buffer
/// overflowed) it reports the watched folder itself, so the caller looks at everything again.
/// A watched folder that is removed (or renamed away) and comes back is watched again: a watcher of
/// its parent sees it go and return, says so, and reports the folder.
/// </summary>
internal sealed class RebuildWatcher : IDisposable
{
    private readonly Dictionary<string, FileSystemWatcher?> _trees = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Action<string> _say;
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyList<string>> _rebuild;
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _changed = new(StringComparer.Ordinal);
    private bool _running;
    private bool _pending;
    private bool _disposed;

    /// <param name="say">Where a line about a watched folder that went or came back is written.</param>
    public RebuildWatcher(IEnumerable<string> folders, TimeSpan quiet, Action<IReadOnlyList<string>> rebuild, Action<string>? say = null)
    {
        _quiet = quiet;
        _rebuild = rebuild;
        _say = say ?? (_ => { });
        _timer = new Timer(_ => Fire());
        foreach (var folder in folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).Distinct(StringComparer.Ordinal))
        {
            _trees[folder] = Directory.Exists(folder) ? Watch(folder) : null;
            if (Path.GetDirectoryName(folder) is { } parent && Directory.Exists(parent))
            {
                var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder))
                {
                    IncludeSubdirectories = false,
                    NotifyFilter = NotifyFilters.DirectoryName | NotifyFilters.FileName,
                    EnableRaisingEvents = true,
                };
                watcher.Created += (_, _) => FolderEvent(folder);
                watcher.Deleted += (_, _) => FolderEvent(folder);
                watcher.Renamed += (_, _) => FolderEvent(folder);
                watcher.Error += (_, _) => FolderEvent(folder);
                _parents.Add(watcher);
            }
        }
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true };
        watcher.Changed += OnEvent;
        watcher.Created += OnEvent;
        watcher.Deleted += OnEvent;
        watcher.Renamed += OnEvent;
        watcher.Error += (_, _) => FolderEvent(folder);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A watched folder went, came back, or its watcher failed: watch it anew if it is there, and report it.</summary>
    private void FolderEvent(string folder)
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var shown = Core.Paths.Display(folder);
            var watched = _trees[folder] is not null;
            _trees[folder]?.Dispose();
            _trees[folder] = null;
            if (Directory.Exists(folder))
            {
                try
                {
                    _trees[folder] = Watch(folder);
                }
                catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
                {
                    _say($"preview: cannot watch {shown}/ ({ex.Message}); changes there are not seen until it can be");
                }

                if (!watched && _trees[folder] is not null)
                {
                    _say($"preview: {shown}/ is back; rebuilding");
                }
            }
            else if (watched)
            {
                _say($"preview: {shown}/ was removed; the site is rebuilt when it is back");
            }
        }

        Report(folder);
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
        lock (_lock)
        {
            _disposed = true;
            foreach (var watcher in _parents.Concat(_trees.Values.OfType<FileSystemWatcher>()))
            {
                watcher.Dispose();
            }
        }

        _timer.Dispose();
    }
}
