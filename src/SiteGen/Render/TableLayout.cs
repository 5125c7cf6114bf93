namespace SiteGen.Render;

/// <summary>
/// How a page presents a <see cref="Table"/>, apart from what the table says: the first column (what
/// the row is about) stays first, then the columns a reader needs first — status, amount, period —
/// then the rest in their data order, and the source article last. A column leaves the page (never
/// the downloads) when it only repeats the page: every cell links to the page itself (District on a
/// district page, the source on an article page), or it is marked <see cref="Column.DownloadOnly"/>
/// (a unit beside a value that already carries it).
/// </summary>
internal static class TableLayout
{
    /// <summary>Column keys in the order a reader needs them after the first column.</summary>
    private static readonly string[] Priority = ["status", "investment_cny", "value", "period", "year", "measure"];

    /// <summary>Keys of columns whose (long) link texts may be shortened on screen; the full text stays in the page.</summary>
    private static readonly HashSet<string> LongText = ["article", "latest"];

    /// <summary>Keys of columns that hold a sentence: kept wide enough to read instead of squeezed into a narrow column.</summary>
    private static readonly HashSet<string> ProseText = ["sentence", "wording"];

    /// <summary>Tables with more shown columns than this get the narrow-screen treatment (fixed first column, scroll cue).</summary>
    private const int NarrowColumns = 2;

    /// <summary>Tables with at most this many columns keep their data order: they are read whole.</summary>
    private const int SmallTable = 4;

    public static ShownTable Show(Table table)
    {
        var order = Order(table);
        var rows = table.Rows.Take(table.DisplayLimit).Select(r => new ShownRow(r.Id, order.Select(i => Shown(table.Columns[i], r.Cells[i])).ToList())).ToList();
        var footer = table.Footer is null ? null : order.Select(i => Shown(table.Columns[i], table.Footer[i])).ToList();
        return new ShownTable(order.Select(i => table.Columns[i]).ToList(), rows, footer, order.Count > NarrowColumns);
    }

    internal static IReadOnlyList<int> Order(Table table)
    {
        var shown = Enumerable.Range(0, table.Columns.Count).Where(i => i == 0 || !Redundant(table, i)).ToList();
        if (shown.Count <= SmallTable)
        {
            return shown;
        }

        return shown.Take(1)
            .Concat(shown.Skip(1).OrderBy(i => Rank(table.Columns[i].Key, i)))
            .ToList();
    }

    private static int Rank(string key, int index)
    {
        if (key == "article")
        {
            return int.MaxValue;
        }

        var priority = Array.IndexOf(Priority, key);
        return priority >= 0 ? priority - Priority.Length : index;
    }

    private static bool Redundant(Table table, int column) =>
        table.Columns[column].DownloadOnly
        || table.PageUrl is { } page && table.Rows.Count > 0 && table.Rows.All(r => r.Cells[column].Url == page);

    private static ShownCell Shown(Column column, Cell cell) =>
        new(cell.Text, cell.Url, cell.Lang, cell.SortValue, cell.Header, cell.Links, column.Numeric, column.Label, LongText.Contains(column.Key), ProseText.Contains(column.Key));
}
