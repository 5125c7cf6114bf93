using System.Globalization;
using SiteGen.Core;
using SiteGen.Import;

namespace SiteGen.Tests.Import;

/// <summary>
/// Compares the importer's figures with labelled ones, field by field: a labelled figure is matched with the next
/// extracted figure of the same value and unit (in text order); one the importer misses counts as wrong in every
/// field, and extracted figures no label names are counted apart (they cost precision, not agreement).
/// </summary>
internal sealed class LabelledSet
{
    public static readonly string[] Fields = ["measure", "status", "period", "bound", "place"];

    /// <summary>One labelled figure: its value and unit as the text writes them (1700亿元), then the fields in <see cref="Fields"/> order ("-" for none).</summary>
    public sealed record Label(string Value, IReadOnlyList<string> Expected, string Where);

    private readonly int[] _agree = new int[Fields.Length];
    private readonly List<string> _disagreements = [];

    public int Labelled { get; private set; }

    public int Missed { get; private set; }

    public int Extra { get; private set; }

    /// <summary>Parses a label line: <c>1700亿元 level estimate 2023 over -</c>.</summary>
    public static Label Parse(string line, string where)
    {
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != Fields.Length + 1)
        {
            throw new FormatException($"{where}: a label has the value with its unit and {Fields.Length} fields: \"{line}\"");
        }

        return new Label(parts[0], parts[1..], where);
    }

    /// <summary>The value with its unit, as labels write it (1700亿元, -5.1%).</summary>
    public static string ValueOf(Figure figure) => YamlText.Number(figure.Value) + figure.Unit;

    /// <summary>A figure's fields in <see cref="Fields"/> order, "-" for none.</summary>
    public static IReadOnlyList<string> FieldsOf(Figure figure) =>
        [figure.Measure, figure.Status, figure.Period?.ToString() ?? "-", figure.Bound ?? "-", figure.Place ?? "-"];

    /// <summary>Adds one article: its labels in text order, and what the importer extracted.</summary>
    public void Add(IReadOnlyList<Label> labels, IReadOnlyList<Figure> extracted)
    {
        var next = 0;
        var matched = new HashSet<int>();
        foreach (var label in labels)
        {
            Labelled++;
            var at = -1;
            for (var i = next; i < extracted.Count; i++)
            {
                if (!matched.Contains(i) && ValueOf(extracted[i]) == label.Value)
                {
                    at = i;
                    break;
                }
            }

            if (at < 0)
            {
                Missed++;
                _disagreements.Add($"{label.Where}: {label.Value} missed");
                continue;
            }

            matched.Add(at);
            next = at + 1;
            var actual = FieldsOf(extracted[at]);
            for (var f = 0; f < Fields.Length; f++)
            {
                if (actual[f] == label.Expected[f])
                {
                    _agree[f]++;
                }
                else
                {
                    _disagreements.Add($"{label.Where}: {label.Value} {Fields[f]} is {actual[f]}, labelled {label.Expected[f]}");
                }
            }
        }

        Extra += extracted.Count - matched.Count;
    }

    /// <summary>The share of labelled figures whose <paramref name="field"/> the importer got right.</summary>
    public double Agreement(string field) => Labelled == 0 ? 0 : (double)_agree[Array.IndexOf(Fields, field)] / Labelled;

    /// <summary>A report for the test output: agreement per field, then every disagreement.</summary>
    public string Report(string name) =>
        $"{name}: {Labelled} labelled figures, {Missed} missed, {Extra} extracted without a label\n"
        + string.Join("\n", Fields.Select(f => $"  {f,-8} {Agreement(f).ToString("P1", CultureInfo.InvariantCulture)}"))
        + (_disagreements.Count == 0 ? "" : "\n" + string.Join("\n", _disagreements.Select(d => "  " + d)));
}
