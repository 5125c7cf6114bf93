using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Renders a page with the theme: its kind's layout, then <c>baseof</c> around it. A render is a pure function of
/// (page, theme), so pages render in parallel. Templates see <c>site</c>, <c>page</c> (the head), <c>model</c>,
/// <c>t</c> (the UI strings), <c>fmt</c> (number formats) and <c>include_cached</c> (<see cref="PartialCache"/>), all in
/// the page's language.
/// </summary>
/// <param name="partialBudget">How many characters of <c>include_cached</c> output to keep per language (0: none).</param>
internal sealed class PageRenderer(Theme theme, long partialBudget = PartialCache.DefaultBudget)
{
    private const int MinLoopLimit = 10_000;

    /// <summary>Scriban's built-in functions, made once and only read afterwards (each context would otherwise make its own).</summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>The number and date formatters of each language, made once (importing delegates is reflection) and only read afterwards.</summary>
    private static readonly Dictionary<string, ScriptObject> FormatsByLanguage = Lang.All.ToDictionary(l => l.Code, FormatFunctions, StringComparer.Ordinal);

    /// <summary>Template contexts to reuse: a new one learns its member accessors again.</summary>
    private readonly ConcurrentBag<TemplateContext> _contexts = [];

    /// <summary>This build's <c>include_cached</c> outputs, per language.</summary>
    private readonly Dictionary<string, PartialCache> _partials = Lang.All.ToDictionary(l => l.Code, _ => new PartialCache(partialBudget), StringComparer.Ordinal);

    /// <summary>The page's HTML.</summary>
    /// <exception cref="Scriban.Syntax.ScriptRuntimeException">A template failed on this page (see <see cref="Error"/>).</exception>
    public string Render(Page page)
    {
        var globals = new ScriptObject
        {
            ["site"] = page.Site,
            ["page"] = page.Head,
            ["model"] = page.Model,
            ["t"] = theme.Strings[page.Lang],
            ["fmt"] = FormatsByLanguage[page.Lang],
            ["include_cached"] = _partials[page.Lang],
        };
        var loopLimit = Math.Max(MinLoopLimit, 4 * ViewEquality.ListItems(page.Model));
        var context = _contexts.TryTake(out var reused) ? reused : NewContext();
        var html = Run(context, theme.Layouts[page.Layout], globals, loopLimit);
        if (page.Recipe.Kind.Framed)
        {
            globals["content"] = html;
            html = Run(context, theme.Layouts[SitePages.BaseLayout], globals, loopLimit);
        }

        _contexts.Add(context); // a context whose render threw is dropped, not reused
        return html;
    }

    /// <summary>A template's failure on a page as an error with the template's file and line.</summary>
    public static Diagnostic Error(Scriban.Syntax.ScriptRuntimeException ex, Page page) =>
        Diagnostic.Error(ex.Span.FileName ?? "theme", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (rendering {page.Url})");

    private static string Run(TemplateContext context, Template template, ScriptObject globals, int loopLimit)
    {
        context.LoopLimit = loopLimit;
        context.CurrentIndent = null;
        context.ResetPreviousNewLine();
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        finally
        {
            context.PopGlobal();
        }
    }

    private TemplateContext NewContext()
    {
        var context = new SharedAccessorContext(Builtins)
        {
            StrictVariables = true,
            NewLine = "\n",
            TemplateLoader = new PartialLoader(theme.Partials),
            EnableRelaxedMemberAccess = false,
            LimitToString = 0, // no 1,048,576-character cap: a long page is never cut off
        };
        foreach (var (name, partial) in theme.Partials)
        {
            context.CachedTemplates[name] = partial;
        }

        return context;
    }

    /// <summary>The number formatter bound to a language: <c>fmt.money 1e10 "CNY"</c>, <c>fmt.count 17000</c>.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Scriban reflects over these lambdas' parameters; they are SiteGen's own methods, and SiteGen and Scriban are trimmer roots.")]
    private static ScriptObject FormatFunctions(Lang lang)
    {
        var fmt = new ScriptObject();
        fmt.Import("money", new Func<decimal, string, string>((amount, currency) => Formats.Money(amount, currency, lang)));
        fmt.Import("count", new Func<decimal, string>(value => Formats.Count(value, lang)));
        fmt.Import("percent", new Func<decimal, string>(Formats.Percent));
        return fmt;
    }
}

/// <summary>
/// A template context that shares Scriban's member accessors (reflected for view records) between contexts: each
/// context would otherwise reflect over every view type again. An accessor depends only on the type (no member
/// filter or renamer is set), and is read-only once made.
/// </summary>
internal sealed class SharedAccessorContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Typed = new();

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (Typed.TryGetValue(type, out var shared))
        {
            return shared;
        }

        var accessor = base.GetMemberAccessorImpl(target);
        if (accessor is not null)
        {
            Typed.TryAdd(type, accessor);
        }

        return accessor;
    }
}
