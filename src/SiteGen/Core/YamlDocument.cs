using System.Globalization;
using YamlDotNet.Core;

namespace SiteGen.Core;

/// <summary>
/// A YAML mapping read with line numbers, so every problem names file and line. Keys are checked
/// against a schema: unknown keys are errors (with the nearest known key as a hint).
/// </summary>
internal sealed class YamlDocument
{
    private readonly YamlMappingNode _root;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly List<Diagnostic> _diagnostics;
    private readonly int _missingLine;
    private readonly HashSet<string> _misspelled = new(StringComparer.Ordinal);

    /// <param name="nested">An entry of a list or mapping: a missing key is reported on the entry's first line.</param>
    private YamlDocument(YamlMappingNode root, string file, int lineOffset, List<Diagnostic> diagnostics, bool nested = false)
    {
        _root = root;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        _missingLine = nested ? lineOffset + (int)root.Start.Line : lineOffset;
    }

    public string File => _file;

    /// <summary>An entry of a data file's list (see <see cref="DataFile"/>).</summary>
    public static YamlDocument Entry(YamlMappingNode map, string file, List<Diagnostic> diagnostics) => new(map, file, 0, diagnostics, nested: true);

    /// <summary>Errors reported so far through this document and the others sharing its list (compare before and after reading).</summary>
    public int ErrorCount => _diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>Parses <paramref name="yaml"/>, whose first line is line <paramref name="lineOffset"/> + 1 of the file.</summary>
    public static YamlDocument? Parse(string yaml, string file, int lineOffset, List<Diagnostic> diagnostics)
    {
        try
        {
            if (YamlNodeLoader.Load(yaml) is not YamlMappingNode map)
            {
                diagnostics.Add(Diagnostic.Error(file, lineOffset + 1, "front matter must be a YAML mapping of `key: value` lines"));
                return null;
            }

            return new YamlDocument(map, file, lineOffset, diagnostics);
        }
        catch (YamlException ex)
        {
            diagnostics.Add(Diagnostic.Error(file, lineOffset + (int)ex.Start.Line, ex is YamlRuleException ? YamlNodeLoader.Message(ex) : $"invalid YAML: {YamlNodeLoader.Message(ex)}; check quoting and indentation"));
            return null;
        }
    }

    /// <summary>The line of a key; for a key that is not there, the mapping's first line (an entry's) or the document's.</summary>
    public int LineOf(string key) =>
        _root.Entries.FirstOrDefault(e => e.Key.Value == key).Key is { } node ? Line(node) : _missingLine == _lineOffset ? _lineOffset + 1 : _missingLine;

    public int Line(YamlNode node) => _lineOffset + (int)node.Start.Line;

    public void Error(YamlNode? node, string message) => _diagnostics.Add(Diagnostic.Error(_file, node is null ? _missingLine : Line(node), message));

    public void Error(string key, string message) => _diagnostics.Add(Diagnostic.Error(_file, LineOf(key), message));

    public void Warning(string key, string message) => _diagnostics.Add(Diagnostic.Warning(_file, LineOf(key), message));

    /// <summary>The line this mapping starts on (for a list entry, the line of its first key).</summary>
    public int StartLine => _missingLine;

    /// <summary>Reports every key not in <paramref name="known"/>.</summary>
    public void CheckKeys(IReadOnlyCollection<string> known)
    {
        foreach (var (key, _) in _root.Entries)
        {
            var name = key.Value ?? "?";
            if (!known.Contains(name))
            {
                var hint = Spelling.Nearest(name, known);
                if (hint is not null)
                {
                    _misspelled.Add(hint); // "did you mean" already covers the key as missing
                }

                Error(key, $"unknown key \"{name}\"" + (hint is null ? $"; allowed keys: {string.Join(", ", known)}" : $"; did you mean \"{hint}\"?"));
            }
        }
    }

    public YamlNode? Node(string key) =>
        _root[key];

