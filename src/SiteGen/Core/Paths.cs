namespace SiteGen.Core;

/// <summary>Paths as messages show them: relative to the current directory, with '/' separators.</summary>
internal static class Paths
{
    public static string Display(string path) =>
        IsPlainRelative(path) ? path : Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');

    /// <summary>
    /// A relative path with '/' separators and no empty, "." or ".." part is already what <see cref="Display"/>
    /// makes of it; seeing that saves asking the OS for the current directory for every file of a build.
    /// </summary>
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
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
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
}
