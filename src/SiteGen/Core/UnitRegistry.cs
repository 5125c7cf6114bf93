namespace SiteGen.Core;

/// <summary>The units of data/units.yml, loaded with file:line errors, looked up by their written text.</summary>
internal sealed class UnitRegistry
{
    public const string UnitsFile = "data/units.yml";

    private readonly Dictionary<string, Unit> _byText;
    private readonly int _longest;

    public UnitRegistry(IReadOnlyList<Unit> units)
    {
        Units = units;
        _byText = units.ToDictionary(u => u.Text, StringComparer.Ordinal);
        _longest = units.Count == 0 ? 0 : units.Max(u => u.Text.Length);
    }

    public IReadOnlyList<Unit> Units { get; }

    public Unit? Find(string text) => _byText.GetValueOrDefault(text);

    /// <summary>The longest unit written at <paramref name="index"/> (亿美元 before 美元, 个百分点 before 个).</summary>
    public Unit? MatchAt(string text, int index)
    {
        for (var length = Math.Min(_longest, text.Length - index); length > 0; length--)
        {
            if (_byText.TryGetValue(text.Substring(index, length), out var unit))
            {
                return unit;
            }
        }

        return null;
    }

    public static UnitRegistry Load(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Registry.Display(inputDir, UnitsFile);
        var units = new List<Unit>();
        foreach (var entry in DataFile.Entries(inputDir, UnitsFile, diagnostics))
        {
            var (line, before) = (entry.StartLine, diagnostics.Count);
            entry.CheckKeys(["unit", "kind", "currency", "factor", "name"]);
            var text = entry.String("unit", required: false)?.Trim() ?? "";
            var kind = entry.String("kind", required: false);
            var currency = entry.String("currency", required: false);
            var factor = entry.Decimal("factor", required: false);
            if (text.Length == 0 || text.Any(char.IsWhiteSpace) || text.Any(char.IsAsciiDigit))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\" must be the unit as written after a number, without spaces or digits (e.g. `unit: 亿元`)"));
                continue;
            }

            if (units.Any(u => u.Text == text))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\" is defined twice; keep one"));
            }

            if (!Unit.Kinds.Contains(kind))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\": kind \"{kind}\" must be one of {string.Join(", ", Unit.Kinds)}"));
            }
            else if (kind == "money" && !Unit.Currencies.Contains(currency))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\" is money and needs `currency:` {string.Join(" or ", Unit.Currencies)}"));
            }
            else if (kind != "money" && currency is not null)
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\" is {kind}, not money; remove `currency:`"));
            }

            if (factor is not > 0)
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unit \"{text}\" needs `factor:` greater than 0 (the multiplier to its base unit, e.g. 100000000 for 亿元)"));
            }

            var name = entry.Bilingual("name", $"unit \"{text}\" name");
            if (diagnostics.Count == before)
            {
                units.Add(new Unit(text, kind!, currency, factor!.Value, name!));
            }
        }

        return new UnitRegistry(units);
    }
}