    public string? String(string key, bool required)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode { Value: null or "" } && node is YamlScalarNode { Style: not ScalarStyle.DoubleQuoted and not ScalarStyle.SingleQuoted })
        {
            if (required && !_misspelled.Contains(key))
            {
                Error(node, $"required key \"{key}\" is missing or empty; add `{key}: ...`");
            }

            return null;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"\"{key}\" must be text, not a list or mapping");
            return null;
        }

        var value = scalar.Value ?? "";
        if (UnsafeText.Find(value) is >= 0 and var bad)
        {
            Error(node, UnsafeText.Message(value, bad, $"\"{key}\""));
            return null;
        }

        if (required && value.Trim().Length == 0)
        {
            Error(node, $"\"{key}\" must not be empty");
            return null;
        }

        return value;
    }

    public DateOnly? Date(string key)
    {
        var raw = String(key, required: true);
        if (raw is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Node(key), $"\"{key}\" must be a date written yyyy-mm-dd, not \"{raw}\"");
        return null;
    }

    public bool Bool(string key, bool fallback)
    {
        var raw = String(key, required: false);
        return raw switch
        {
            null => fallback,
            "true" => true,
            "false" => false,
            _ => Fail(),
        };

        bool Fail()
        {
            Error(Node(key), $"\"{key}\" must be true or false, not \"{raw}\"");
            return fallback;
        }
    }

    public int? Int(string key, bool required)
    {
        var raw = String(key, required);
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Node(key), $"\"{key}\" must be a whole number, not \"{raw}\"");
        return null;
    }

    /// <summary>A decimal number written with digits and an optional point (100, 1.7); the text is kept exactly, no float rounding.</summary>
    public decimal? Decimal(string key, bool required)
    {
        var raw = String(key, required);
        if (raw is null)
        {
            return null;
        }

        if (decimal.TryParse(raw.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Node(key), $"\"{key}\" must be a number, not \"{raw}\"");
        return null;
    }

    public IReadOnlyList<string> StringList(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode { Value: null or "" }:
                return [];
            case YamlSequenceNode sequence:
                var result = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { Length: > 0 } value })
                    {
                        result.Add(value);
                    }
                    else
                    {
                        Error(item, $"every item of \"{key}\" must be text");
                    }
                }

                return result;
            default:
                Error(node, $"\"{key}\" must be a list, e.g. `{key}: [a, b]`");
                return [];
        }
    }

    /// <summary>The items of a list of mappings, each as its own document (same file, same line numbers).</summary>
    public IReadOnlyList<YamlDocument> MappingList(string key)
    {
        var node = Node(key);
        if (node is null || node is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"\"{key}\" must be a list of entries, each starting with `- `");
            return [];
        }

        var result = new List<YamlDocument>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode map)
            {
                result.Add(new YamlDocument(map, _file, _lineOffset, _diagnostics, nested: true));
            }
            else
            {
                Error(item, $"every item of \"{key}\" must be a mapping of `key: value` lines");
            }
        }

        return result;
    }

    public YamlDocument? Mapping(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return new YamlDocument(map, _file, _lineOffset, _diagnostics, nested: true);
        }

        Error(node, $"\"{key}\" must be a mapping of `key: value` lines");
        return null;
    }

    /// <summary>
    /// Text in both languages, <c>key: { zh: …, en: … }</c>; null (after an error saying <paramref name="what"/> needs
    /// both) when either is missing or empty.
    /// </summary>
    public Bilingual? Bilingual(string key, string what)
    {
        var map = Mapping(key);
        map?.CheckKeys(["zh", "en"]);
        var (zh, en) = (map?.String("zh", required: false)?.Trim() ?? "", map?.String("en", required: false)?.Trim() ?? "");
        if (zh.Length > 0 && en.Length > 0)
        {
            return new Bilingual(zh, en);
        }

        Error(key, $"{what} needs both zh: and en:");
        return null;
    }

    /// <summary>A list of text, each item trimmed, empty items left out.</summary>
    public IReadOnlyList<string> TrimmedList(string key) => [.. StringList(key).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>The keys of this mapping, in file order.</summary>
    public IEnumerable<string> Keys() => _root.Entries.Select(e => e.Key.Value ?? "");
}
