using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// One term of the bilingual glossary (input/data/glossary.yml): the Chinese term, its one English
/// rendering, a note for readers, other wordings that are fine after the first use (<see cref="Accept"/>)
/// and wordings that must not be used (<see cref="Reject"/>). <see cref="Key"/> is the page anchor.
/// </summary>
internal sealed record GlossaryTerm(string Key, string Zh, string En, string Notes, IReadOnlyList<string> Accept, IReadOnlyList<string> Reject, int Line)
{
    /// <summary>Terms found in Chinese text; a term found only inside a longer term (汉阳 in 汉阳区) does not count.</summary>
    public static IEnumerable<GlossaryTerm> In(string zh, IReadOnlyList<GlossaryTerm> terms)
    {
        var present = terms.Where(t => zh.Contains(t.Zh, StringComparison.Ordinal)).ToList();
        if (present.Count < 2)
        {
            return present;
        }

        var text = zh.ToCharArray();
        var found = new List<GlossaryTerm>();
        foreach (var term in present.OrderByDescending(t => t.Zh.Length).ThenBy(t => t.Line))
        {
            var any = false;
            for (var from = 0; from < text.Length;)
            {
                var i = text.AsSpan(from).IndexOf(term.Zh.AsSpan(), StringComparison.Ordinal);
                if (i < 0)
                {
                    break;
                }

                any = true;
                Array.Fill(text, '\u0001', from + i, term.Zh.Length);
                from += i + term.Zh.Length;
            }

            if (any)
            {
                found.Add(term);
            }
        }

        return found.OrderBy(t => t.Line);
    }
}

/// <summary>A phrase that must not be published in either language (input/data/style.yml), and why.</summary>
internal sealed record BannedPhrase(string Phrase, string Reason, int Line);

/// <summary>One spelling in both varieties of English (input/data/spelling.yml), e.g. organise / organize.</summary>
internal sealed record SpellingPair(string Gb, string Us, int Line);

/// <summary>The editors' data: glossary, banned phrases and the spelling word list, each with the file it came from.</summary>
internal sealed record EditorialData(
    IReadOnlyList<GlossaryTerm> Glossary,
    IReadOnlyList<BannedPhrase> Banned,
    IReadOnlyList<SpellingPair> Spelling,
    string GlossaryFile,
    string StyleFile,
    string SpellingFile)
{
    public const string GlossaryPath = "data/glossary.yml";
    public const string StylePath = "data/style.yml";
    public const string SpellingPath = "data/spelling.yml";

    public static readonly EditorialData Empty = new([], [], [], GlossaryPath, StylePath, SpellingPath);

    /// <summary>Reads the three files; each is optional (no file, no rules).</summary>
    public static EditorialData Load(string inputDir, List<Diagnostic> diagnostics) =>
        new(LoadGlossary(inputDir, diagnostics), LoadBanned(inputDir, diagnostics), LoadSpelling(inputDir, diagnostics),
            Registry.Display(inputDir, GlossaryPath), Registry.Display(inputDir, StylePath), Registry.Display(inputDir, SpellingPath));

    private static List<GlossaryTerm> LoadGlossary(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Registry.Display(inputDir, GlossaryPath);
        var result = new List<GlossaryTerm>();
        foreach (var entry in DataFile.Entries(inputDir, GlossaryPath, diagnostics, optional: true))
        {
            var (line, before) = (entry.StartLine, entry.ErrorCount);
            entry.CheckKeys(["zh", "en", "key", "notes", "accept", "reject"]);
            var zh = entry.String("zh", required: false)?.Trim() ?? "";
            var en = entry.String("en", required: false)?.Trim() ?? "";
            var keyText = entry.String("key", required: false)?.Trim();
            var notes = entry.String("notes", required: false)?.Trim() ?? "";
            var reject = entry.TrimmedList("reject");
            var accept = entry.TrimmedList("accept");
            if (entry.ErrorCount > before)
            {
                continue;
            }

            if (zh.Length == 0 || en.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, line, "a glossary entry needs zh: (the Chinese term) and en: (its one English rendering)"));
                continue;
            }

            var key = keyText ?? Phrases.Key(en);
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"glossary key \"{key}\" must be lowercase ASCII letters, digits and '-'; add `key: …` to the entry"));
                continue;
            }

            if (result.FirstOrDefault(t => t.Zh == zh || t.Key == key) is { } twin)
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"glossary term \"{zh}\" (key \"{key}\") repeats the entry at line {twin.Line}; keep one, or give this one its own `key:`"));
                continue;
            }

            foreach (var bad in reject.Where(r => Phrases.Contains(en, r) || accept.Any(a => Phrases.Contains(a, r))))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"\"{bad}\" is both rejected and part of the rendering of \"{zh}\"; remove it from reject:"));
            }

            if (notes.Any(Cjk.IsHan) || en.Any(Cjk.IsHan))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"the en: and notes: of \"{zh}\" are shown on English pages; write them in English (the Chinese term is shown beside them)"));
                continue;
            }

            result.Add(new GlossaryTerm(key, zh, en, notes, accept, reject, line));
        }

        return result;
    }

    private static List<BannedPhrase> LoadBanned(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Registry.Display(inputDir, StylePath);
        var result = new List<BannedPhrase>();
        foreach (var entry in DataFile.Entries(inputDir, StylePath, diagnostics, optional: true))
        {
            var (line, before) = (entry.StartLine, entry.ErrorCount);
            entry.CheckKeys(["phrase", "reason"]);
            var phrase = entry.String("phrase", required: false)?.Trim() ?? "";
            var reason = entry.String("reason", required: false)?.Trim() ?? "";
            if (entry.ErrorCount > before)
            {
                continue;
            }

            if (phrase.Length == 0 || reason.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, line, "a style rule needs phrase: (the words not to publish) and reason: (why, shown with every hit)"));
                continue;
            }

            result.Add(new BannedPhrase(phrase, reason, line));
        }

        return result;
    }

    private static List<SpellingPair> LoadSpelling(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Registry.Display(inputDir, SpellingPath);
        var result = new List<SpellingPair>();
        foreach (var entry in DataFile.Entries(inputDir, SpellingPath, diagnostics, optional: true))
        {
            var (line, before) = (entry.StartLine, entry.ErrorCount);
            entry.CheckKeys(["gb", "us"]);
            var gb = entry.String("gb", required: false)?.Trim() ?? "";
            var us = entry.String("us", required: false)?.Trim() ?? "";
            if (entry.ErrorCount > before)
            {
                continue;
            }

            if (gb.Length == 0 || us.Length == 0 || string.Equals(gb, us, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(Diagnostic.Error(file, line, "a spelling entry needs two different words, gb: (British) and us: (American)"));
                continue;
            }

            result.Add(new SpellingPair(gb, us, line));
        }

        return result;
    }
}

/// <summary>An editor's note on an article (<c>notes:</c> in zh front matter): what the editors changed relative to the source, and when.</summary>
internal sealed record EditorNote(DateOnly Date, Bilingual Text, int Line);
