using System.Globalization;
using SiteGen.Core;

namespace SiteGen.Cli;

/// <summary><c>sitegen build [--input ./input] [--theme ./theme] [--output ./output] [--base-url URL] [--drafts]</c></summary>
internal static class BuildCommand
{
    public const string Usage = "build [--input ./input] [--theme ./theme] [--output ./output] [--base-url URL] [--drafts] [--no-search] [--verbose]";

    public static bool Verbose(IReadOnlyList<string> args) => args.Contains("--verbose");

    public static BuildOptions ParseOptions(IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, new HashSet<string> { "input", "theme", "output", "base-url" }, new HashSet<string> { "drafts", "no-search", "verbose" });
        parsed.NoPositionals("build");
        return new BuildOptions(parsed.Value("input", "input"), parsed.Value("theme", "theme"), parsed.Value("output", "output"), parsed.Value("base-url"), parsed.Has("drafts"), !parsed.Has("no-search"));
    }

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, bool verbose = false)
    {
        var result = SiteBuilder.Build(options);
        Report(result, options, stdout, stderr);
        if (verbose)
        {
            ReportStages(result, stdout);
        }

        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The time of each stage (<c>--verbose</c>).</summary>
    public static void ReportStages(BuildResult result, TextWriter stdout)
    {
        var previous = TimeSpan.Zero;
        foreach (var (stage, at) in result.Stages ?? [])
        {
            stdout.WriteLine($"  {stage,-28} {(at - previous).TotalMilliseconds,8:0} ms");
            previous = at;
        }
    }

    public static void Report(BuildResult result, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            stderr.WriteLine($"build failed: {errors} error(s); {options.OutputDir}/ was left as it was");
            return;
        }

        var pages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        if (result.SearchMessage is not null)
        {
            stdout.WriteLine(result.SearchMessage);
        }

        stdout.WriteLine($"built {options.OutputDir}/: pages {pages}; {result.Files} files in {ms} ms");
    }
}
