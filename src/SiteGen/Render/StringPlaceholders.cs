using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// The {placeholders} of theme/i18n strings: each must be one the build fills in, and a string must
/// use the same ones in every language, so a typo ({cnt}) fails the build instead of being printed.
/// </summary>
internal static partial class StringPlaceholders
{
    /// <summary>What the build replaces: {count} (PageFactory), {district} (PageFactory, SummaryTables), {shown} and {total} (partials/table).</summary>
    public static readonly string[] Known = ["count", "district", "shown", "total"];

    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex Placeholder();

    public static void Check(string dir, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings,
        IReadOnlyDictionary<string, Dictionary<string, int>> lines, List<Diagnostic> diagnostics)
    {
        foreach (var (lang, map) in strings.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var file = Paths.Display(Path.Combine(dir, lang + ".yml"));
            foreach (var (key, text) in map.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                var line = lines.TryGetValue(lang, out var l) && l.TryGetValue(key, out var n) ? n : 0;
                foreach (var name in Names(text).Where(p => !Known.Contains(p)))
                {
                    diagnostics.Add(Diagnostic.Error(file, line,
                        $"UI string \"{key}\" uses {{{name}}}, which the build never fills in; use one of {string.Join(", ", Known.Select(k => "{" + k + "}"))} or write the text without braces"));
                }

                foreach (var (other, otherMap) in strings.Where(s => s.Key != lang && Names(text).All(Known.Contains)))
                {
                    if (otherMap.TryGetValue(key, out var otherText))
                    {
                        foreach (var name in Names(otherText).Where(p => Known.Contains(p) && !Names(text).Contains(p)))
                        {
                            diagnostics.Add(Diagnostic.Error(file, line,
                                $"UI string \"{key}\" lacks {{{name}}}, which the {other} string has; every language must use the same placeholders"));
                        }
                    }
                }
            }
        }
    }

    private static HashSet<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
}
