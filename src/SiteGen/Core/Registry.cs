using SiteGen.Core;

namespace SiteGen.Core;

/// <summary>Text in both languages.</summary>
internal sealed record Bilingual(string Zh, string En)
{
    public string For(string language) => language == "en" ? En : Zh;
}

/// <summary>A district or zone that articles come from (input/data/districts.yml).</summary>
internal sealed record District(string Key, string Kind, Bilingual Name, Bilingual Description, IReadOnlyList<string> Labels, int Order);

/// <summary>A topic that articles are filed under (input/data/topics.yml).</summary>
internal sealed record Topic(string Key, Bilingual Name, IReadOnlyList<string> Keywords, int Order);

/// <summary>Loads the registries in input/data/, with file:line errors.</summary>
internal static class Registry
{
    public const string DistrictsFile = "data/districts.yml";
    public const string TopicsFile = "data/topics.yml";

    public static IReadOnlyList<District> LoadDistricts(string inputDir, List<Diagnostic> diagnostics)
    {
        var items = DataFile.Entries(inputDir, DistrictsFile, diagnostics);
        var result = new List<District>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Display(inputDir, DistrictsFile);
        for (var i = 0; i < items.Count; i++)
        {
            var (entry, line, before) = (items[i], items[i].StartLine, items[i].ErrorCount);
            entry.CheckKeys(["key", "kind", "name", "description", "labels"]);
            var key = entry.String("key", required: false) ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"district key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
                continue;
            }

            var name = entry.Bilingual("name", $"district \"{key}\" name");
            var description = entry.Bilingual("description", $"district \"{key}\" description");
            if (name is null || description is null || entry.ErrorCount > before)
            {
                continue;
            }

            if (result.Any(d => d.Key == key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"district key \"{key}\" is defined twice; keep one"));
                continue;
            }

            var districtLabels = entry.StringList("labels").Append(name.Zh).Distinct().ToList();
            foreach (var label in districtLabels)
            {
                if (!labels.TryAdd(label, key) && labels[label] != key)
                {
                    diagnostics.Add(Diagnostic.Error(file, line, $"label \"{label}\" maps to both \"{labels[label]}\" and \"{key}\"; keep it on one district"));
                }
            }

            result.Add(new District(key, entry.String("kind", required: false) ?? "district", name, description, districtLabels, i));
        }

        return result;
    }

    public static IReadOnlyList<Topic> LoadTopics(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Display(inputDir, TopicsFile);
        var result = new List<Topic>();
        var items = DataFile.Entries(inputDir, TopicsFile, diagnostics);
        for (var i = 0; i < items.Count; i++)
        {
            var (entry, line, before) = (items[i], items[i].StartLine, items[i].ErrorCount);
            entry.CheckKeys(["key", "name", "keywords"]);
            var key = entry.String("key", required: false) ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"topic key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
                continue;
            }

            if (entry.Bilingual("name", $"topic \"{key}\" name") is { } name && entry.StringList("keywords") is var keywords && entry.ErrorCount == before)
            {
                result.Add(new Topic(key, name, keywords, i));
            }
        }

        return result;
    }

    public const string SectorsFile = "data/sectors.yml";

    /// <summary>data/sectors.yml: key and name in both languages.</summary>
    public static IReadOnlyList<Sector> LoadSectors(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Display(inputDir, SectorsFile);
        var result = new List<Sector>();
        var items = DataFile.Entries(inputDir, SectorsFile, diagnostics);
        for (var i = 0; i < items.Count; i++)
        {
            var (entry, line, before) = (items[i], items[i].StartLine, items[i].ErrorCount);
            entry.CheckKeys(["key", "name"]);
            var key = entry.String("key", required: false) ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"sector key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
            }
            else if (result.Any(s => s.Key == key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"sector key \"{key}\" is defined twice; keep one"));
            }
            else if (entry.Bilingual("name", $"sector \"{key}\" name") is { } name && entry.ErrorCount == before)
            {
                result.Add(new Sector(key, name, i));
            }
        }

        return result;
    }

    public static string Display(string inputDir, string relative) => DataFile.Display(inputDir, relative);
}
