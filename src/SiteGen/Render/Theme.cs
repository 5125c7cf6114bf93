using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// theme/: every layout and partial parsed once at start (all parse errors reported together),
/// the UI strings of both languages (one key set), and the asset folder.
/// </summary>
internal sealed partial class Theme
{
    public const string LayoutExtension = ".sbn-html";

    private Theme(string root, IReadOnlyDictionary<string, Template> layouts, IReadOnlyDictionary<string, Template> partials,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> strings)
    {
        Root = root;
        Layouts = layouts;
        Partials = partials;
        Strings = strings;
    }

    public string Root { get; }

    public string AssetsDir => Path.Combine(Root, "assets");

    public IReadOnlyDictionary<string, Template> Layouts { get; }

    /// <summary>Parsed partials, keyed by the name used in <c>include "name"</c>.</summary>
    public IReadOnlyDictionary<string, Template> Partials { get; }

    /// <summary>UI strings per language.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings { get; }

    public static Theme? Load(string themeDir, IReadOnlyList<string> requiredLayouts, List<Diagnostic> diagnostics)
    {
        var layoutsDir = Path.Combine(themeDir, "layouts");
        if (!Directory.Exists(layoutsDir))
        {
            diagnostics.Add(Diagnostic.Error(Paths.Display(layoutsDir), 0, "theme has no layouts/ folder; pass --theme pointing at the theme (default ./theme)"));
            return null;
        }

        var before = diagnostics.Count;
        var texts = new List<(string File, string Text)>();
        var layouts = ParseAll(layoutsDir, recursive: false, themeDir, texts, diagnostics);
        var partials = ParseAll(Path.Combine(layoutsDir, "partials"), recursive: true, themeDir, texts, diagnostics);
        foreach (var name in requiredLayouts.Where(n => !layouts.ContainsKey(n) && !File.Exists(Path.Combine(layoutsDir, n + LayoutExtension))))
        {
            diagnostics.Add(Diagnostic.Error(Paths.Display(Path.Combine(layoutsDir, name + LayoutExtension)), 0, $"layout \"{name}\" is missing from the theme; every page kind needs one"));
        }

        var strings = LoadStrings(themeDir, diagnostics);
        CheckStringReferences(texts, strings, diagnostics);
        return diagnostics.Skip(before).Any(d => d.Severity == Severity.Error) ? null : new Theme(themeDir, layouts, partials, strings);
    }

    /// <summary>Parses the templates of <paramref name="dir"/>; each one's text is added to <paramref name="texts"/>.</summary>
    private static Dictionary<string, Template> ParseAll(string dir, bool recursive, string themeDir, List<(string File, string Text)> texts, List<Diagnostic> diagnostics)
    {
        var result = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var file in InputFiles.List(dir, "*" + LayoutExtension, recursive, themeDir, diagnostics))
        {
            var display = Paths.Display(file);
            var (text, error) = TextFile.Read(file, display);
            if (text is null)
            {
                diagnostics.Add(error!);
                continue;
            }

            texts.Add((file, text));

            var template = Template.Parse(text, display);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    diagnostics.Add(Diagnostic.Error(display, message.Span.Start.Line + 1, message.Message));
                }

                continue;
            }

            var name = Path.GetRelativePath(dir, file).Replace('\\', '/')[..^LayoutExtension.Length];
            result[name] = template;
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> LoadStrings(string themeDir, List<Diagnostic> diagnostics)
    {
        var dir = Path.Combine(themeDir, "i18n");
        var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var lang in SiteLanguages)
        {
            var file = Path.Combine(dir, lang + ".yml");
            var display = Paths.Display(file);
            var (text, error) = TextFile.Read(file, display, themeDir);
            if (text is null)
            {
                diagnostics.Add(File.Exists(file) || Directory.Exists(file) ? error! : error! with { Message = $"UI strings for \"{lang}\" are missing: {error.Message}" });
                continue;
            }

            var doc = YamlDocument.Parse(text, display, 0, diagnostics);
            if (doc is null)
            {
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            var keyLines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var key in doc.Keys())
            {
                var value = doc.String(key, required: true);
                if (value is not null)
                {
                    map[key] = value;
                    keyLines[key] = doc.LineOf(key);
                }
            }

            result[lang] = map;
            lines[lang] = keyLines;
        }

        if (result.Count == SiteLanguages.Length)
        {
            foreach (var lang in SiteLanguages)
            {
                var other = Lang.Find(lang)!.Value.Other.Code;
                foreach (var key in result[other].Keys.Where(k => !result[lang].ContainsKey(k)).Order(StringComparer.Ordinal))
                {
                    diagnostics.Add(Diagnostic.Error(Paths.Display(Path.Combine(dir, lang + ".yml")), 0,
                        $"UI string \"{key}\" is missing in language \"{lang}\" (it is in {other}.yml line {lines[other][key]}); add it"));
                }
            }
        }

        foreach (var (lang, map) in result)
        {
            foreach (var key in SearchPage.Strings.Select(s => s.String).Where(k => !map.ContainsKey(k)))
            {
                diagnostics.Add(Diagnostic.Error(Paths.Display(Path.Combine(dir, lang + ".yml")), 0, $"UI string \"{key}\" is missing; the search page needs it: add it"));
            }
        }

        StringPlaceholders.Check(dir, result, lines, diagnostics);
        return result;
    }

    /// <summary>Every <c>t.key</c> a template uses must exist in every language.</summary>
    private static void CheckStringReferences(List<(string File, string Text)> templates, Dictionary<string, IReadOnlyDictionary<string, string>> strings, List<Diagnostic> diagnostics)
    {
        foreach (var (file, text) in templates)
        {
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (System.Text.RegularExpressions.Match m in StringReference().Matches(lines[i]))
                {
                    foreach (var (lang, map) in strings.Where(s => !s.Value.ContainsKey(m.Groups[1].Value)))
                    {
                        diagnostics.Add(Diagnostic.Error(Paths.Display(file), i + 1, $"UI string \"{m.Groups[1].Value}\" is missing in language \"{lang}\"; add it to theme/i18n/{lang}.yml"));
                    }
                }
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bt\.([a-z0-9_]+)")]
    private static partial System.Text.RegularExpressions.Regex StringReference();

    private static readonly string[] SiteLanguages = [.. Lang.All.Select(l => l.Code)];

}

/// <summary>Lets <c>include "name"</c> load only the theme's parsed partials.</summary>
internal sealed class PartialLoader(IReadOnlyDictionary<string, Template> partials) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!partials.ContainsKey(templateName))
        {
            throw new ScriptRuntimeException(callerSpan, $"partial \"{templateName}\" does not exist in theme/layouts/partials/");
        }

        return templateName;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"partial \"{templatePath}\" was not pre-parsed");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
