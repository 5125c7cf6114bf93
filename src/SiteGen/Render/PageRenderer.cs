using Scriban;
using Scriban.Runtime;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Renders pages with the theme: the page's layout first, then <c>baseof</c> around it. Each page is
/// a pure function of (page, theme), so pages render in parallel and come back in a stable order.
/// </summary>
internal sealed class PageRenderer(Theme theme)
{
    public const string BaseLayout = "baseof";
    private const int MinLoopLimit = 10_000;

    /// <summary>Scriban's built-in functions, built once and only read afterwards (a context would otherwise build its own).</summary>
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();

    public (IReadOnlyList<RenderedPage> Pages, IReadOnlyList<Diagnostic> Diagnostics) RenderAll(IReadOnlyList<Page> pages)
    {
        var results = new RenderedPage?[pages.Count];
        var errors = new Diagnostic?[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            try
            {
                results[i] = new RenderedPage(pages[i], Render(pages[i]));
            }
            catch (Scriban.Syntax.ScriptRuntimeException ex)
            {
                errors[i] = Diagnostic.Error(ex.Span.FileName ?? "theme", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (rendering {pages[i].Url})");
            }
        });
        var diagnostics = errors.Where(e => e is not null).Select(e => e!).DistinctBy(e => (e.File, e.Line)).ToList();
        return (results.Where(r => r is not null).Select(r => r!).ToList(), diagnostics);
    }

    public string Render(Page page)
    {
        var globals = new ScriptObject
        {
            ["site"] = page.Site,
            ["page"] = page.Head,
            ["model"] = page.Model,
            ["t"] = theme.Strings[page.Lang],
            ["fmt"] = FormatFunctions(page.Lang),
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

    /// <summary>The number and date formatter, bound to the page's language: <c>fmt.money 1e10 "CNY"</c>, <c>fmt.count 17000</c>.</summary>
    private static ScriptObject FormatFunctions(string lang)
    {
        var fmt = new ScriptObject();
        fmt.Import("money", new Func<decimal, string, string>((amount, currency) => Formats.Money(amount, currency, lang)));
        fmt.Import("count", new Func<decimal, string>(value => Formats.Count(value, lang)));
        fmt.Import("percent", new Func<decimal, string>(Formats.Percent));
        return fmt;
    }

    /// <summary>A loop limit that fits the page's largest content (every table cell and list item, with room to spare), so a runaway template still stops.</summary>
    internal static int LoopLimit(Page page)
    {
        static int Cells(IEnumerable<Table> tables) => tables.Sum(t => (t.Rows.Count + 2) * (t.Columns.Count + 1));
        var items = page.Model switch
        {
            SummaryView s => Cells(s.Tables),
            DistrictView d => Cells(d.Tables) + d.Articles.Count,
            ArticleView a => Cells(a.Tables) + a.Related.Count,
            ArticlesView l => l.Articles.Count,
            HomeView h => h.Latest.Count + h.Districts.Count + h.Stats.Count,
            NotFoundView n => n.Latest.Count + n.Districts.Count,
            _ => 0,
        };
        return Math.Max(MinLoopLimit, 4 * items);
    }

    private string RenderTemplate(Template template, ScriptObject globals, int loopLimit)
    {
        var context = new TemplateContext(Builtins)
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
        return template.Render(context);
    }
}
