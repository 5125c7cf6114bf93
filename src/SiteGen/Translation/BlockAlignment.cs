namespace SiteGen.Translation;

/// <summary>One zh block that changed, was added or was removed since the translation was stamped, with its English counterpart.</summary>
/// <param name="Zh">The zh block now (null when removed).</param>
/// <param name="En">The English block made from the old zh block (changed, removed), or the one a new block goes after (added; null at the start).</param>
internal sealed record BlockChange(BlockChangeKind Kind, TextBlock? Zh, TextBlock? En)
{
    /// <summary>The English block's number among the body's paragraphs (headings not counted), from 1; 0 for the title, summary or the start of the body.</summary>
    public int EnNumber { get; init; }
}

/// <summary>
/// Which English block translates which zh block, and which zh blocks changed since the translation was
/// stamped. Blocks pair by position (the same Markdown structure in both files); with the block hashes of
/// the last stamp (<see cref="SourceBlocks"/>) the zh blocks of today are aligned with those of then, so
/// that an added, removed or changed paragraph is told apart and its English found.
/// </summary>
internal sealed class BlockAlignment
{
    private BlockAlignment(int[] enOf, bool[] stale, List<BlockChange> changes, bool detailed)
    {
        EnOf = enOf;
        Stale = stale;
        Changes = changes;
        Detailed = detailed;
    }

    /// <summary>Per zh block: the index of its English block, or -1 (added since the stamp).</summary>
    public IReadOnlyList<int> EnOf { get; }

    /// <summary>Per zh block: whether it changed (or is new) since the translation was stamped.</summary>
    public IReadOnlyList<bool> Stale { get; }

    /// <summary>The changes, in the zh file's order (removed blocks where they were).</summary>
    public IReadOnlyList<BlockChange> Changes { get; }

    /// <summary>False when the stamp recorded no block hashes: a stale file is then stale as a whole.</summary>
    public bool Detailed { get; }

    /// <summary>
    /// The alignment of <paramref name="zh"/> with <paramref name="en"/> (both title, summary, body blocks); null when
    /// they cannot be paired: no usable block hashes and a different structure (<paramref name="problem"/> says where).
    /// </summary>
    /// <param name="current">Whether the whole-file <c>source_hash</c> matches the zh file.</param>
    public static BlockAlignment? Of(IReadOnlyList<TextBlock> zh, IReadOnlyList<TextBlock> en, IReadOnlyList<string>? recorded, bool current, out string? problem)
    {
        problem = null;
        if (recorded is not null && recorded.Count == en.Count)
        {
            return Aligned(zh, en, recorded);
        }

        problem = StructureProblem(zh, en);
        if (problem is not null)
        {
            return null;
        }

        var stale = Enumerable.Repeat(!current, zh.Count).ToArray();
        return new BlockAlignment([.. Enumerable.Range(0, zh.Count)], stale, [], detailed: current);
    }

    /// <summary>Null when <paramref name="en"/> has the blocks of <paramref name="zh"/> in the same order and kinds; otherwise the first difference.</summary>
    public static string? StructureProblem(IReadOnlyList<TextBlock> zh, IReadOnlyList<TextBlock> en)
    {
        for (var i = 0; i < Math.Min(zh.Count, en.Count); i++)
        {
            if (zh[i].Kind != en[i].Kind)
            {
                return $"{en[i].File}:{en[i].Line} is a {en[i].Describe()} where the zh file has a {zh[i].Describe()} ({zh[i].File}:{zh[i].Line})";
            }
        }

        return zh.Count == en.Count ? null
            : zh.Count > en.Count ? $"the zh file has {zh.Count - en.Count} more block(s) than the English, from {zh[en.Count].File}:{zh[en.Count].Line}"
            : $"the English has {en.Count - zh.Count} more block(s) than the zh file, from {en[zh.Count].File}:{en[zh.Count].Line}";
    }

    private static BlockAlignment Aligned(IReadOnlyList<TextBlock> zh, IReadOnlyList<TextBlock> en, IReadOnlyList<string> recorded)
    {
        var enOf = new int[zh.Count];
        var stale = new bool[zh.Count];
        var changes = new List<BlockChange>();
        for (var i = 0; i < Math.Min(2, zh.Count); i++)
        {
            enOf[i] = i;
            stale[i] = SourceBlocks.Hash(zh[i]) != recorded[i];
            if (stale[i])
            {
                changes.Add(new BlockChange(BlockChangeKind.Changed, zh[i], en[i]));
            }
        }

        var now = zh.Skip(2).Select(SourceBlocks.Hash).ToList();
        var lastEn = -1; // the English body block the next added block goes after
        foreach (var step in BlockDiff.Align([.. recorded.Skip(2)], now))
        {
            var enIndex = step.Old < 0 ? -1 : step.Old + 2;
            var zhIndex = step.New < 0 ? -1 : step.New + 2;
            if (zhIndex >= 0)
            {
                enOf[zhIndex] = enIndex;
                stale[zhIndex] = step.Kind != BlockChangeKind.Same;
            }

            if (step.Kind != BlockChangeKind.Same)
            {
                var enBlock = enIndex >= 0 ? en[enIndex] : lastEn >= 0 ? en[lastEn] : null;
                var upTo = enIndex >= 0 ? enIndex : lastEn;
                var number = upTo < 2 ? 0 : en.Skip(2).Take(upTo - 1).Count(b => b.Kind != TextBlock.Heading);
                changes.Add(new BlockChange(step.Kind, zhIndex >= 0 ? zh[zhIndex] : null, enBlock) { EnNumber = number });
            }

            if (enIndex >= 0)
            {
                lastEn = enIndex;
            }
        }

        return new BlockAlignment(enOf, stale, changes, detailed: true);
    }
}
