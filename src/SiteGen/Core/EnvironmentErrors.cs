namespace SiteGen.Core;

/// <summary>
/// What the environment did to a run, in one line with the path and the fix: permission denied, a full disk, a path
/// too long, a folder that went away. An exception from parallel work (an <see cref="AggregateException"/>) is looked
/// into; anything else is not the environment's doing, and the caller calls it a SiteGen bug.
/// </summary>
internal static class EnvironmentErrors
{
    /// <summary>ENOSPC and EDQUOT on Linux and macOS; ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL on Windows.</summary>
    private static readonly int[] DiskFull = [28, 122, 69, unchecked((int)0x80070027), unchecked((int)0x80070070)];

    /// <summary>The line for <paramref name="error"/>, or null when it is not an environment error.</summary>
    public static string? Explain(Exception error) => Cause(error) switch
    {
        UnauthorizedAccessException denied =>
            $"permission denied: {denied.Message} Make the file or folder readable (and the output's folder writable) for you, e.g. `chmod u+rw`, or pass another --output",
        PathTooLongException tooLong =>
            $"a path is too long for the file system: {tooLong.Message} Use shorter folder or file names, or a folder nearer the root",
        IOException full when DiskFull.Contains(full.HResult) =>
            $"the disk is full: {full.Message}; free some space and run again (the previous output was left as it was)",
        DirectoryNotFoundException gone =>
            $"a folder went away while SiteGen used it: {gone.Message}; run again once it is back",
        IOException io => $"{io.Message}; check that the folder exists, is writable and has free space, then run again",
        _ => null,
    };

    /// <summary>The environment error in <paramref name="error"/>, looking through parallel work's wrappers.</summary>
    private static Exception? Cause(Exception error) => error switch
    {
        AggregateException many => many.Flatten().InnerExceptions.Select(Cause).FirstOrDefault(e => e is not null),
        IOException or UnauthorizedAccessException => error,
        _ when error.InnerException is { } inner => Cause(inner),
        _ => null,
    };
}
