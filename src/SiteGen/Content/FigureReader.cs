using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Reads the <c>figures:</c> list of a zh article's front matter into <see cref="Figure"/> records,
/// checked against data/units.yml, data/indicators.yml, data/districts.yml (<c>place</c>) and the
/// article's own projects (<c>project</c>); every problem is reported with file and line, and a
/// figure with a problem is left out.
/// </summary>
internal static class FigureReader
{
    public const string Key = "figures";

    public static readonly string[] Keys = ["value", "unit", "normalized", "label", "bound", "period", "measure", "base", "status", "place", "project", "indicator", "sentence"];

    /// <summary>The key <c>bound</c> replaced; an article that still has it gets an error saying what to write instead.</summary>
    private const string OldApprox = "approx";

    /// <summary>What a figure is read against besides the registries: the district keys, the article's project ids, and the year to suggest for a missing period.</summary>
    internal sealed record Context(IReadOnlySet<string> Districts, IReadOnlySet<string> ProjectIds, int SuggestedYear);

    /// <summary>How far a hand-written normalized value may be from value × factor (it may be rounded to cents).</summary>
    private const decimal Tolerance = 0.01m;

    public static IReadOnlyList<Figure> Read(YamlDocument frontMatter, UnitRegistry units, IndicatorRegistry indicators, Context context)
    {
        var result = new List<Figure>();
        foreach (var entry in frontMatter.MappingList(Key))
        {
            if (ReadEntry(entry, units, indicators, context) is { } figure)
            {
                result.Add(figure);
            }
        }

        return result;
    }

    private static Figure? ReadEntry(YamlDocument entry, UnitRegistry units, IndicatorRegistry indicators, Context context)
    {
        var errors = entry.ErrorCount;
        entry.CheckKeys(entry.Node(OldApprox) is null ? Keys : [.. Keys, OldApprox]);
        if (entry.Node(OldApprox) is not null)
        {
            entry.Error(OldApprox, "\"approx\" is replaced by \"bound\", which says how the text bounds the number: write `bound: about` (约, 左右), `nearly` (近, 接近), "
                + "`over` (超过, 突破, 逾, 以上, 余, 多), `at_least` (不少于, 至少), `up_to` (最高, 不超过, 以内) or `under` (以下) from the sentence's words, "
                + "or delete the line when the number is stated as it is");
        }

        var value = entry.Decimal("value", required: true);
        var unitText = entry.String("unit", required: true)?.Trim();
        var unit = unitText is null ? null : units.Find(unitText);
        if (unitText is not null && unit is null)
        {
            entry.Error("unit", $"unit \"{unitText}\" is not in {UnitRegistry.UnitsFile}; add it to data/units.yml (kind, factor, name) or use a unit listed there");
        }

        var normalized = Normalized(entry, value, unit);
        var period = Period(entry);
        var measure = OneOf(entry, "measure", Figure.Measures, Figure.Level);
        var status = OneOf(entry, "status", Figure.Statuses, Figure.Actual);
        var basis = entry.String("base", required: false)?.Trim();
        if (basis is not null && measure != Figure.Change)
        {
            entry.Error("base", $"\"base\" belongs to a change only; remove it or write `measure: change`");
        }
        else if (basis is not null && !Figure.Bases.Contains(basis))
        {
            entry.Error("base", $"base \"{basis}\" must be one of {string.Join(", ", Figure.Bases)}");
        }

        if (value is < 0 && measure != Figure.Change)
        {
            entry.Error("value", $"a negative value is a decline, so write `measure: change` (or make the value positive)");
        }
        var indicator = entry.String("indicator", required: false)?.Trim();
        if (indicator is not null && indicators.Find(indicator) is null)
        {
            entry.Error("indicator", $"indicator \"{indicator}\" is not in {IndicatorRegistry.IndicatorsFile}; use one of {string.Join(", ", indicators.Indicators.Select(i => i.Key))} or add it there");
        }

        var label = entry.String("label", required: false) ?? "";
        var bound = entry.String("bound", required: false)?.Trim();
        if (bound is not null && !Figure.Bounds.Contains(bound))
        {
            entry.Error("bound", $"bound \"{bound}\" must be one of {string.Join(", ", Figure.Bounds)} (or no `bound:` when the number is stated as it is)");
        }

        var place = entry.String("place", required: false)?.Trim();
        if (place is not null && !context.Districts.Contains(place))
        {
            entry.Error("place", $"place \"{place}\" is not in {Registry.DistrictsFile}; use one of its keys (e.g. wuhan-economic-development-zone, wuhan) or add it there");
        }

        var project = entry.String("project", required: false)?.Trim();
        if (project is not null && !context.ProjectIds.Contains(project))
        {
            entry.Error("project", context.ProjectIds.Count == 0
                ? $"project \"{project}\" is not the id of a project of this article; add the project under `projects:` with `id: {project}`"
                : $"project \"{project}\" is not the id of a project of this article; use one of {string.Join(", ", context.ProjectIds.Order(StringComparer.Ordinal))}, or give the project that id");
        }

        var sentence = entry.String("sentence", required: false) ?? "";
        if (indicator is not null && project is null && entry.ErrorCount == errors)
        {
            foreach (var key in new[] { "period", "measure", "status" }.Where(k => entry.Node(k) is null))
            {
                entry.Warning("indicator", $"indicator figure has no \"{key}\", so tables cannot say what it is; add `{key}: {Example(key, context.SuggestedYear)}`" + (key == "period" ? ", or the year or range its sentence states" : ""));
            }
        }

        return entry.ErrorCount == errors && value is not null && unit is not null && normalized is not null
            ? new Figure(value.Value, unit.Text, normalized.Value, label, bound, period, measure, measure == Figure.Change ? basis : null, status, indicator, sentence, entry.StartLine)
            {
                Place = place,
                Project = project,
            }
            : null;
    }

