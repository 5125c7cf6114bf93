using Scriban;
using Scriban.Runtime;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Renders pages with the theme: the page's layout first, then <c>baseof</c> around it. Each page is
/// a pure function of (page, theme), so pages render in parallel.
/// </summary>
internal sealed class PageRenderer(Theme theme)
{
    public const string BaseLayout = "baseof";
    private const int MinLoopLimit = 10_000;

    /// <summary>Scriban's built-in functions, built once and only read afterwards (a context would otherwise build its own).</summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    /// <summary>
    /// Renders the pages in parallel and hands each result to <paramref name="write"/> as soon as it is
    /// made, so no more than a page per thread is held. Errors come back in page order, one per template line.
    /// </summary>
    public IReadOnlyList<Diagnostic> RenderEach(IReadOnlyList<Page> pages, Action<Page, string> write)
    {
        var errors = new Diagnostic?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                write(pages[i], Render(pages[i]));
            }
            catch (Scriban.Syntax.ScriptRuntimeException ex)
            {
                errors[i] = Diagnostic.Error(ex.Span.FileName ?? "theme", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (rendering {pages[i].Url})");
            }
        });
        return errors.Where(e => e is not null).Select(e => e!).DistinctBy(e => (e.File, e.Line)).ToList();
    }

    public string Render(Page page)
    {
        var globals = new ScriptObject
        {
            ["site"] = page.Site,
            ["page"] = page.Head,
            ["model"] = page.Model,
            ["t"] = theme.Strings[page.Lang],
            ["fmt"] = FormatsByLanguage[page.Lang],
        };
        var limit = LoopLimit(page);
        var content = RenderTemplate(theme.Layouts[page.Layout], globals, limit);
        if (page.Layout == "chooser")
        {
            return content;
        }

        globals["content"] = content;
        return RenderTemplate(theme.Layouts[BaseLayout], globals, limit);
    }

    /// <summary>The formatters of each language, built once (importing delegates is reflection) and only read afterwards.</summary>
    private static readonly Dictionary<string, ScriptObject> FormatsByLanguage =
        Urls.Languages.ToDictionary(l => l, FormatFunctions, StringComparer.Ordinal);

    /// <summary>The number and date formatter, bound to the page's language: <c>fmt.money 1e10 "CNY"</c>, <c>fmt.count 17000</c>.</summary>
    private static ScriptObject FormatFunctions(string lang)
    {
        var fmt = new ScriptObject();
        fmt.Import("money", new Func<decimal, string, string>((amount, currency) => Formats.Money(amount, currency, lang)));
        fmt.Import("count", new Func<decimal, string>(value => Formats.Count(value, lang)));
        fmt.Import("percent", new Func<decimal, string>(Formats.Percent));
        return fmt;
    }

    /// <summary>
    /// A loop limit that fits the page's largest content (every list item and table cell, with room to
    /// spare), so a runaway template still stops. Counted over the whole model, so new page kinds need no case here.
    /// </summary>
    internal static int LoopLimit(Page page) => Math.Max(MinLoopLimit, 4 * ViewEquality.ListItems(page.Model));

    /// <summary>Room for a typical page, so the output buffer is not regrown and copied several times per page.</summary>
    private const int OutputCapacity = 16 * 1024; // chars: below the large-object heap threshold

    private string RenderTemplate(Template template, ScriptObject globals, int loopLimit)
    {
        var context = new SharedAccessorContext(Builtins)
        {
            StrictVariables = true,
            LoopLimit = loopLimit,
            NewLine = "\n",
            TemplateLoader = new PartialLoader(theme.Partials),
            EnableRelaxedMemberAccess = false,
            LimitToString = 0, // no 1,048,576-character cap: a long page is never cut off mid-page
            OutputLimit = 0,
        };
        foreach (var (name, partial) in theme.Partials)
        {
            context.CachedTemplates[name] = partial;
        }

        context.PushGlobal(globals);
        context.PushOutput(new StringBuilderOutput(new System.Text.StringBuilder(OutputCapacity)));
        return template.Render(context);
    }
}

/// <summary>
/// A template context that shares Scriban's member accessors (reflected for view records, generic for
/// lists and dictionaries) between contexts: a new context would otherwise reflect over every type
/// again for every page. An accessor depends only on the type (no member filter or renamer is set),
/// and is read-only once built.
/// </summary>
internal sealed class SharedAccessorContext(ScriptObject builtins) : TemplateContext(builtins)
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor> Typed = new();

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
