using System.Diagnostics.CodeAnalysis;
using SiteGen.Core;
using YamlDotNet.Core;

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

    internal sealed class BilingualDto
    {
        public string? Zh { get; set; }
        public string? En { get; set; }
    }

    private sealed class DistrictDto
    {
        public string? Key { get; set; }
        public string? Kind { get; set; }
        public BilingualDto? Name { get; set; }
        public BilingualDto? Description { get; set; }
        public List<string>? Labels { get; set; }
    }

    private sealed class TopicDto
    {
        public string? Key { get; set; }
        public BilingualDto? Name { get; set; }
        public List<string>? Keywords { get; set; }
    }

    public static IReadOnlyList<District> LoadDistricts(string inputDir, List<Diagnostic> diagnostics)
    {
        var items = Load<DistrictDto>(inputDir, DistrictsFile, diagnostics);
        var result = new List<District>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Display(inputDir, DistrictsFile);
        for (var i = 0; i < items.Count; i++)
        {
            var (dto, line) = items[i];
            var key = dto.Key ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"district key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
                continue;
            }

            if (!TryBilingual(dto.Name, file, line, $"district \"{key}\" name", diagnostics, out var name)
                || !TryBilingual(dto.Description, file, line, $"district \"{key}\" description", diagnostics, out var description))
            {
                continue;
            }

            if (result.Any(d => d.Key == key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"district key \"{key}\" is defined twice; keep one"));
                continue;
            }

            var districtLabels = (dto.Labels ?? []).Append(name.Zh).Distinct().ToList();
            foreach (var label in districtLabels)
            {
                if (!labels.TryAdd(label, key) && labels[label] != key)
                {
                    diagnostics.Add(Diagnostic.Error(file, line, $"label \"{label}\" maps to both \"{labels[label]}\" and \"{key}\"; keep it on one district"));
                }
            }

            result.Add(new District(key, dto.Kind ?? "district", name, description, districtLabels, i));
        }

        return result;
    }

    public static IReadOnlyList<Topic> LoadTopics(string inputDir, List<Diagnostic> diagnostics)
    {
        var file = Display(inputDir, TopicsFile);
        var result = new List<Topic>();
        var items = Load<TopicDto>(inputDir, TopicsFile, diagnostics);
        for (var i = 0; i < items.Count; i++)
        {
            var (dto, line) = items[i];
            var key = dto.Key ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"topic key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
                continue;
            }

            if (TryBilingual(dto.Name, file, line, $"topic \"{key}\" name", diagnostics, out var name))
            {
                result.Add(new Topic(key, name, dto.Keywords ?? [], i));
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
        var items = Load<TopicDto>(inputDir, SectorsFile, diagnostics);
        for (var i = 0; i < items.Count; i++)
        {
            var (dto, line) = items[i];
            var key = dto.Key ?? "";
            if (!Slugs.IsSafeKey(key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"sector key \"{key}\" must be lowercase ASCII letters, digits and '-'"));
            }
            else if (result.Any(s => s.Key == key))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"sector key \"{key}\" is defined twice; keep one"));
            }
            else if (TryBilingual(dto.Name, file, line, $"sector \"{key}\" name", diagnostics, out var name))
            {
                result.Add(new Sector(key, name, i));
            }
        }

        return result;
    }

    public static string Display(string inputDir, string relative) =>
        Paths.Display(Path.Combine(inputDir, relative));

    internal static bool TryBilingual(BilingualDto? dto, string file, int line, string what, List<Diagnostic> diagnostics, out Bilingual value)
    {
        value = new Bilingual(dto?.Zh?.Trim() ?? "", dto?.En?.Trim() ?? "");
        if (value.Zh.Length > 0 && value.En.Length > 0)
        {
            return true;
        }

        diagnostics.Add(Diagnostic.Error(file, line, $"{what} needs both zh: and en:"));
        return false;
    }

    /// <summary>
    /// Reads a YAML list of entries, each with the line it starts on. Every entry is checked on its
    /// own: an unknown or duplicate key, or a value of the wrong form, is one error at its line, in
    /// YAML terms, and skips only that entry. A missing required file is named as missing.
    /// </summary>
    internal static List<(T Item, int Line)> Load<T>(string inputDir, string relative, List<Diagnostic> diagnostics, bool optional = false)
        where T : class, new()
    {
        var path = Path.Combine(inputDir, relative);
        var display = Display(inputDir, relative);
        if (!File.Exists(path) && optional)
        {
            return [];
        }

        var (text, error) = TextFile.Read(path, display, inputDir);
        if (text is null)
        {
            var message = File.Exists(path) ? error!.Message : $"data file {relative} is missing; restore it (e.g. `git checkout -- input/{relative}`)";
            diagnostics.Add(error! with { Message = message });
            return [];
        }

        YamlNode? root;
        try
        {
            root = YamlNodeLoader.Load(text);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)ex.Start.Line, ex is YamlRuleException ? YamlNodeLoader.Message(ex) : $"invalid YAML: {YamlNodeLoader.Message(ex)}; the file must be a YAML list of entries, each starting with `- key: ...`"));
            return [];
        }

        var result = new List<(T, int)>();
        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return result;
        }

        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)root.Start.Line, "the file must be a YAML list of entries, each starting with `- key: ...`"));
            return result;
        }

        foreach (var item in sequence.Children)
        {
            var before = diagnostics.Count;
            if (item is not YamlMappingNode map)
            {
                diagnostics.Add(Diagnostic.Error(display, (int)item.Start.Line, "every entry must be a mapping of `key: value` lines, starting with `- `"));
                continue;
            }

            var dto = (T)Map(typeof(T), map, display, diagnostics);
            if (diagnostics.Count == before)
            {
                result.Add((dto, (int)map.Start.Line));
            }
        }

        return result;
    }

    /// <summary>Fills a DTO from a mapping: keys are the properties' names in snake_case.</summary>
    /// <remarks>
    /// Reflection over the DTO types, which are SiteGen's own: the native (ahead-of-time) build keeps every
    /// member of SiteGen's assembly (TrimmerRootAssembly in SiteGen.csproj), so nothing here is trimmed away.
    /// </remarks>
    [UnconditionalSuppressMessage("Trimming", "IL2067", Justification = "DTO types are SiteGen's own; its assembly is a trimmer root.")]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = "DTO types are SiteGen's own; its assembly is a trimmer root.")]
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "DTO types are SiteGen's own; its assembly is a trimmer root.")]
    private static object Map(Type type, YamlMappingNode map, string file, List<Diagnostic> diagnostics)
    {
        var properties = type.GetProperties().ToDictionary(p => Snake(p.Name), StringComparer.Ordinal);
        var dto = Activator.CreateInstance(type)!;
        foreach (var (key, value) in map.Entries)
        {
            var name = key.Value ?? "";
            var line = (int)key.Start.Line;
            if (!properties.TryGetValue(name, out var property))
            {
                diagnostics.Add(Diagnostic.Error(file, line, $"unknown key \"{name}\"; allowed keys here: {string.Join(", ", properties.Keys)}"));
                continue;
            }

            var target = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (target == typeof(string))
            {
                if (value is YamlScalarNode scalar && UnsafeText.Find(scalar.Value ?? "") is >= 0 and var bad)
                {
                    diagnostics.Add(Diagnostic.Error(file, line, UnsafeText.Message(scalar.Value!, bad, $"\"{name}\"")));
                }
                else if (value is YamlScalarNode scalar2)
                {
                    property.SetValue(dto, scalar2.Value);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(file, line, $"\"{name}\" must be text, not a list or mapping"));
                }
            }
            else if (target == typeof(decimal))
            {
                if (value is YamlScalarNode { Value: { } raw } && decimal.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    property.SetValue(dto, number);
                }
                else
                {
                    diagnostics.Add(Diagnostic.Error(file, line, $"\"{name}\" must be a number, e.g. `{name}: 100000000`"));
                }
            }
            else if (target == typeof(List<string>))
            {
                switch (value)
                {
                    case YamlScalarNode { Value: null or "" }:
                        property.SetValue(dto, new List<string>());
                        break;
                    case YamlSequenceNode list when list.Children.All(c => c is YamlScalarNode):
                        property.SetValue(dto, list.Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList());
                        break;
                    default:
                        diagnostics.Add(Diagnostic.Error(file, line, $"\"{name}\" must be a list of text, e.g. `{name}: [a, b]`"));
                        break;
                }
            }
            else if (value is YamlMappingNode nested)
            {
                property.SetValue(dto, Map(target, nested, file, diagnostics));
            }
            else
            {
                var keys = string.Join(" and ", target.GetProperties().Select(p => Snake(p.Name) + ":"));
                diagnostics.Add(Diagnostic.Error(file, line, $"\"{name}\" must be a mapping with {keys}"));
            }
        }

        return dto;
    }

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
