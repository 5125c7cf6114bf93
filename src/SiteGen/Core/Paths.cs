namespace SiteGen.Core;

/// <summary>
/// The working directory a command runs in, and paths as messages show them: relative to it, with '/'
/// separators. The command line sets the working directory for the duration of one command
/// (an ambient value that flows into the tasks, timers and threads the command starts), so commands run side by
/// side in one process (the tests do) each have their own; outside a command it is the process's.
/// </summary>
internal static class Paths
{
    private static readonly AsyncLocal<string?> Ambient = new();

    /// <summary>The folder relative paths are resolved against and messages show paths relative to.</summary>
    public static string WorkingDirectory => Ambient.Value ?? Environment.CurrentDirectory;

    /// <summary>Makes <paramref name="directory"/> the working directory until the result is disposed.</summary>
    public static IDisposable InWorkingDirectory(string directory)
    {
        var previous = Ambient.Value;
        Ambient.Value = Path.GetFullPath(directory);
        return new Restore(previous);
    }

    /// <summary>The absolute path of <paramref name="path"/>, resolved against the working directory.</summary>
    public static string Absolute(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>
    /// <paramref name="path"/> as a message shows it: relative to the working directory, or, for a path outside it,
    /// whichever of the relative (<c>../site/input</c>) and the absolute form (<c>/tmp/site/input</c>) is shorter.
    /// </summary>
    public static string Display(string path)
    {
        if (IsPlainRelative(path))
        {
            return path;
        }

        var full = Absolute(path);
        var relative = Path.GetRelativePath(WorkingDirectory, full);
        var outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative);
        return (outside && full.Length < relative.Length ? full : relative).Replace('\\', '/');
    }

    /// <summary>A relative path with '/' separators and no empty, "." or ".." part is already what <see cref="Display"/> makes of it.</summary>
    private static bool IsPlainRelative(string path)
    {
        if (path.Length == 0 || Path.IsPathRooted(path) || path.Contains('\\'))
        {
            return false;
        }

        foreach (var part in path.AsSpan().Split('/'))
        {
            var name = path.AsSpan()[part];
            if (name.Length == 0 || name is "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The absolute path with every symlink along it resolved (as far as the path exists).</summary>
    public static string Real(string path, int depth = 0)
    {
        var full = Path.TrimEndingDirectorySeparator(Absolute(path));
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is not null && depth < 40)
            {
                next = Real(Path.GetFullPath(target, current), depth + 1);
            }

            current = next;
        }

        return current;
    }

    private sealed class Restore(string? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
