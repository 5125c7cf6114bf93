using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>
/// Writes the targets of an XLIFF file back into its English Markdown file, changing only the blocks whose target
/// says something else than the file: an unchanged file is left byte for byte as it was. A file is refused whole
/// (nothing written) when a unit's source is no longer the zh text, or a changed target's inline codes are not the
/// source's, or it cannot go into its place.
/// </summary>
internal static class XliffImport
{
    /// <summary>What an import did: the new text of the English file (null when nothing changed) and the lines it changed.</summary>
    public sealed record Result(string? Text, IReadOnlyList<int> Lines);

    public static Result? Apply(string display, XliffDocument doc, ArticleText zh, ArticleText en, List<Diagnostic> diagnostics)
    {
        var recorded = SourceBlocks.Parse(en.Parts.FrontMatter.String(SourceBlocks.Key, required: false));
        var current = en.Parts.FrontMatter.String("source_hash", required: false) == zh.TranslationHashOf();
        if (BlockAlignment.Of(zh.Blocks, en.Blocks, recorded, current, out var problem) is not { } alignment)
        {
            diagnostics.Add(Diagnostic.Error(en.File, 1, $"the English cannot be paired with {zh.File} block by block: {problem}"));
            return null;
        }

        var before = diagnostics.Count;
        var edits = new List<(int Start, int Length, string Text, int Order, int Line)>();
        var units = new Dictionary<int, XliffUnit>();
        foreach (var unit in doc.Units)
        {
            var index = Index(unit.Id);
            if (index < 0 || index >= zh.Blocks.Count)
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: {zh.File} has no such block now (it has {zh.Blocks.Count - 2} body blocks); export the article again"));
                continue;
            }

            if (!units.TryAdd(index, unit))
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: translates the same block as unit {units[index].Id} (line {units[index].Line}); keep one unit per block"));
                continue;
            }

