using YamlDotNet.Core;

namespace SiteGen.Core;

/// <summary>
/// A data file of input/data/ (districts, topics, sectors, units, indicators, glossary, style, spelling): a YAML list
/// of entries, each a mapping read as a <see cref="YamlDocument"/>, so its keys are checked and every problem names
/// the file and the line.
/// </summary>
internal static class DataFile
{
    /// <summary>A data file's path as messages show it.</summary>
    public static string Display(string inputDir, string relative) => Paths.Display(Path.Combine(inputDir, relative));

    /// <summary>
    /// The entries of a data file, in file order. A file that is not a list of mappings is one error; a missing file
    /// is named as missing, unless it is <paramref name="optional"/> (then it has no entries).
    /// </summary>
    public static IReadOnlyList<YamlDocument> Entries(string inputDir, string relative, List<Diagnostic> diagnostics, bool optional = false)
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

        if (root is null || root is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (root is not YamlSequenceNode sequence)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)root.Start.Line, "the file must be a YAML list of entries, each starting with `- key: ...`"));
            return [];
        }

        var entries = new List<YamlDocument>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                entries.Add(YamlDocument.Entry(map, display, diagnostics));
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(display, (int)item.Start.Line, "every entry must be a mapping of `key: value` lines, starting with `- `"));
            }
        }

        return entries;
    }
}
