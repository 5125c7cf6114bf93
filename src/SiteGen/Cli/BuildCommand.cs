using System.CommandLine;
using System.Globalization;
using SiteGen.Core;

namespace SiteGen.Cli;

/// <summary>
/// <c>build</c>: validates everything, renders into a staging folder and swaps it into output/.
/// Installs the locked npm packages first when search is wanted and node_modules/ is missing.
/// </summary>
internal static class BuildCommand
{
    /// <summary>--input, --theme and --output, shared by build and preview.</summary>
    internal sealed record Folders(Option<string> Input, Option<string> Theme, Option<string> Output)
    {
        public static Folders Create() => new(
            CommandLine.PathOption("--input", "input", "The content folder: articles/, data/ and site.yml."),
            CommandLine.PathOption("--theme", "theme", "The theme folder: layouts/, i18n/ and assets/."),
            CommandLine.PathOption("--output", "output", "Where the site is written; replaced only when the build succeeds."));

        /// <summary>The build options with these folders, as absolute paths resolved against the working directory.</summary>
        public BuildOptions Options(ParseResult parsed, bool drafts) =>
            new(Paths.Absolute(parsed.GetValue(Input)!), Paths.Absolute(parsed.GetValue(Theme)!), Paths.Absolute(parsed.GetValue(Output)!), null, drafts);

        public void AddTo(Command command)
        {
            command.Options.Add(Input);
            command.Options.Add(Theme);
            command.Options.Add(Output);
        }
    }

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var folders = Folders.Create();
        var baseUrl = CommandLine.PathOption("--base-url", null, "The site's absolute URL, overriding base_url in site.yml (for deploy previews).", "url");
        baseUrl.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value is { Length: > 0 } value && BaseUrl.Problem(value) is { } problem)
            {
                result.AddError($"--base-url \"{BaseUrl.Shown(value)}\" {problem}");
            }
        });
        var drafts = CommandLine.Switch("--drafts", "Include articles marked draft: true.");
        var noSearch = CommandLine.Switch("--no-search", "Skip the Pagefind search index (and the npm install it may need).");
        var verbose = CommandLine.Switch("--verbose", "Print how long each stage took.");
        var command = new Command("build", "Validate all content and build the site into the output folder.");
        folders.AddTo(command);
        command.Options.Add(baseUrl);
        command.Options.Add(drafts);
        command.Options.Add(noSearch);
        command.Options.Add(verbose);
        command.SetAction(parsed =>
        {
            var options = folders.Options(parsed, parsed.GetValue(drafts)) with { BaseUrl = parsed.GetValue(baseUrl), Search = !parsed.GetValue(noSearch) };
            return Run(options, stdout, stderr, parsed.GetValue(verbose));
        });
        return command;
    }

    /// <summary>Where node_modules is looked for: the working directory and the input folder, and their parents.</summary>
    public static IReadOnlyList<string> NodeRoots(BuildOptions options) => [Paths.WorkingDirectory, options.InputDir];

    public static int Run(BuildOptions options, TextWriter stdout, TextWriter stderr, bool verbose = false)
    {
        if (options.Search)
        {
            NpmPackages.EnsureInstalled(NodeRoots(options), stdout, stderr);
        }

        var result = ProgressDisplay.Run(stdout, progress => SiteBuilder.Build(options with { Progress = progress }));
        Report(result, options, stdout, stderr);
        if (verbose)
        {
            ReportStages(result, stdout);
        }

        return result.Succeeded ? 0 : 1;
    }

    /// <summary>The time, CPU, allocations and heap of each stage, and the process's peak memory (<c>--verbose</c>).</summary>
    public static void ReportStages(BuildResult result, TextWriter stdout)
    {
        var (previous, allocated, cpu) = (TimeSpan.Zero, 0L, TimeSpan.Zero);
        foreach (var (stage, at, allocatedAt, cpuAt, heap) in result.Stages ?? [])
        {
            stdout.WriteLine(FormattableString.Invariant(
                $"  {stage,-28} {(at - previous).TotalMilliseconds,8:0} ms  CPU {(cpuAt - cpu).TotalMilliseconds,6:0} ms {(allocatedAt - allocated) / (1024 * 1024),8} MiB allocated, heap {heap / (1024 * 1024),6} MiB"));
            (previous, allocated, cpu) = (at, allocatedAt, cpuAt);
        }

        if (result.KeptFiles > 0)
        {
            stdout.WriteLine($"  files kept as the previous build wrote them (their pages unchanged): {result.KeptFiles}");
        }

        // Where the rest of the time goes: the runtime's own work, since the process started. The native
        // (ahead-of-time) executable compiles nothing at run time.
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var code = jitMethods == 0
            ? "native code (no JIT)"
            : FormattableString.Invariant($"JIT {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms ({jitMethods} methods)");
        stdout.WriteLine(FormattableString.Invariant(
            $"  runtime: {code}, GC pauses {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms (gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MiB, peak memory {PeakMemory() / (1024 * 1024)} MiB"));
    }

    /// <summary>The most physical memory the process has held so far (its peak resident set), in bytes.</summary>
    private static long PeakMemory()
    {
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    /// <summary>The warnings a build shows; errors are shown in full, and <c>check</c> lists every warning.</summary>
    public const int WarningsShown = 20;

    public static void Report(BuildResult result, BuildOptions options, TextWriter stdout, TextWriter stderr)
    {
        // A warning repeated over thousands of files (an old key after an upgrade) would bury the summary line.
        var warnings = 0;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity == Severity.Warning && ++warnings > WarningsShown)
            {
                continue;
            }

            stderr.WriteLine(diagnostic);
        }

        if (warnings > WarningsShown)
        {
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"… and {warnings - WarningsShown:N0} more warning(s); `{Commands.Display("check")}` lists them all"));
        }

        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Count(d => d.Severity == Severity.Error);
            var display = Paths.Display(options.OutputDir);
            var output = display.EndsWith('/') ? display : display + "/";
            stderr.WriteLine($"build failed: {errors} error(s); {(File.Exists(options.OutputDir) ? display : output)} was left as it was");
            return;
        }

        var pages = string.Join(", ", result.PagesPerLanguage.Select(p => $"{p.Key} {p.Value}"));
        if (result.SearchMessage is not null)
        {
            stdout.WriteLine(result.SearchMessage);
        }

        stdout.WriteLine($"built {Paths.Display(options.OutputDir)}/: pages {pages}; {result.Files} files in {ms} ms");
    }
}
