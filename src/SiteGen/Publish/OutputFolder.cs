using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Publish;

/// <summary>
/// Output ownership: the build replaces its output folder wholesale, so it writes only into a folder
/// it owns. It refuses an output that is a file, the filesystem root, the home folder, the current
/// directory, input/ or theme/, a folder containing any of them, or a folder inside input/ or theme/;
/// it refuses a non-empty folder without the marker file a previous build wrote. A symlinked output
/// is followed (the build replaces the folder the link points to; the link stays). Leftover
/// <c>output.staging-*</c> / <c>output.old-*</c> / <c>output.search-*</c> folders of a killed build are removed first.
/// Files to publish as they are (CNAME, _headers, verification files) come from input/static/.
/// </summary>
internal static partial class OutputFolder
{
    /// <summary>Written into every build's output: a later build may replace a folder that has it.</summary>
    public const string MarkerName = ".sitegen-output";

    /// <summary>The passthrough folder under input/, copied into the output as it is (Hugo's <c>static/</c>).</summary>
    public const string PassthroughDir = "static";

    public static OutputFile Marker { get; } = OutputFile.Text(MarkerName,
        "SiteGen built this folder and replaces all of it on every build.\nDo not keep files here: put files to publish as they are in input/static/.\n");

    [GeneratedRegex(@"^\.(staging|old|search)-[0-9a-f]{32}$")]
    private static partial Regex Leftover();

    /// <summary>
    /// Checks that the build may replace <paramref name="outputDir"/> and removes leftovers of a killed
    /// build. Returns the real folder to write (symlinks followed), or null after adding one error.
    /// </summary>
    public static string? Claim(string outputDir, string inputDir, string themeDir, List<Diagnostic> diagnostics) =>
        Inspect(outputDir, inputDir, themeDir, diagnostics, removeLeftovers: true);

    /// <summary>
    /// Whether the build may replace <paramref name="outputDir"/>, decided without writing anything (before the
    /// output's lock is taken); false after adding one error.
    /// </summary>
    public static bool MayUse(string outputDir, string inputDir, string themeDir, List<Diagnostic> diagnostics) =>
        Inspect(outputDir, inputDir, themeDir, diagnostics, removeLeftovers: false) is not null;

    private static string? Inspect(string outputDir, string inputDir, string themeDir, List<Diagnostic> diagnostics, bool removeLeftovers)
    {
        var display = Paths.Display(outputDir);
        string output;
        try
        {
            output = Paths.Real(outputDir);
            var reason = Refusal(output, inputDir, themeDir);
            if (reason is not null)
            {
                diagnostics.Add(Diagnostic.Error(display, 0, $"refusing to use this as the output folder: {reason}. The build replaces its output folder entirely; pass a folder of its own, e.g. --output output"));
                return null;
            }

            if (removeLeftovers)
            {
                RemoveLeftovers(output);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(display, 0, $"cannot inspect the output folder: {ex.Message}; check that the path exists and is readable"));
            return null;
        }

        return output;
    }

    private static string? Refusal(string output, string inputDir, string themeDir)
    {
        if (File.Exists(output))
        {
            return "it is a file, not a folder";
        }

        var root = Path.GetPathRoot(output);
        if (string.Equals(output, root, StringComparison.Ordinal))
        {
            return "it is the filesystem root";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var guarded = new List<(string Path, string What)>
        {
            (Paths.Real(Paths.WorkingDirectory), "the current directory"),
            (Paths.Real(inputDir), "the input folder"),
            (Paths.Real(themeDir), "the theme folder"),
        };
        if (home.Length > 0)
        {
            guarded.Add((Paths.Real(home), "your home folder"));
        }

        foreach (var (path, what) in guarded)
        {
            if (path == output)
            {
                return $"it is {what}";
            }

            if (IsInside(path, output))
            {
                return $"it contains {what} ({Paths.Display(path)})";
            }
        }

        foreach (var (path, what) in guarded.Skip(1).Take(2))
        {
            if (IsInside(output, path))
            {
                return $"it is inside {what}";
            }
        }

        if (Directory.Exists(output) && !IsOwned(output))
        {
            return $"it is not empty and SiteGen did not build it (no {MarkerName} file); empty or delete it yourself if its files can go";
        }

        return null;
    }

    /// <summary>Empty, written by a build (marker), or written by a SiteGen build before the marker existed.</summary>
    private static bool IsOwned(string dir) =>
        !Directory.EnumerateFileSystemEntries(dir).Any()
        || File.Exists(Path.Combine(dir, MarkerName))
        || (File.Exists(Path.Combine(dir, "translation-status.json")) && File.Exists(Path.Combine(dir, "sitemap.xml")) && File.Exists(Path.Combine(dir, "_redirects")));

    private static bool IsInside(string path, string dir) =>
        path.StartsWith(dir.EndsWith(Path.DirectorySeparatorChar) ? dir : dir + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Removes <c>output.staging-*</c> and <c>output.old-*</c> left by a killed build. If the build was
    /// killed between its two renames (no output, an old one beside it), the old output is put back first.
    /// </summary>
    private static void RemoveLeftovers(string output)
    {
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(output);
        var leftovers = Directory.GetDirectories(parent, name + ".*")
            .Where(d => Leftover().IsMatch(Path.GetFileName(d)[name.Length..]))
            .Where(d => new DirectoryInfo(d).LinkTarget is null)
            .OrderBy(d => Directory.GetLastWriteTimeUtc(d))
            .ToList();
        if (!Directory.Exists(output) && leftovers.LastOrDefault(d => d.Contains(".old-", StringComparison.Ordinal)) is { } previous)
        {
            Directory.Move(previous, output);
            leftovers.Remove(previous);
        }

        foreach (var dir in leftovers)
        {
            Publisher.Discard(dir);
        }
    }

    /// <summary>
    /// Adds the files of input/static/ to <paramref name="files"/>, as they are. A file at a path the build made
    /// (<paramref name="generated"/>), a symlink that leads outside input/static/, or anything but a regular file
    /// (<see cref="InputFiles"/>) is an error.
    /// </summary>
    public static bool AddPassthrough(string inputDir, Func<string, bool> generated, List<OutputFile> files, List<Diagnostic> diagnostics)
    {
        var dir = Path.Combine(inputDir, PassthroughDir);
        var before = diagnostics.Count;
        foreach (var file in PassthroughFiles(inputDir, diagnostics))
        {
            var relative = Path.GetRelativePath(dir, file).Replace('\\', '/');
            var display = Paths.Display(file);
            if (generated(relative) || relative == MarkerName)
            {
                diagnostics.Add(Diagnostic.Error(display, 0, $"the build itself writes /{relative}; remove or rename this passthrough file"));
            }
            else
            {
                files.Add(new OutputFile(relative, File.ReadAllBytes(file)));
            }
        }

        return diagnostics.Count == before;
    }

    /// <summary>
    /// The files of input/static/ that the rule of every input file lets through (<see cref="InputFiles"/>: regular files,
    /// symlinks only inside input/static/, no folder loops); each other one is an error in <paramref name="diagnostics"/>.
    /// </summary>
    public static List<string> PassthroughFiles(string inputDir, List<Diagnostic> diagnostics)
    {
        var dir = Path.Combine(inputDir, PassthroughDir);
        var files = new List<string>();
        foreach (var file in InputFiles.List(dir, "*", recursive: true, dir, diagnostics))
        {
            if (InputFiles.Check(file, Paths.Display(file), null, out _) is { } refused)
            {
                diagnostics.Add(refused);
            }
            else
            {
                files.Add(file);
            }
        }

        return files;
    }
}
