using System.CommandLine;
using System.Globalization;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Translation;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen translations stamp|export|import</c>. <c>stamp &lt;en-file&gt;...</c> records in each English file the
/// hash of the zh source it now matches (<c>source_hash</c>) and a short hash per zh block (<c>source_blocks</c>),
/// so that it counts as current and a later change is found block by block; with <c>--reviewed</c> or <c>--final</c>
/// it also records the review. Only those lines change. Export and import: <see cref="XliffCommands"/>.
/// </summary>
internal static class TranslationsCommand
{
    /// <summary>What a stamp records besides the hashes: a review, by whom and when.</summary>
    internal sealed record Review(string Status, string? By, DateOnly On);

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("en-file")
        {
            Description = "English articles to stamp, e.g. input/articles/en/<slug>.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var input = Input();
        var reviewed = CommandLine.Switch("--reviewed", "Also record that a person has reviewed the translation against the zh source (translation_status: reviewed).");
        var final = CommandLine.Switch("--final", "Also record that the editors signed the translation off (translation_status: final).");
        var by = new Option<string>("--by") { Description = "Who reviewed it (reviewed_by), with --reviewed or --final.", HelpName = "name" };
        var on = new Option<DateOnly?>("--on")
        {
            Description = "When it was reviewed (reviewed_on), yyyy-mm-dd; today when not given.",
            HelpName = "date",
            CustomParser = result =>
            {
                var raw = result.Tokens[^1].Value;
                if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    return date;
                }

                result.AddError($"--on must be a date written yyyy-mm-dd, not \"{raw}\"");
                return null;
            },
        };
        var stamp = new Command("stamp", "Record that English files now match their zh sources (writes source_hash and source_blocks; with --reviewed or --final, also the review; nothing else changes).")
        {
            files, input, reviewed, final, by, on,
        };
        stamp.Validators.Add(result =>
        {
            var isReviewed = result.GetValue(reviewed);
            var isFinal = result.GetValue(final);
            if (isReviewed && isFinal)
            {
                result.AddError("--reviewed and --final cannot be given together: a stamp records one status");
            }
            else if (!isReviewed && !isFinal && (result.GetResult(by) is not null || result.GetResult(on) is not null))
            {
                result.AddError("--by and --on record a review: give --reviewed or --final with them");
            }
            else if (result.GetResult(by) is not null && string.IsNullOrWhiteSpace(result.GetValue(by)))
            {
                result.AddError("--by needs a name");
            }
        });
        stamp.SetAction(parsed =>
        {
            var status = parsed.GetValue(reviewed) ? TranslationStatus.Reviewed : parsed.GetValue(final) ? TranslationStatus.Final : null;
            var review = status is null ? null : new Review(status, parsed.GetValue(by)?.Trim(), parsed.GetValue(on) ?? DateOnly.FromDateTime(DateTime.Now));
            return Stamp([.. parsed.GetValue(files)!.Select(Paths.Absolute)], Paths.Absolute(parsed.GetValue(input)!), stdout, stderr, review);
        });
        return new Command("translations", "Manage English translations: stamp them, and exchange them with translation tools as XLIFF 2.1.")
        {
            stamp, XliffCommands.CreateExport(stdout, stderr), XliffCommands.CreateImport(stdout, stderr),
        };
    }

    internal static Option<string> Input() => CommandLine.PathOption("--input", "input", "The content folder, where each file's zh source is looked up (articles/zh/).");

    public static int Stamp(IReadOnlyList<string> files, string input, TextWriter stdout, TextWriter stderr, Review? review = null)
    {
        var failed = false;
        foreach (var enPath in files)
        {
            var diagnostics = new List<Diagnostic>();
            var message = Stamp(enPath, input, diagnostics, review);
            foreach (var d in diagnostics)
            {
                stderr.WriteLine(d);
            }

            failed |= diagnostics.Any(d => d.Severity == Severity.Error);
            if (message is not null)
            {
                stdout.WriteLine(message);
            }
        }

        return failed ? 1 : 0;
    }

    private static string? Stamp(string enPath, string input, List<Diagnostic> diagnostics, Review? review)
    {
        if (ArticleText.ReadPair(enPath, input, "translations stamp", diagnostics) is not var (zh, en))
        {
            return null;
        }

        var hash = zh.TranslationHashOf();
        var problem = BlockAlignment.StructureProblem(zh.Blocks, en.Blocks);
        if (problem is not null)
        {
            diagnostics.Add(Diagnostic.Warning(en.File, 1,
                $"not stamped block by block, so a later change to the zh file is reported for the whole file: {problem}; keep one English paragraph, heading, list item or table cell per zh one, then stamp again"));
        }

        var lines = new List<(string, string?)> { ("source_hash", hash), (SourceBlocks.Key, problem is null ? YamlText.Quote(SourceBlocks.Format(zh.Blocks)) : null) };
        if (review is not null)
        {
            lines.Add(("translation_status", review.Status));
            if (review.By is not null)
            {
                lines.Add(("reviewed_by", YamlText.Quote(review.By)));
            }

            lines.Add(("reviewed_on", review.On.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }

        var what = review is null ? "" : $", {review.Status}" + (review.By is null ? "" : $" by {review.By}") + $" on {review.On:yyyy-MM-dd}";
        if (TranslationStamp.Apply(File.ReadAllBytes(enPath), lines) is not { } stamped)
        {
            return $"{en.File}: already current ({hash}{what})";
        }

        AtomicFile.WriteAllBytes(enPath, stamped);
        var status = en.Parts.FrontMatter.String("translation_status", required: false);
        var kept = review is null && status is TranslationStatus.Reviewed or TranslationStatus.Final && en.Parts.FrontMatter.String("source_hash", required: false) != hash
            ? $"; translation_status stays {status}: if the updated English was not reviewed, set it to {TranslationStatus.MachineDraft}"
            : "";
        return $"{en.File}: stamped {hash}" + (problem is null ? $" ({zh.Blocks.Count} blocks)" : "") + what + kept;
    }
}
