namespace SiteGen.Core;

/// <summary>
/// Files an editor or the OS leaves beside real ones (Emacs locks <c>.#x</c>, backups <c>x~</c>,
/// Vim swap files, <c>.DS_Store</c>) and broken symlinks: build, check and preview ignore them (<see cref="InputFiles.List"/>).
/// </summary>
internal static class ScratchFiles
{
    public static bool IsScratch(string path) => IsScratchName(path) || IsBrokenLink(path);

    public static bool IsScratchName(string path)
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
}
