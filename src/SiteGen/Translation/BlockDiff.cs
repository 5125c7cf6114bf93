namespace SiteGen.Translation;

/// <summary>How a zh block relates to the block it was translated from.</summary>
internal enum BlockChangeKind
{
    Same,
    Changed,
    Added,
    Removed,
}

/// <summary>One step of an alignment: an old block (its index, or -1) against a new one (its index, or -1).</summary>
internal readonly record struct BlockStep(BlockChangeKind Kind, int Old, int New);

/// <summary>
/// Aligns the block hashes recorded at the last stamp with today's: the longest common subsequence of
/// equal hashes, so that an added paragraph is one addition and not every later paragraph changed. Between
/// two equal blocks, removed and added blocks are paired in order as changed; what is left over is added or
/// removed.
/// </summary>
internal static class BlockDiff
{
    /// <summary>Past this many cells the middle (after the common start and end) is paired by position instead.</summary>
    private const long MaxCells = 4_000_000;

    public static List<BlockStep> Align(IReadOnlyList<string> old, IReadOnlyList<string> now)
    {
        var prefix = 0;
        while (prefix < old.Count && prefix < now.Count && old[prefix] == now[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < old.Count - prefix && suffix < now.Count - prefix && old[old.Count - 1 - suffix] == now[now.Count - 1 - suffix])
        {
            suffix++;
        }

        var steps = new List<BlockStep>(Math.Max(old.Count, now.Count));
        for (var i = 0; i < prefix; i++)
        {
            steps.Add(new BlockStep(BlockChangeKind.Same, i, i));
        }

        var oldMid = old.Count - prefix - suffix;
        var nowMid = now.Count - prefix - suffix;
        if ((long)oldMid * nowMid > MaxCells)
        {
            Pair(steps, prefix, oldMid, prefix, nowMid);
        }
        else
        {
            Middle(steps, old, now, prefix, oldMid, nowMid);
        }

        for (var i = 0; i < suffix; i++)
        {
            steps.Add(new BlockStep(BlockChangeKind.Same, old.Count - suffix + i, now.Count - suffix + i));
        }

        return steps;
    }

    private static void Middle(List<BlockStep> steps, IReadOnlyList<string> old, IReadOnlyList<string> now, int from, int n, int m)
    {
        // lcs[i, j]: the longest common subsequence of old[from + i ..] and now[from + j ..].
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = old[from + i] == now[from + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int oi = 0, nj = 0, oldRun = 0, nowRun = 0;
        while (oi < n || nj < m)
        {
            if (oi < n && nj < m && old[from + oi] == now[from + nj])
            {
                Pair(steps, from + oi - oldRun, oldRun, from + nj - nowRun, nowRun);
                oldRun = nowRun = 0;
                steps.Add(new BlockStep(BlockChangeKind.Same, from + oi, from + nj));
                oi++;
                nj++;
            }
            else if (nj < m && (oi == n || lcs[oi, nj + 1] >= lcs[oi + 1, nj]))
            {
                nowRun++;
                nj++;
            }
            else
            {
                oldRun++;
                oi++;
            }
        }

        Pair(steps, from + n - oldRun, oldRun, from + m - nowRun, nowRun);
    }

    /// <summary>A run of old blocks replaced by a run of new ones: paired in order as changed, the rest added or removed.</summary>
    private static void Pair(List<BlockStep> steps, int oldStart, int oldCount, int nowStart, int nowCount)
    {
        var paired = Math.Min(oldCount, nowCount);
        for (var k = 0; k < paired; k++)
        {
            steps.Add(new BlockStep(BlockChangeKind.Changed, oldStart + k, nowStart + k));
        }

        for (var k = paired; k < oldCount; k++)
        {
            steps.Add(new BlockStep(BlockChangeKind.Removed, oldStart + k, -1));
        }

        for (var k = paired; k < nowCount; k++)
        {
            steps.Add(new BlockStep(BlockChangeKind.Added, -1, nowStart + k));
        }
    }
}
