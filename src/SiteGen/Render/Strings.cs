using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>The theme's UI strings (theme/i18n) as pages use them: looked up, filled in, counted.</summary>
internal sealed class Strings(Theme theme)
{
    /// <summary>The UI string <paramref name="key"/> in <paramref name="lang"/>; a missing one is an error naming the theme's file.</summary>
    public string T(Lang lang, string key) =>
        theme.Strings[lang].TryGetValue(key, out var value) ? value
        : throw new DiagnosticException([Diagnostic.Error(Paths.Display(Path.Combine(theme.Root, "i18n", lang.Code + ".yml")), 0,
            $"UI string \"{key}\" is missing; SiteGen's pages need it: add it (the repo's theme/i18n/{lang.Code}.yml has every key)")]);

    /// <summary>Whether the theme has the UI string (a page may word something its own way where it does).</summary>
    public bool Has(Lang lang, string key) => theme.Strings[lang].ContainsKey(key);

    /// <summary>The string with each <c>{name}</c> replaced by its value.</summary>
    public string Fill(Lang lang, string key, params (string Name, string Value)[] values) => Fill(T(lang, key), values);

    public static string Fill(string text, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>"1 article" / "12 articles": the <c>key_one</c> string for one, <c>key</c> otherwise, with <c>{count}</c> filled.</summary>
    public string Count(Lang lang, string key, int count) =>
        Fill(lang, count == 1 ? key + "_one" : key, ("count", Formats.Count(count, lang)));
}
