using System.CommandLine;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Translation;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen translations export &lt;en-file&gt;... --to DIR</c> writes DIR/&lt;slug&gt;.xlf (XLIFF 2.1) for a translation
/// tool; <c>sitegen translations import &lt;xlf&gt;...</c> writes the targets back into the English files.
/// </summary>
internal static class XliffCommands
{
    public static Command CreateExport(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("en-file")
        {
            Description = "English articles to export, e.g. input/articles/en/<slug>.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = CommandLine.PathOption("--to", null, "The folder to write <slug>.xlf into (made if missing).");
        to.Required = true;
        var input = TranslationsCommand.Input();
        var force = CommandLine.Switch("--force", "Replace an .xlf file that differs from what the export writes (it may hold a translator's work).");
        var command = new Command("export", "Write each English article and its zh source as XLIFF 2.1 for a translation tool: one unit per block, stale blocks in state initial, glossary terms as notes.")
        {
            files, to, input, force,
        };
        command.SetAction(parsed => Export([.. parsed.GetValue(files)!.Select(Paths.Absolute)], Paths.Absolute(parsed.GetValue(to)!), Paths.Absolute(parsed.GetValue(input)!), stdout, stderr, parsed.GetValue(force)));
        return command;
    }

    public static Command CreateImport(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("xlf")
        {
            Description = "XLIFF files written by `translations export` and translated in a tool.",
            Arity = ArgumentArity.OneOrMore,
        };
        var input = TranslationsCommand.Input();
        var command = new Command("import", "Write the targets of XLIFF files back into their English articles, changing only the blocks whose translation changed; then review and stamp them.")
        {
            files, input,
        };
        command.SetAction(parsed => Import([.. parsed.GetValue(files)!.Select(Paths.Absolute)], Paths.Absolute(parsed.GetValue(input)!), stdout, stderr));
        return command;
    }

    public static int Export(IReadOnlyList<string> files, string to, string input, TextWriter stdout, TextWriter stderr, bool force = false)
    {
        var diagnostics = new List<Diagnostic>();
        var editorial = EditorialData.Load(input, diagnostics);
        var english = EnglishLanguage(input);
        var failed = Report(diagnostics, stderr);
        foreach (var enPath in files)
        {
            var found = new List<Diagnostic>();
            if (ArticleText.ReadPair(enPath, input, "translations export", found) is var (zh, en))
            {
                var recorded = SourceBlocks.Parse(en.Parts.FrontMatter.String(SourceBlocks.Key, required: false));
                var current = en.Parts.FrontMatter.String("source_hash", required: false) == zh.TranslationHashOf();
                var status = en.Parts.FrontMatter.String("translation_status", required: false) ?? TranslationStatus.MachineDraft;
                if (BlockAlignment.Of(zh.Blocks, en.Blocks, recorded, current, out var problem) is not { } alignment)
                {
                    found.Add(Diagnostic.Error(en.File, 1, $"cannot be exported block by block: {problem}; keep one English paragraph, heading, list item or table cell per zh one"));
                }
                else
                {
                    var slug = Path.GetFileNameWithoutExtension(enPath);
                    var xlf = Path.Combine(to, slug + ".xlf");
                    var bytes = XliffExport.Write(slug, zh, en, alignment, status == TranslationStatus.LegacyHuman ? TranslationStatus.Reviewed : status, english, editorial.Glossary);
                    if (!force && File.Exists(xlf) && !File.ReadAllBytes(xlf).AsSpan().SequenceEqual(bytes))
                    {
                        // A translation tool saves its work into the same file: exporting again must not lose it.
                        found.Add(Diagnostic.Error(Paths.Display(xlf), 0, $"exists and differs from what the export writes (a translator's work?); import it first (`{Commands.Display($"translations import {Paths.Display(xlf)}")}`), or pass --force to replace it"));
                    }
                    else
                    {
                        Directory.CreateDirectory(to);
                        AtomicFile.WriteAllBytes(xlf, bytes);
                        var stale = alignment.Stale.Count(s => s);
                        stdout.WriteLine($"{en.File}: exported {zh.Blocks.Count} units to {Paths.Display(xlf)}" + (stale > 0 ? $" ({stale} to translate: state initial)" : ""));
                    }
                }
            }

            failed |= Report(found, stderr);
        }

        return failed ? 1 : 0;
    }

    public static int Import(IReadOnlyList<string> files, string input, TextWriter stdout, TextWriter stderr)
    {
        var failed = false;
        foreach (var xlf in files)
        {
            var diagnostics = new List<Diagnostic>();
            var display = Paths.Display(xlf);
            if (XliffReader.Read(xlf, display, diagnostics) is { } doc)
            {
                var name = doc.Original.StartsWith("articles/en/", StringComparison.Ordinal) ? doc.Original["articles/en/".Length..] : "";
                if (name.Length == 0 || !name.EndsWith(".md", StringComparison.Ordinal) || name.Contains('/', StringComparison.Ordinal) || name.Contains('\\', StringComparison.Ordinal) || name.StartsWith('.'))
                {
                    diagnostics.Add(Diagnostic.Error(display, doc.Line, $"<file original=\"{doc.Original}\"> does not name an English article (articles/en/<slug>.md); import reads what `translations export` wrote"));
                }
                else
                {
                    var enPath = Path.Combine(input, "articles", "en", name);
                    if (ArticleText.ReadPair(enPath, input, "translations import", diagnostics) is var (zh, en)
                        && XliffImport.Apply(display, doc, zh, en, diagnostics) is { } result)
                    {
                        if (result.Text is null)
                        {
                            stdout.WriteLine($"{en.File}: unchanged (every target is what the file says)");
                        }
                        else
                        {
                            AtomicFile.WriteAllBytes(enPath, en.Bytes(result.Text));
                            stdout.WriteLine($"{en.File}: {result.Lines.Count} block(s) written (line {string.Join(", ", result.Lines)}); review them, then run `{Commands.Display($"translations stamp {en.File}")}`");
                        }
                    }
                }
            }

            failed |= Report(diagnostics, stderr);
        }

        return failed ? 1 : 0;
    }

    /// <summary>The English language tag of the site (site.yml's variety, e.g. en-US), or "en".</summary>
    private static string EnglishLanguage(string input)
    {
        var found = new List<Diagnostic>();
        return SiteConfig.Load(input, null, found)?.English is { Length: > 0 } variety ? variety : "en";
    }

    private static bool Report(List<Diagnostic> diagnostics, TextWriter stderr)
    {
        diagnostics.ForEach(stderr.WriteLine);
        return diagnostics.Any(d => d.Severity == Severity.Error);
    }
}
