namespace SiteGen.Core;

/// <summary>The known word nearest to a misspelt one, for "did you mean …?" (at most two edits away).</summary>
internal static class Spelling
{
    public static string? Nearest(string name, IReadOnlyCollection<string> known) =>
        known.Select(k => (k, d: Distance(name, k))).Where(p => p.d <= 2).OrderBy(p => p.d).Select(p => p.k).FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
