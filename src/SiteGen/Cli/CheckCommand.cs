using System.CommandLine;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Site;
using SiteGen.Translation;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen check [--input ./input] [--strict]</c>: validates all content without writing output and
/// reports translation coverage. <c>sitegen translate-status [--input ./input] [--json]</c>: the same
/// coverage as a table or as JSON for CI.
/// </summary>
internal static class CheckCommand
{
    private static Option<string> Input() => CommandLine.PathOption("--input", "input", "The content folder: articles/, data/ and site.yml.");

    public static Command CreateCheck(TextWriter stdout, TextWriter stderr)
    {
        var input = Input();
        var strict = CommandLine.Switch("--strict", "Fail (exit 1) when an English translation is missing or stale, or a glossary, spelling or style warning remains.");
        var command = new Command("check", "Validate all content without writing output, and print English translation coverage.") { input, strict };
        command.SetAction(parsed => Check(Paths.Absolute(parsed.GetValue(input)!), parsed.GetValue(strict), stdout, stderr));
        return command;
    }

    public static Command CreateStatus(TextWriter stdout, TextWriter stderr)
    {
        var input = Input();
        var json = CommandLine.Switch("--json", "Print the coverage as JSON (as in output/translation-status.json).");
        var command = new Command("translate-status", "Print English translation coverage per district: current, stale, missing, and the translations' status (machine draft, reviewed, final).") { input, json };
        command.SetAction(parsed => Status(Paths.Absolute(parsed.GetValue(input)!), parsed.GetValue(json), stdout, stderr));
        return command;
    }

    public static int Check(string input, bool strict, TextWriter stdout, TextWriter stderr)
    {
        var site = Load(input, stderr);
        if (site is null)
        {
            return 1;
        }

        NumberChecks.Of(site).ToList().ForEach(stderr.WriteLine);
        RunInHeadingAdvisor.Advise(site.Articles.Select(a => a.Source)).ToList().ForEach(stderr.WriteLine);
        var coverage = TranslationCoverage.Of(site);
        WriteTable(coverage, site, stdout);
        foreach (var article in site.Articles.Where(a => a.State != TranslationState.Current).OrderBy(a => a.Slug, StringComparer.Ordinal))
        {
            var line = article.State == TranslationState.Stale
                ? $"{article.Translation!.File}: stale: {article.Source.File} changed since this translation (update it, then run `{Commands.Display($"translations stamp {article.Translation.File}")}`)"
                : $"{article.Source.File}: missing: no English translation (write {Path.GetDirectoryName(Path.GetDirectoryName(article.Source.File))}/en/{article.Slug}.md)";
            var output = strict ? stderr : stdout;
            output.WriteLine(line);
            if (article.State == TranslationState.Stale)
            {
                Staleness.Report(article.Source, article.Translation!).ToList().ForEach(output.WriteLine);
            }
        }

        var editorial = EditorialCheck.Run(site);
        foreach (var warning in editorial)
        {
            stderr.WriteLine(strict ? warning with { Severity = Severity.Error } : warning);
        }

        var incomplete = coverage.Total.Stale + coverage.Total.Missing;
        if (strict && incomplete + editorial.Count > 0)
        {
            stderr.WriteLine($"check --strict: {incomplete} translation(s) missing or stale, {editorial.Count} glossary, spelling or style problem(s)");
            return 1;
        }

        var t = coverage.Total;
        stdout.WriteLine($"check: content valid; {site.Articles.Count} articles, English {t.Current} current, {t.Stale} stale, {t.Missing} missing; {t.MachineDraft} machine draft(s), {t.Reviewed} reviewed, {t.Final} final");
        return 0;
    }

    public static int Status(string input, bool json, TextWriter stdout, TextWriter stderr)
    {
        var site = Load(input, stderr);
        if (site is null)
        {
            return 1;
        }

        var coverage = TranslationCoverage.Of(site);
        if (json)
        {
            stdout.Write(TranslationStatusFile.Json(coverage));
        }
        else
        {
            WriteTable(coverage, site, stdout);
        }

        return 0;
    }

    private static SiteModel? Load(string input, TextWriter stderr)
    {
        var (content, loaded) = ContentLoader.Load(input, null);
        var diagnostics = loaded.ToList();
        OutputFolder.PassthroughFiles(input, diagnostics); // input/static/ by the rule of every file the build reads
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            content = null;
        }

        foreach (var diagnostic in diagnostics)
        {
            stderr.WriteLine(diagnostic);
        }

        if (content is null)
        {
            stderr.WriteLine($"check: {diagnostics.Count(d => d.Severity == Severity.Error)} error(s)");
            return null;
        }

        return SiteModelBuilder.Build(content, includeDrafts: true);
    }

    private static void WriteTable(TranslationCoverage coverage, SiteModel site, TextWriter stdout)
    {
        stdout.WriteLine("translation coverage (zh is the source; en):");
        stdout.WriteLine($"  {"district",-32} {"articles",8} {"current",8} {"stale",8} {"missing",8} {"machine",8} {"reviewed",8} {"final",8}");
        foreach (var row in coverage.Districts.Append(coverage.Total))
        {
            var name = site.Districts.FirstOrDefault(d => d.District.Key == row.District)?.District.Name.En ?? "all";
            stdout.WriteLine($"  {name,-32} {row.Articles,8} {row.Current,8} {row.Stale,8} {row.Missing,8} {row.MachineDraft,8} {row.Reviewed,8} {row.Final,8}");
        }
    }
}