            var zhBlock = zh.Blocks[index];
            var source = InlineCodes.Of(zhBlock);
            if (!SameSource(unit.Source, source))
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: its source is no longer the zh text at {zhBlock.File}:{zhBlock.Line} (the zh file changed since the export); export the article again and carry the translation over"));
                continue;
            }

            if (unit.Target is null)
            {
                continue;
            }

            var enIndex = alignment.EnOf[index];
            var enBlock = enIndex >= 0 ? en.Blocks[enIndex] : null;
            var existing = enBlock is null ? null : InlineCodes.Matched(InlineCodes.Of(enBlock), source);
            var target = Resolve(unit.Target, source, existing);
            if (existing is not null && InlineCodes.Same(target, existing))
            {
                continue;
            }

            if (unit.Exported is not null && (enBlock is null || SourceBlocks.Hash(enBlock) != unit.Exported))
            {
                var where = enBlock is null ? $"{en.File} no longer has it" : $"{en.File}:{enBlock.Line} was edited";
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: the English of this block changed since the export ({where}); importing would write over that edit: export the article again and carry the translation over"));
                continue;
            }

            if (CodesProblem(unit.Target, source) is { } codes)
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: {codes}; put back every inline code of the source once (they carry the Markdown of links, emphasis and code)"));
                continue;
            }

            var place = enBlock ?? zhBlock with { Column = 0 };
            if (!place.InBody && target.Any(p => p.IsCode))
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: a {place.Describe()} is plain text; remove the inline codes"));
                continue;
            }

            var markdown = place.InBody ? InlineCodes.ToMarkdown(target, place, out problem) : string.Concat(target.Select(p => p.Value)).Trim();
            if (markdown is null || markdown.Length == 0)
            {
                diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: " + (problem ?? "the target is empty; translate it or delete the <target>")));
                continue;
            }

            if (Edit(unit, index, zh, en, alignment, enBlock, markdown, display, diagnostics) is { } edit)
            {
                edits.Add(edit);
            }
        }

        if (diagnostics.Count > before)
        {
            return null;
        }

        var text = en.Text;
        foreach (var (start, length, replacement, _, _) in edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Order))
        {
            text = text[..start] + replacement + text[(start + length)..];
        }

        return new Result(edits.Count == 0 ? null : text, [.. edits.Select(e => e.Line).Order()]);
    }

    /// <summary>The edit that puts <paramref name="markdown"/> in place: the block's text, the front-matter line, or a new block after the one before.</summary>
    private static (int, int, string, int, int)? Edit(XliffUnit unit, int index, ArticleText zh, ArticleText en, BlockAlignment alignment, TextBlock? enBlock, string markdown, string display, List<Diagnostic> diagnostics)
    {
        if (enBlock is { InBody: false })
        {
            var next = en.Text.IndexOf('\n', enBlock.Start + enBlock.Length);
            if (next >= 0 && next + 1 < en.Text.Length && en.Text[next + 1] is ' ' or '\t')
            {
                diagnostics.Add(Diagnostic.Error(en.File, enBlock.Line, $"unit {unit.Id}: the {enBlock.Kind} is written over several lines; write it on one line (key: \"…\"), then import again"));
                return null;
            }

            return (enBlock.Start, enBlock.Length, $"{enBlock.Kind}: {YamlText.Quote(markdown)}", index, enBlock.Line);
        }

        if (enBlock is not null)
        {
            return (enBlock.Start, enBlock.Length, markdown, index, enBlock.Line);
        }

        var zhBlock = zh.Blocks[index];
        if (zhBlock.Kind is not (TextBlock.Paragraph or TextBlock.Heading))
        {
            diagnostics.Add(Diagnostic.Error(display, unit.Line, $"unit {unit.Id}: a new {zhBlock.Describe()} ({zhBlock.File}:{zhBlock.Line}) cannot be added by import; add it to {en.File} by hand, then export again"));
            return null;
        }

        var prefix = zhBlock.Kind == TextBlock.Heading ? new string('#', zhBlock.Level) + " " : "";
        var after = Enumerable.Range(2, index - 2).Reverse().Select(i => alignment.EnOf[i]).FirstOrDefault(e => e >= 0, -1);
        if (after >= 0)
        {
            var end = en.Blocks[after].Start + en.Blocks[after].Length;
            var lineEnd = en.Text.IndexOf('\n', end);
            return (lineEnd < 0 ? en.Text.Length : lineEnd, 0, "\n\n" + prefix + markdown, index, en.Blocks[after].Line + 1);
        }

        var first = en.Blocks.Skip(2).FirstOrDefault();
        return first is null
            ? (en.Text.Length, 0, (en.Text.EndsWith('\n') ? "\n" : "\n\n") + prefix + markdown + "\n", index, en.Parts.BodyLine)
            : (first.Start - first.Column, 0, prefix + markdown + "\n\n", index, first.Line);
    }

    /// <summary>The block index of a unit id (<see cref="XliffExport.UnitId"/>), or -1.</summary>
    private static int Index(string id) =>
        id == "title" ? 0 : id == "summary" ? 1
        : id.Length > 1 && id[0] == 'b' && int.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n + 1 : -1;

    /// <summary>Whether the unit's source says what the zh block says now: the same text, and the same codes (their Markdown where the file kept it).</summary>
    private static bool SameSource(IReadOnlyList<Piece> unit, IReadOnlyList<Piece> zh) =>
        unit.Count == zh.Count && unit.Zip(zh).All(p => p.First.Kind == p.Second.Kind
            && (p.First.IsCode ? p.First.Id == p.Second.Id && (p.First.Value is null || p.First.Value == p.Second.Value) : p.First.Value == p.Second.Value));

    /// <summary>The target's pieces with each code's Markdown: its own original data, else the English file's code of that id, else the source's.</summary>
    private static List<Piece> Resolve(IReadOnlyList<Piece> target, IReadOnlyList<Piece> source, IReadOnlyList<Piece>? existing)
    {
        static string? Find(IReadOnlyList<Piece>? pieces, Piece code)
        {
            foreach (var p in pieces ?? [])
            {
                if (p.Kind == code.Kind && p.Id == code.Id)
                {
                    return p.Value;
                }
            }

            return null;
        }

        return InlineCodes.Merge(target.Select(p => !p.IsCode || p.Value is not null ? p : p with { Value = Find(existing, p) ?? Find(source, p) ?? "" }));
    }

    /// <summary>Null when the target has each of the source's codes once, as the same kind of code; otherwise what differs.</summary>
    private static string? CodesProblem(IReadOnlyList<Piece> target, IReadOnlyList<Piece> source)
    {
        static string Codes(IEnumerable<Piece> pieces) => string.Join(", ", pieces.Where(p => p.Kind is PieceKind.Open or PieceKind.Ph)
            .Select(p => (p.Kind == PieceKind.Ph ? "ph " : "pc ") + p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        var want = Codes(source);
        var have = Codes(target);
        var closes = target.Where(p => p.Kind == PieceKind.Close).Select(p => p.Id).Order();
        var opens = target.Where(p => p.Kind == PieceKind.Open).Select(p => p.Id).Order();
        return want == have && closes.SequenceEqual(opens) ? null
            : $"the target's inline codes ({(have.Length == 0 ? "none" : have)}) are not the source's ({(want.Length == 0 ? "none" : want)})";
    }
}
