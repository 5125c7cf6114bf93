namespace SiteGen.Core;

/// <summary>Programs SiteGen runs (node, npm), found on the PATH.</summary>
internal static class Executables
{
    /// <summary>The full path of <paramref name="program"/> in the first PATH folder that has it, or null.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
}
