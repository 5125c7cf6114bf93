using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>
/// The editors' checks over the whole site, as warnings with file:line (<c>check</c> prints them,
/// <c>check --strict</c> fails on them):
/// <list type="bullet">
/// <item>glossary: where a zh passage uses a glossary term, the matching en passage uses its rendering
/// (or the en file lists the term under <c>glossary_except:</c>); a rejected rendering anywhere in English;</item>
/// <item>spelling: words of the other variety of English than <c>english:</c> in site.yml;</item>
/// <item>style: phrases of data/style.yml, in either language.</item>
/// </list>
/// Passages are aligned by position: title, summary, then the body's blocks (paragraphs, headings)
/// in order. When a translation has a different number of blocks, the whole text is compared instead.
/// </summary>
internal static class EditorialCheck
{
    /// <summary>One passage of an article and the file line it starts on.</summary>
    private sealed record Passage(int Line, string Text);

    public static IReadOnlyList<Diagnostic> Run(SiteModel site)
    {
        var data = site.Editorial;
        var result = new List<Diagnostic>();
        var english = site.Config.English;
        var rules = new Rules(data, english);
        foreach (var article in site.Articles)
        {
            var zh = Passages(article.Source.TitleLine, article.Source.Title, article.Source.SummaryLine, article.Source.Summary, article.Source.Body.Read(), article.Source.Body.Line);
            foreach (var p in zh)
            {
                Style(article.Source.File, p, data, result);
            }

            var englishTexts = article.Source.Projects
                .SelectMany(p => new[] { p.Name.En, p.Company?.En, p.Capacity?.En })
                .Where(t => t is not null)
                .Select(t => new Passage(article.Source.ProjectsLine, t!))
                .Concat(article.Source.Notes.Select(n => new Passage(n.Line, n.Text.En)))
                .ToList();
            foreach (var note in article.Source.Notes)
            {
                Style(article.Source.File, new Passage(note.Line, note.Text.Zh), data, result);
            }

            foreach (var p in englishTexts)
            {
                rules.English(article.Source.File, p, result);
            }

            if (article.Translation is not { } en)
            {
                continue;
            }

            var enPassages = Passages(en.TitleLine, en.Title, en.SummaryLine, en.Summary, en.Body.Read(), en.Body.Line);
            foreach (var p in enPassages)
            {
                rules.English(en.File, p, result);
            }

            Glossary(zh, enPassages, en, data, result);
        }

        foreach (var term in data.Glossary)
        {
            rules.English(data.GlossaryFile, new Passage(term.Line, term.Notes), result, checkGlossary: false);
        }

        return result
            .Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Title, summary and each block of the body (text between blank lines), each with its line.</summary>
    private static List<Passage> Passages(int titleLine, string title, int summaryLine, string summary, string body, int bodyLine)
    {
        var result = new List<Passage> { new(titleLine, title), new(summaryLine, summary) };
        var lines = body.Replace("\r", "", StringComparison.Ordinal).Split('\n');
        var start = -1;
        for (var i = 0; i <= lines.Length; i++)
        {
            var blank = i == lines.Length || lines[i].Trim().Length == 0;
            if (!blank && start < 0)
            {
                start = i;
            }
            else if (blank && start >= 0)
            {
                result.Add(new Passage(bodyLine + start, string.Join("\n", lines[start..i])));
                start = -1;
            }
        }

        return result;
    }

    /// <summary>The lines of a passage, each with its file line.</summary>
    private static IEnumerable<Passage> Lines(Passage passage) =>
        passage.Text.Split('\n').Select((text, i) => new Passage(passage.Line + i, text));

    private static void Style(string file, Passage passage, EditorialData data, List<Diagnostic> result)
    {
        foreach (var line in Lines(passage))
        {
            foreach (var rule in data.Banned.Where(r => Phrases.Contains(Plain(line.Text), r.Phrase)))
            {
                result.Add(Diagnostic.Warning(file, line.Line,
                    $"style: \"{rule.Phrase}\" must not be published: {rule.Reason} ({data.StyleFile}:{rule.Line}); remove or reword it, and add an editor's note to the zh article if this changes what it says"));
            }
        }
    }

    /// <summary>Where a zh passage uses a term, the en passage at the same position must use its rendering.</summary>
    private static void Glossary(List<Passage> zh, List<Passage> en, TranslatedArticle translation, EditorialData data, List<Diagnostic> result)
    {
        foreach (var unknown in translation.GlossaryExceptions.Where(e => data.Glossary.All(t => t.Zh != e)))
        {
            result.Add(Diagnostic.Warning(translation.File, translation.GlossaryExceptionsLine,
                $"glossary: {unknown} in `{ArticleReader.GlossaryExceptKey}:` is not a term of {data.GlossaryFile}; write the Chinese term exactly as the glossary does, or remove it"));
        }

        var terms = data.Glossary.Where(t => !translation.GlossaryExceptions.Contains(t.Zh)).ToList();
        if (terms.Count == 0)
        {
            return;
        }

        var pairs = zh.Count == en.Count
            ? zh.Zip(en, (z, e) => (Zh: z.Text, En: e))
            : [(string.Join("\n", zh.Select(p => p.Text)), new Passage(translation.Body.Line, string.Join("\n", en.Select(p => p.Text))))];
        foreach (var (zhText, enPassage) in pairs)
        {
            var enText = Plain(enPassage.Text);
            foreach (var term in TermsIn(zhText, terms))
            {
                if (!Phrases.Contains(enText, term.En) && !term.Accept.Any(a => Phrases.Contains(enText, a)))
                {
                    result.Add(Diagnostic.Warning(translation.File, enPassage.Line,
                        $"glossary: the zh text here uses {term.Zh}, rendered \"{term.En}\" ({data.GlossaryFile}:{term.Line}); use that rendering here, or add {term.Zh} to `{ArticleReader.GlossaryExceptKey}:` in this file's front matter if it must be worded differently"));
                }
            }
        }
    }

    /// <summary>Terms found in Chinese text (<see cref="GlossaryTerm.In"/>).</summary>
    internal static IEnumerable<GlossaryTerm> TermsIn(string zh, IReadOnlyList<GlossaryTerm> terms) => GlossaryTerm.In(zh, terms);

    /// <summary>Markdown escapes and emphasis marks removed, so that phrases match the words a reader sees.</summary>
    private static string Plain(string markdown) =>
        markdown.Replace("\\", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal);

    /// <summary>The checks every English text gets: rejected glossary renderings, the other spelling variety, banned phrases.</summary>
    private sealed class Rules(EditorialData data, string? english)
    {
        public void English(string file, Passage passage, List<Diagnostic> result, bool checkGlossary = true)
        {
            if (checkGlossary)
            {
                Style(file, passage, data, result);
            }

            foreach (var line in Lines(passage))
            {
                var text = Plain(line.Text);
                if (checkGlossary)
                {
                    foreach (var term in data.Glossary)
                    {
                        foreach (var rejected in term.Reject.Where(r => Phrases.Contains(text, r)))
                        {
                            result.Add(Diagnostic.Warning(file, line.Line,
                                $"glossary: \"{rejected}\" is a rejected rendering of {term.Zh}; write \"{term.En}\" ({data.GlossaryFile}:{term.Line})"));
                        }
                    }
                }

                Spelling(file, line.Line, text, result);
            }
        }

        private void Spelling(string file, int line, string text, List<Diagnostic> result)
        {
            if (english is null)
            {
                return;
            }

            // Names in the glossary keep their own spelling (Development Research Center, Ministry of Defence).
            foreach (var name in data.Glossary.SelectMany(t => t.Accept.Prepend(t.En)))
            {
                foreach (var i in Phrases.Find(text, name).ToList())
                {
                    text = text[..i] + new string(' ', name.Length) + text[(i + name.Length)..];
                }
            }

            var gb = english == "en-GB";
            foreach (var pair in data.Spelling)
            {
                var (wrong, right) = gb ? (pair.Us, pair.Gb) : (pair.Gb, pair.Us);
                if (Phrases.Contains(text, wrong))
                {
                    result.Add(Diagnostic.Warning(file, line,
                        $"spelling: \"{wrong}\" is {(gb ? "American" : "British")}; this site is written in {english} (english: in site.yml), so write \"{right}\" ({data.SpellingFile}:{pair.Line})"));
                }
            }
        }
    }
}
