using System.CommandLine;
using SiteGen.Core;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary><c>sitegen import &lt;raw-file&gt;... [--input dir] [--force]</c></summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("raw-file")
        {
            Description = "Scraped raw files (records separated by a line `-`), e.g. input/raw/*.txt.",
            Arity = ArgumentArity.OneOrMore,
        };
        var input = CommandLine.PathOption("--input", "input", "The content folder; articles are written to <dir>/articles/zh/.");
        var force = CommandLine.Switch("--force", "Overwrite articles an editor changed (otherwise they are kept and reported).");
        var command = new Command("import", "Turn scraped raw files into Markdown articles under input/articles/zh/.") { files, input, force };
        command.SetAction(parsed => Run(new ImportOptions([.. parsed.GetValue(files)!.Select(Paths.Absolute)], Paths.Absolute(parsed.GetValue(input)!), parsed.GetValue(force)), stdout, stderr));
        return command;
    }

    public static int Run(ImportOptions options, TextWriter stdout, TextWriter stderr)
    {
        var report = ProgressDisplay.Run(stdout, progress => Importer.Run(options with { Progress = progress }));
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