    /// <summary>normalized, which must be value × the unit's factor; a missing or wrong one is reported with the right number.</summary>
    private static decimal? Normalized(YamlDocument entry, decimal? value, Unit? unit)
    {
        var written = entry.Node("normalized") is null ? null : entry.Decimal("normalized", required: true);
        if (value is null || unit is null)
        {
            return null;
        }

        decimal expected;
        try
        {
            expected = value.Value * unit.Factor;
        }
        catch (OverflowException)
        {
            entry.Error("value", $"\"value\" {YamlText.Number(value.Value)} {unit.Text} is too large to normalise; check the number");
            return null;
        }

        if (Math.Abs(expected) > Figure.MaxValue)
        {
            entry.Error("value", $"\"value\" {YamlText.Number(value.Value)} {unit.Text} is larger than any real quantity; check the number");
            return null;
        }

        if (entry.Node("normalized") is null)
        {
            entry.Error(entry.Node("value"), $"required key \"normalized\" is missing; add `normalized: {YamlText.Number(expected)}` (value × {YamlText.Number(unit.Factor)} for {unit.Text})");
            return null;
        }

        if (written is { } actual && Math.Abs(actual - expected) > Tolerance)
        {
            entry.Error("normalized", $"\"normalized\" is {YamlText.Number(actual)} but value {YamlText.Number(value.Value)} {unit.Text} × {YamlText.Number(unit.Factor)} is {YamlText.Number(expected)}; write `normalized: {YamlText.Number(expected)}`");
            return null;
        }

        return written;
    }

    /// <summary>The period if written: a year (2020), a range (2016–2020) or an open range (2023–).</summary>
    private static Period? Period(YamlDocument entry)
    {
        var raw = entry.String("period", required: false)?.Trim();
        if (raw is null)
        {
            return null;
        }

        if (Core.Period.Parse(raw) is { } period)
        {
            return period;
        }

        entry.Error("period", $"\"period\" must be a year such as 2020, a range such as 2016–2020 or an open range such as 2023–, not \"{raw}\"");
        return null;
    }

    private static string OneOf(YamlDocument entry, string key, string[] allowed, string fallback)
    {
        var raw = entry.String(key, required: false)?.Trim();
        if (raw is null)
        {
            return fallback;
        }

        if (!allowed.Contains(raw))
        {
            entry.Error(key, $"{key} \"{raw}\" must be one of {string.Join(", ", allowed)}");
        }

        return raw;
    }

    /// <summary>What to write for a missing key: for the period, the year the article reports on, was given or was listed (the sentence may say better).</summary>
    private static string Example(string key, int year) => key switch
    {
        "period" => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "measure" => "level",
        _ => "actual",
    };
}
