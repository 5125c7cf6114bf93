using System.CommandLine;
using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen translations stamp &lt;en-file&gt;...</c>: records in each English file the hash of the
/// zh source it now matches, so that it counts as current. Only the <c>source_hash</c> line changes.
/// </summary>
internal static class TranslationsCommand
{

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("en-file")
        {
            Description = "English articles to stamp, e.g. input/articles/en/<slug>.md.",
            Arity = ArgumentArity.OneOrMore,
        };
        var input = CommandLine.PathOption("--input", "input", "The content folder, where each file's zh source is looked up (articles/zh/).");
        var stamp = new Command("stamp", "Record that English files now match their zh sources (writes source_hash; nothing else changes).") { files, input };
        stamp.SetAction(parsed => Stamp(parsed.GetValue(files)!, parsed.GetValue(input)!, stdout, stderr));
        return new Command("translations", "Manage English translations.") { stamp };
    }

    public static int Stamp(IReadOnlyList<string> files, string input, TextWriter stdout, TextWriter stderr)
    {
        var failed = false;
        foreach (var enPath in files)
        {
            var diagnostics = new List<Diagnostic>();
            var message = Stamp(enPath, input, diagnostics);
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

    private static string? Stamp(string enPath, string input, List<Diagnostic> diagnostics)
    {
        var display = enPath.Replace('\\', '/');
        if (TranslationStamp.CheckTarget(enPath, input) is { } wrongFile)
        {
            diagnostics.Add(wrongFile);
            return null;
        }

        var zhPath = Path.Combine(input, "articles", "zh", Path.GetFileName(enPath));
        var zhDisplay = Paths.Display(zhPath);
        var (enText, enError) = TextFile.Read(enPath, display);
        var (zhText, zhError) = TextFile.Read(zhPath, zhDisplay);
        if (enText is null || zhText is null)
        {
            diagnostics.Add((enError ?? zhError)! with { Message = (enError ?? zhError)!.Message + "; an English file is stamped against the zh file of the same name" });
            return null;
        }

        var zh = MarkdownFile.Split(zhText, zhDisplay, diagnostics);
        var en = MarkdownFile.Split(enText, display, diagnostics);
        if (zh is null || en is null)
        {
            return null;
        }

        var title = zh.FrontMatter.String("title", required: true);
        var summary = zh.FrontMatter.String("summary", required: true);
        if (title is null || summary is null)
        {
            return null;
        }

        var hash = TranslationHash.Of(title, summary, zh.Body);
        if (TranslationStamp.Apply(File.ReadAllBytes(enPath), hash) is not { } stamped)
        {
            return $"{display}: already current ({hash})";
        }

        AtomicFile.WriteAllBytes(enPath, stamped);
        return $"{display}: stamped {hash}";
    }
}
