using SiteGen.Core;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

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

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

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
        var items = Load<TopicDto>(inputDir, TopicsFile, diagnostics, optional: true);
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
        var items = Load<TopicDto>(inputDir, SectorsFile, diagnostics, optional: true);
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

    /// <summary>Reads a YAML list of entries, each with the line it starts on.</summary>
    internal static List<(T Item, int Line)> Load<T>(string inputDir, string relative, List<Diagnostic> diagnostics, bool optional = false)
    {
        var path = Path.Combine(inputDir, relative);
        var display = Display(inputDir, relative);
        if (!File.Exists(path) && optional)
        {
            return [];
        }

        var (text, error) = TextFile.Read(path, display);
        if (text is null)
        {
            diagnostics.Add(error! with { Message = error.Message + $" (the registry lives at <input>/{relative})" });
            return [];
        }

        try
        {
            var parser = new Parser(new StringReader(text));
            var result = new List<(T, int)>();
            parser.Consume<YamlDotNet.Core.Events.StreamStart>();
            if (parser.Accept<YamlDotNet.Core.Events.StreamEnd>(out _))
            {
                return result;
            }

            parser.Consume<YamlDotNet.Core.Events.DocumentStart>();
            parser.Consume<YamlDotNet.Core.Events.SequenceStart>();
            while (!parser.Accept<YamlDotNet.Core.Events.SequenceEnd>(out _))
            {
                var line = (int)parser.Current!.Start.Line;
                result.Add((Deserializer.Deserialize<T>(parser), line));
            }

            return result;
        }
        catch (YamlException ex)
        {
            var message = (ex.InnerException?.Message ?? ex.Message).Replace("\r", "").Split('\n')[0];
            diagnostics.Add(Diagnostic.Error(display, (int)ex.Start.Line, $"{message}; the file must be a YAML list of entries"));
            return [];
        }
    }
}
