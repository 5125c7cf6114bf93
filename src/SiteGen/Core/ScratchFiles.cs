namespace SiteGen.Core;

/// <summary>
/// Files an editor or the OS leaves beside real ones (Emacs locks <c>.#x</c>, backups <c>x~</c>,
/// Vim swap files, <c>.DS_Store</c>) and broken symlinks: build, check and preview ignore them.
/// </summary>
internal static class ScratchFiles
{
    public static bool IsScratch(string path) => IsScratchName(path) || IsBrokenLink(path);

    private static bool IsScratchName(string path)
    {
        var name = Path.GetFileName(path);
        return name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~') || name == ".DS_Store"
            || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swo", StringComparison.Ordinal)
            || name.EndsWith(".swx", StringComparison.Ordinal);
    }

    /// <summary>A symlink whose target does not exist (e.g. an Emacs lock file).</summary>
    public static bool IsBrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true };
        }
        catch (IOException)
        {
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }

    /// <summary>The files of <paramref name="dir"/> matching <paramref name="pattern"/>, scratch files left out, in ordinal order.</summary>
    public static string[] Files(string dir, string pattern, SearchOption option = SearchOption.TopDirectoryOnly)
    {
        if (!Directory.Exists(dir))
        {
            return [];
        }

        // As Directory.GetFiles lists them, but the folder listing says which entries are links: only those
        // are resolved (one system call each), not every file.
        var options = new EnumerationOptions { RecurseSubdirectories = option == SearchOption.AllDirectories, AttributesToSkip = 0, IgnoreInaccessible = false };
        var expression = System.IO.Enumeration.FileSystemName.TranslateWin32Expression(pattern);
        var files = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool Link)>(dir,
            (ref System.IO.Enumeration.FileSystemEntry e) => (e.ToSpecifiedFullPath(), (e.Attributes & FileAttributes.ReparsePoint) != 0), options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry e) =>
                !e.IsDirectory && System.IO.Enumeration.FileSystemName.MatchesWin32Expression(expression, e.FileName, ignoreCase: false),
        };
        return [.. files.Where(f => !IsScratchName(f.Path) && !(f.Link && IsBrokenLink(f.Path))).Select(f => f.Path).Order(StringComparer.Ordinal)];
    }
}
