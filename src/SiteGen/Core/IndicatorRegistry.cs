namespace SiteGen.Core;

/// <summary>The headline indicators of data/indicators.yml, loaded with file:line errors.</summary>
internal sealed class IndicatorRegistry
{
    public const string IndicatorsFile = "data/indicators.yml";

    public IndicatorRegistry(IReadOnlyList<Indicator> indicators)
    {
        Indicators = indicators;
        var labels = indicators.SelectMany(i => i.Labels.Select(l => (Label: l, Indicator: i)));
        ByLabel = labels.OrderByDescending(p => p.Label.Length).ThenBy(p => p.Label, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Every label with its indicator, longest label first (招商引资实际到位资金 before 实际到位资金).</summary>
    public IReadOnlyList<(string Label, Indicator Indicator)> ByLabel { get; }

    public Indicator? Find(string key) => Indicators.FirstOrDefault(i => i.Key == key);

    public static IndicatorRegistry Load(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Registry.Display(inputDir, IndicatorsFile);
        var result = new List<Indicator>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = DataFile.Entries(inputDir, IndicatorsFile, diagnostics);
        for (var i = 0; i < items.Count; i++)
        {
            var (entry, line, before) = (items[i], items[i].StartLine, diagnostics.Count);
            entry.CheckKeys(["key", "name", "labels", "definition", "caveats", "unit"]);
            var key = entry.String("key", required: false) ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"indicator key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
                continue;
            }

            if (result.Any(x => x.Key == key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"indicator key \"{key}\" is defined twice; keep one"));
            }

            var name = entry.Bilingual("name", $"indicator \"{key}\" name");
            var labels = entry.TrimmedList("labels").Distinct().ToList();
            if (labels.Count == 0)
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"indicator \"{key}\" needs `labels:`, the Chinese words that name it (e.g. [地区生产总值, GDP])"));
            }

            foreach (var label in labels.Where(l => !owners.TryAdd(l, key) && owners[l] != key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"label \"{label}\" names both \"{owners[label]}\" and \"{key}\"; keep it on one indicator"));
            }

            Bilingual? definition = null;
            if (entry.Node("definition") is null)
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"indicator \"{key}\" needs `definition: {{ zh: …, en: … }}`: what it measures, shown on its page"));
            }
            else
            {
                definition = entry.Bilingual("definition", $"indicator \"{key}\" definition");
            }

            var unit = entry.Node("unit") is null ? null : entry.Bilingual("unit", $"indicator \"{key}\" unit");
            var caveats = entry.Node("caveats") is null ? null : entry.Bilingual("caveats", $"indicator \"{key}\" caveats");
            if (diagnostics.Count == before)
            {
                result.Add(new Indicator(key, name!, labels, i) { Definition = definition!, Unit = unit, Caveats = caveats });
            }
        }

        return new IndicatorRegistry(result);
    }
}
