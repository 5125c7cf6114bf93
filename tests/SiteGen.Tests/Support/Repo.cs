namespace SiteGen.Tests.Support;

/// <summary>Paths inside this repository (found by walking up to SiteGen.sln).</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    public static string SeedFile => Directory.GetFiles(Path.Combine(Input, "raw"), "*.txt").Order(StringComparer.Ordinal).First();

    /// <summary>The source folder of a test file, for case files and snapshots.</summary>
    public static string TestsDir => Path.Combine(Root, "tests", "SiteGen.Tests");

    /// <summary>Copies the registries into a fresh input folder.</summary>
    public static void CopyData(string inputDir)
    {
        Directory.CreateDirectory(Path.Combine(inputDir, "data"));
        foreach (var file in Directory.GetFiles(Path.Combine(Input, "data")))
        {
            File.Copy(file, Path.Combine(inputDir, "data", Path.GetFileName(file)), overwrite: true);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
