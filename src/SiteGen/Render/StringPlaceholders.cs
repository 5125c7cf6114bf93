using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// The {placeholders} of theme/i18n strings: a string must use the same ones in every language, so a
/// typo in one ({cnt} for {count}) fails the build, naming both files, instead of being printed.
/// </summary>
internal static partial class StringPlaceholders
{
    [GeneratedRegex(@"\{([^{}\s]*)\}")]
    private static partial Regex Placeholder();

    public static void Check(string dir, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings,
        IReadOnlyDictionary<string, Dictionary<string, int>> lines, List<Diagnostic> diagnostics)
    {
        var languages = strings.Keys.OrderBy(k => Lang.Find(k)?.Index ?? 2).ThenBy(k => k, StringComparer.Ordinal).ToList(); // zh, the source, first: the error goes to the other file
        for (var i = 0; i < languages.Count; i++)
        {
            for (var j = i + 1; j < languages.Count; j++)
            {
                var (first, second) = (languages[i], languages[j]);
                foreach (var (key, text) in strings[second].OrderBy(s => s.Key, StringComparer.Ordinal))
                {
                    if (!strings[first].TryGetValue(key, out var other) || Names(text).SetEquals(Names(other)))
                    {
                        continue;
                    }

                    var line = lines.TryGetValue(second, out var l) && l.TryGetValue(key, out var n) ? n : 0;
                    var firstLine = lines.TryGetValue(first, out var fl) && fl.TryGetValue(key, out var m) ? m : 0;
                    diagnostics.Add(Diagnostic.Error(Paths.Display(Path.Combine(dir, second + ".yml")), line,
                        $"UI string \"{key}\" uses {Show(text)} here but {Show(other)} in {first}.yml line {firstLine}; every language must use the same placeholders (a typo is printed as it is)"));
                }
            }
        }
    }

    private static string Show(string text) => Names(text) is { Count: > 0 } names
        ? string.Join(" ", names.Order(StringComparer.Ordinal).Select(n => "{" + n + "}"))
        : "no placeholder";

    private static HashSet<string> Names(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
}
