using SiteGen.Core;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>
/// Every table on a page, also as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese) and as
/// JSON (numbers as numbers), at /{lang}/data/&lt;table-id&gt;.csv|json; headers in the page's language.
/// Numeric columns hold the raw value (10000000000), not the formatted text; links become URL columns.
/// </summary>
internal static partial class DataExports
{
    private static readonly JsonWriterOptions JsonOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tables of a page's model that have downloads.</summary>
    public static IEnumerable<Table> Tables(object model) =>
        model is IHasTables shown ? shown.Tables.Where(t => t.Downloads.Count > 0) : [];

    /// <summary>The download paths of a table in a language: CSV, then JSON.</summary>
    public static string[] Paths(Lang lang, Table table) =>
        [Urls.Data(lang, table.Id + ".csv").TrimStart('/'), Urls.Data(lang, table.Id + ".json").TrimStart('/')];

    /// <summary>The CSV and JSON files of one table.</summary>
    public static IEnumerable<OutputFile> Files(Lang lang, Table table, Urls urls)
    {
        var paths = Paths(lang, table);
        yield return new OutputFile(paths[0], Csv(table, lang, urls));
        yield return new OutputFile(paths[1], Json(table, lang, urls));
    }

    private static bool[] LinkedColumns(Table table) =>
        [.. table.Columns.Select((_, c) => table.Rows.Any(r => r.Cells[c].Url is not null))];

    /// <summary>
    /// A numeric cell's raw number; an unknown one keeps its words ("not stated"), never a made-up 0. Another cell's
    /// download form (a code, 2016–2020) where it has one, else its words.
    /// </summary>
    private static string? Raw(Column column, Cell cell) => column.Numeric ? cell.SortValue ?? cell.Text : cell.Download ?? cell.Text;

    internal static byte[] Csv(Table table, Lang lang, Urls urls)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvHelper.CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            var linked = LinkedColumns(table);
            var header = new List<string>();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                header.Add(table.Columns[c].Label);
                if (linked[c])
                {
                    header.Add(table.Columns[c].Label + (lang == Lang.Zh ? "链接" : " URL"));
                }
            }

            AppendLine(csv, header);
            foreach (var row in table.Rows)
            {
                var fields = new List<string>();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    fields.Add(Raw(table.Columns[c], row.Cells[c]) ?? "");
                    if (linked[c])
                    {
                        // A cell naming several sources links each: their URLs, in order, separated by a space.
                        fields.Add(row.Cells[c].Links is { Count: > 1 } links ? string.Join(" ", links.Select(l => urls.Absolute(l.Url)))
                            : row.Cells[c].Url is { } url ? urls.Absolute(url) : "");
                    }
                }

                AppendLine(csv, fields);
            }
        }

        return stream.ToArray();
    }

    /// <summary>
    /// One CSV record via CsvHelper (RFC 4180 quoting, CRLF) with its formula-injection protection: a
    /// text cell starting with =, +, -, @, a tab or CR gets a ' in front, so a spreadsheet shows it as
    /// text. A cell that is a plain number (-12.5) is written as a number, which cannot be a formula.
    /// </summary>
    private static void AppendLine(CsvHelper.CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            if (PlainNumber().IsMatch(field) && decimal.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                csv.WriteField(number, "");
            }
            else
            {
                csv.WriteField(field);
            }
        }

        csv.EndRecord();
    }

    private static readonly CsvHelper.CsvWriterOptions CsvOptions = CsvHelper.CsvWriterOptions.Default with
    {
        Injection = CsvHelper.CsvInjection.Escape,
        WriteByteOrderMark = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    internal static byte[] Json(Table table, Lang lang, Urls urls)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("id", table.Id);
            json.WriteString("title", table.Caption);
            json.WriteString("language", lang.Code);
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("key", column.Key);
                json.WriteString("label", column.Label);
                json.WriteString("type", column.Numeric ? "number" : "string");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                WriteCells(json, table, row.Cells, urls);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (table.Footer is { } footer)
            {
                json.WritePropertyName("total");
                json.WriteStartObject();
                WriteCells(json, table, footer, urls);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        return [.. stream.ToArray(), (byte)'\n'];
    }

    /// <summary>
    /// Numbers as numbers and unknowns as null; a total over partly unknown values also writes how many
    /// rows state one (<c>investment_cny_stated</c> of <c>investment_cny_of</c>).
    /// </summary>
    private static void WriteCells(Utf8JsonWriter json, Table table, IReadOnlyList<Cell> cells, Urls urls)
    {
        for (var c = 0; c < table.Columns.Count && c < cells.Count; c++)
        {
            var column = table.Columns[c];
            var cell = cells[c];
            if (column.Numeric)
            {
                if (decimal.TryParse(cell.SortValue, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                {
                    json.WriteNumber(column.Key, number);
                }
                else
                {
                    json.WriteNull(column.Key);
                }
            }
            else
            {
                json.WriteString(column.Key, cell.Download ?? cell.Text);
            }

            if (cell.Coverage is { } coverage)
            {
                json.WriteNumber(column.Key + "_stated", coverage.Stated);
                json.WriteNumber(column.Key + "_of", coverage.Of);
            }

            if (cell.Links is { Count: > 1 } links)
            {
                json.WriteStartArray(column.Key + "_urls");
                foreach (var link in links)
                {
                    json.WriteStringValue(urls.Absolute(link.Url));
                }

                json.WriteEndArray();
            }
            else if (cell.Url is not null)
            {
                json.WriteString(column.Key + "_url", urls.Absolute(cell.Url));
            }
        }
    }
}
