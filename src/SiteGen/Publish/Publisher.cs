namespace SiteGen.Publish;

/// <summary>
/// Writes the site into a staging folder beside output/, then swaps it in. A build that fails
/// before the swap leaves the previous output/ exactly as it was.
/// </summary>
internal static class Publisher
{
    /// <summary>A new, empty staging folder's path beside output/ (created on first write).</summary>
    public static string NewStaging(string outputDir) =>
        $"{Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar)}.staging-{Guid.NewGuid():N}";

    /// <summary>Replaces output/ with the staging folder: two renames, the old one deleted last.</summary>
    public static void Swap(string staging, string outputDir)
    {
        var full = Path.GetFullPath(outputDir).TrimEnd(Path.DirectorySeparatorChar);
        var old = $"{full}.old-{Guid.NewGuid():N}";
        if (Directory.Exists(full))
        {
            Directory.Move(full, old);
        }

        try
        {
            Directory.Move(staging, full);
        }
        catch
        {
            if (Directory.Exists(old))
            {
                Directory.Move(old, full);
            }

            throw;
        }

        Discard(old);
    }

    public static void Discard(string dir)
    {
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
