using SiteGen.Core;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary><c>sitegen import &lt;raw-file&gt;... [--input dir] [--force]</c></summary>
internal static class ImportCommand
{
    public const string Usage = "import <raw-file>... [--input ./input] [--force]";

    public static ImportOptions ParseOptions(IReadOnlyList<string> args)
    {
        var parsed = ParsedArgs.Parse(args, new HashSet<string> { "input" }, new HashSet<string> { "force" });
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("import needs at least one raw file, e.g. `sitegen import input/raw/*.txt`");
        }

        return new ImportOptions(parsed.Positionals, parsed.Value("input", "input"), parsed.Has("force"));
    }

    public static int Run(ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        var report = Importer.Run(options);
        foreach (var file in report.Files)
        {
            var what = file.Outcome switch
            {
                ImportOutcome.Created => "created",
                ImportOutcome.Unchanged => "unchanged",
                ImportOutcome.Overwritten => "overwritten (--force)",
                _ => "kept: it differs from the import (an editor changed it); pass --force to overwrite",
            };
            stdout.WriteLine($"{file.Path}: {what}");
        }

        foreach (var diagnostic in report.Diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line))
        {
            stderr.WriteLine(diagnostic);
        }

        var count = (ImportOutcome o) => report.Files.Count(f => f.Outcome == o);
        var errors = report.Diagnostics.Count(d => d.Severity == Severity.Error);
        stdout.WriteLine($"import: {report.Files.Count} articles ({count(ImportOutcome.Created)} created, {count(ImportOutcome.Unchanged)} unchanged, " +
                         $"{count(ImportOutcome.Kept)} kept, {count(ImportOutcome.Overwritten)} overwritten), {errors} errors");
        return report.Failed ? 1 : 0;
    }
}
