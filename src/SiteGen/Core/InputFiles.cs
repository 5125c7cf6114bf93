using System.IO.Enumeration;

namespace SiteGen.Core;

/// <summary>
/// The one rule for every file SiteGen reads from the project (input/ and theme/, in build, check, preview and
/// import): it is a regular file (a FIFO, socket or device is an error naming it, and is never opened, so nothing
/// blocks), and a symlink is followed only when it resolves inside the project folder it belongs to (otherwise an
/// error names the link and its target). Folder walks follow a symlinked folder at most once and never into a
/// folder they are already reading, so a link pointing back up is an error, not a loop. Editor scratch files
/// and broken symlinks are left out (<see cref="ScratchFiles"/>).
/// </summary>
internal static class InputFiles
{
    /// <summary>
    /// The files of <paramref name="dir"/> (and its sub-folders when <paramref name="recursive"/>) whose names match
    /// <paramref name="pattern"/>, in ordinal order. A symlinked file or folder that leads outside
    /// <paramref name="root"/>, or a symlinked folder that leads to one the walk reads already, is added to
    /// <paramref name="problems"/> and left out. Files are not opened; <see cref="Check"/> tells which may be read.
    /// </summary>
    public static string[] List(string dir, string pattern, bool recursive, string root, List<Diagnostic> problems, Func<string, bool>? descend = null)
    {
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var rootReal = Paths.Real(root);
        var startReal = Paths.Real(dir);
        if (!IsWithin(startReal, rootReal))
        {
            problems.Add(Outside(dir, startReal, root));
            return [];
        }

        var expression = FileSystemName.TranslateWin32Expression(pattern);
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };
        var files = new List<string>();
        var read = new Dictionary<string, string>(StringComparer.Ordinal) { [startReal] = dir };
        var folders = new Stack<(string Path, string Real)>();
        folders.Push((dir, startReal));
        while (folders.Count > 0)
        {
            var (folder, folderReal) = folders.Pop();
            var entries = new FileSystemEnumerable<(string Path, bool Link, bool Folder)>(folder,
                (ref FileSystemEntry e) => (e.ToSpecifiedFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0, e.IsDirectory), options);
            var subfolders = new List<(string, string)>();
            foreach (var (path, link, isFolder) in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                if (isFolder)
                {
                    if (!recursive || (descend is not null && !descend(path)))
                    {
                        continue;
                    }

                    var real = link ? Paths.Real(path) : Path.Join(folderReal, Path.GetFileName(path));
                    if (!IsWithin(real, rootReal))
                    {
                        problems.Add(Outside(path, real, root));
                    }
                    else if (read.TryGetValue(real, out var first))
                    {
                        // Whichever of the two names is a link is the one to remove.
                        var (named, other) = link ? (path, first) : (first, path);
                        problems.Add(Diagnostic.Error(Paths.Display(named), 0, IsWithin(folderReal, real)
                            ? $"this symlinked folder leads back up to {Paths.Display(other)}, a folder it is in: a loop; remove the link"
                            : $"this symlinked folder leads to {Paths.Display(other)}, which is read already: a second copy of the same files; remove the link (or copy the folder)"));
                    }
                    else
                    {
                        read[real] = path;
                        subfolders.Add((path, real));
                    }

                    continue;
                }

                if (ScratchFiles.IsScratchName(path) || !FileSystemName.MatchesWin32Expression(expression, Path.GetFileName(path), ignoreCase: false))
                {
                    continue;
                }

                if (link)
                {
                    if (ScratchFiles.IsBrokenLink(path))
                    {
                        continue;
                    }

                    var real = Paths.Real(path);
                    if (!IsWithin(real, rootReal))
                    {
                        problems.Add(Outside(path, real, root));
                        continue;
                    }
                }

                files.Add(path);
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                folders.Push(subfolders[i]);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return [.. files];
    }

    /// <summary>
    /// Whether <paramref name="path"/> may be read, asked without opening it: null when it may (or when it is
    /// missing: the reader says so in its own terms), else the error. With <paramref name="root"/>, a path that
    /// resolves outside it (through a symlink anywhere on the way) is refused too.
    /// </summary>
    public static Diagnostic? Check(string path, string display, string? root, out FileKind kind)
    {
        kind = FileKinds.Of(path);
        if (kind == FileKind.Missing)
        {
            return null;
        }

        if (root is not null)
        {
            var real = Paths.Real(path);
            if (!IsWithin(real, Paths.Real(root)))
            {
                return Outside(path, real, root, display);
            }
        }

        return kind is FileKind.Regular or FileKind.Unknown ? null : NotRegular(display, kind);
    }

    /// <summary>The bytes of a file that <see cref="Check"/> allows; throws <see cref="DiagnosticException"/> with the reason otherwise.</summary>
    public static byte[] ReadAllBytes(string path, string? root = null)
    {
        var display = Paths.Display(path);
        if (Check(path, display, root, out var kind) is { } refused)
        {
            throw new DiagnosticException([refused]);
        }

        return kind == FileKind.Missing
            ? throw new DiagnosticException([Diagnostic.Error(display, 0, "this file was removed during the build; nothing was published: run the build again")])
            : File.ReadAllBytes(path);
    }

    public static Diagnostic NotRegular(string display, FileKind kind) =>
        Diagnostic.Error(display, 0, $"this is {FileKinds.Describe(kind)}, not a regular file; SiteGen reads only regular files: delete it or put a file in its place");

    private static Diagnostic Outside(string path, string real, string root, string? display = null) =>
        Diagnostic.Error(display ?? Paths.Display(path), 0,
            $"this leads outside {Paths.Display(root).TrimEnd('/')}/ through a symlink (to {real}); SiteGen follows a link only inside the folder it belongs to: copy what it points to into {Paths.Display(root).TrimEnd('/')}/ instead");

    /// <summary>Whether the real path <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsWithin(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
