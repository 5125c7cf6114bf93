namespace SiteGen.Core;

/// <summary>Paths as messages show them: relative to the current directory, with '/' separators.</summary>
internal static class Paths
{
    public static string Display(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
}
