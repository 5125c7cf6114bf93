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
    private readonly PartialMemo _memo = new(theme.Partials);

    /// <summary>
    /// True when <c>baseof</c> only writes <c>{{ content }}</c> out as it is (the usual case): the layout's
    /// text is then copied from its buffer into the page's, without making a string of it for each page.
    /// </summary>
    private readonly bool _contentOnlyWritten = theme.Layouts.TryGetValue(BaseLayout, out var baseof) && baseof.Page is { } root && OnlyWritten(root, "content");

    /// <summary>True when every read of the global <paramref name="name"/> is a statement of its own (<c>{{ name }}</c>).</summary>
    internal static bool OnlyWritten(Scriban.Syntax.ScriptNode node, string name)
    {
        if (node is Scriban.Syntax.ScriptMemberExpression member)
        {
            return member.Target is null || OnlyWritten(member.Target, name);
        }

        if (node is Scriban.Syntax.ScriptVariable variable && variable.Name == name)
        {
            return variable is Scriban.Syntax.ScriptVariableGlobal && variable.Parent is Scriban.Syntax.ScriptExpressionStatement;
        }

        foreach (var child in node.Children)
        {
            if (child is not null && !OnlyWritten(child, name))
            {
                return false;
            }
        }

        return true;
    }

    public const string BaseLayout = "baseof";
    private const int MinLoopLimit = 10_000;

    /// <summary>Scriban's built-in functions, built once and only read afterwards (a context would otherwise build its own).</summary>
    private static readonly ScriptObject Builtins = WithInlineInclude(TemplateContext.GetDefaultBuiltinObject());

    private static ScriptObject WithInlineInclude(ScriptObject builtins)
    {
        builtins.SetValue("include", new InlineInclude((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        if (builtins["html"] is ScriptObject html && html["escape"] is IScriptCustomFunction escape)
        {
            html.Remove("escape");
            html.SetValue("escape", new HtmlEscape(escape), readOnly: true);
        }

        return builtins;
    }

    /// <summary>
    /// Renders the pages in parallel and hands each result, as UTF-8 bytes, to <paramref name="write"/> as
    /// soon as it is made: no more than a page per thread is held, and the buffers are reused from page to
    /// page (the span is only valid during the call). Pages whose model is finished in their render turn
    /// (<see cref="Page.Deferred"/>) are completed a few at a time, just before they render, and dropped after
    /// their write. Errors come back in page order, one per template line.
    /// </summary>
    /// <param name="order">The order to render in (indexes into <paramref name="pages"/>); the list's own when null.</param>
    /// <param name="oneThread">
    /// How many pages at the start of the order render one after another on one thread: huge site-wide pages (every
    /// article's card), whose text grows the rendering thread's buffers to their size for good.
    /// </param>
    public IReadOnlyList<Diagnostic> RenderEach(IReadOnlyList<Page> pages, PageWriter write, IReadOnlyList<int>? order = null, int oneThread = 0)
    {
        var errors = new Diagnostic?[pages.Count];
        var first = oneThread > 0 ? 1 : 0;
        var chunks = first + (pages.Count - oneThread + FinishedTogether - 1) / FinishedTogether;
        Parallel.For(0, chunks, () => new Page?[FinishedTogether], (chunk, _, finished) =>
        {
            var (from, to) = chunk < first ? (0, oneThread) : (oneThread + (chunk - first) * FinishedTogether, Math.Min(pages.Count, oneThread + (chunk - first + 1) * FinishedTogether));
            for (var start = from; start < to; start += FinishedTogether)
            {
                // A few models are completed first, then their pages rendered: making bodies and rendering pages
                // in turn, page by page, cost 6-8% more CPU than each in a run of its own.
                var count = Math.Min(FinishedTogether, to - start);
                for (var k = 0; k < count; k++)
                {
                    var i = order?[start + k] ?? start + k;
                    try
                    {
                        finished[k] = pages[i].Complete();
                    }
                    catch (InputChangedException ex)
                    {
                        // An article's file changed since the build read it (its body is read again now): the build fails.
                        errors[i] = ex.Diagnostic;
                    }
                    catch (DiagnosticException ex)
                    {
                        // A UI string the page needs is missing from the theme.
                        errors[i] = ex.Diagnostics[0];
                    }
                }

                for (var k = 0; k < count; k++)
                {
                    var i = order?[start + k] ?? start + k;
                    if (finished[k] is not { } page)
                    {
                        continue;
                    }

                    finished[k] = null;
                    try
                    {
                        var buffers = Buffers.Value!;
                        RenderInto(page, buffers);
                        write(pages[i], buffers.Utf8());
                    }
                    catch (Scriban.Syntax.ScriptRuntimeException ex)
                    {
                        errors[i] = Diagnostic.Error(ex.Span.FileName ?? "theme", ex.Span.Start.Line + 1, $"{ex.OriginalMessage} (rendering {pages[i].Url})");
                    }
                }
            }

            if (chunk < first)
            {
                // The huge pages grew this thread's buffers to their size (at 100,000 articles, about 80 MB of text
                // chunks and a 66 MB UTF-8 array): the pages it renders next are small.
                Buffers.Value = new PageBuffers();
            }

            return finished;
        }, _ => { });
        return errors.Where(e => e is not null).Select(e => e!).DistinctBy(e => (e.File, e.Line)).ToList();
    }

    public delegate void PageWriter(Page page, ReadOnlySpan<byte> utf8);

    /// <summary>
    /// How many pages are completed together before they render: few enough that their bodies die young
    /// (a thousand at a time were promoted to the old generation and raised the peak), enough to keep the CPU's caches on one task.
    /// </summary>
    private const int FinishedTogether = 32;

    /// <summary>The page's HTML as a string (tests and tools; a build uses <see cref="RenderEach"/>).</summary>
    public string Render(Page page)
    {
        var buffers = new PageBuffers();
        RenderInto(page.Complete(), buffers);
        return buffers.Page.ToString();
    }

    /// <summary>Renders the layout into one reused buffer, then <c>baseof</c> around it into the other.</summary>
    private void RenderInto(Page page, PageBuffers buffers)
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
        if (page.Layout == "chooser")
        {
            RenderTemplate(theme.Layouts[page.Layout], globals, limit, buffers.Page);
            return;
        }

        RenderTemplate(theme.Layouts[page.Layout], globals, limit, buffers.Layout);
        globals["content"] = _contentOnlyWritten ? new LayoutText(buffers.Layout) : buffers.Layout.ToString();
        RenderTemplate(theme.Layouts[BaseLayout], globals, limit, buffers.Page);
    }

    /// <summary>Each rendering thread's two text buffers and its UTF-8 buffer, grown to the largest page and kept (but not after the huge pages; see <see cref="RenderEach"/>).</summary>
    private static readonly ThreadLocal<PageBuffers> Buffers = new(() => new PageBuffers());

    /// <summary>The formatters of each language, built once (importing delegates is reflection) and only read afterwards.</summary>
    private static readonly Dictionary<string, ScriptObject> FormatsByLanguage =
        Urls.Languages.ToDictionary(l => l, FormatFunctions, StringComparer.Ordinal);

    /// <summary>The number and date formatter, bound to the page's language: <c>fmt.money 1e10 "CNY"</c>, <c>fmt.count 17000</c>.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026",
        Justification = "Scriban reflects over these lambdas' parameters; they are SiteGen's own methods, and SiteGen and Scriban are trimmer roots.")]
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

    private void RenderTemplate(Template template, ScriptObject globals, int loopLimit, TextBuffer output)
    {
        // Contexts are reused from page to page (a new one allocates a few dozen stacks and tables, and
        // learns its member accessors again). A page's variables live in its own globals object, which is
        // popped afterwards; a context whose render failed is dropped, not reused.
        var context = _contexts.TryTake(out var reused) ? reused : NewContext();
        context.Begin(loopLimit);
        context.PushGlobal(globals);
        output.Clear();
        context.PushOutput(output);

        // What Template.Render does, without turning the output into a string and clearing it: the
        // page is written straight from the reused buffer (the output is the same text).
        Evaluate(context, template);
        context.PopOutput();
        context.PopGlobal();
        _contexts.Add(context);
    }

    private readonly System.Collections.Concurrent.ConcurrentBag<SharedAccessorContext> _contexts = [];

    private SharedAccessorContext NewContext()
    {
        var context = new SharedAccessorContext(Builtins, _memo)
        {
            StrictVariables = true,
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

        return context;
    }

    /// <summary>Evaluates a parsed template into the context's current output, as Scriban's Template.Render does before it makes its string.</summary>
    internal static void Evaluate(TemplateContext context, Template template)
    {
        var file = template.SourceFilePath;
        if (file is not null)
        {
            context.PushSourceFile(file);
        }

        try
        {
            if (template.Page is { } root && context.Evaluate(root) is { } result && context.EnableOutput)
            {
                context.Write(root.Span, result);
            }
        }
        finally
        {
            if (file is not null)
            {
                context.PopSourceFile();
            }
        }
    }
}

/// <summary>
/// A template output that appends into fixed-size chunks of chars, reused from page to page (a Scriban
/// <c>StringBuilderOutput</c> copies its text once more when it is cleared, and a new one grows from 16 chars).
/// Chunks, not one array grown by doubling: the whole-site article list at 100,000 articles is 40 million
/// characters, which one array held as 128 MB in the large-object heap plus 128 MB of the arrays it outgrew.
/// </summary>
internal sealed class TextBuffer : IScriptOutput
{
    /// <summary>64 KB: under the size at which an array goes to the large-object heap.</summary>
    private const int ChunkChars = 32 * 1024;

    private readonly List<char[]> _chunks = [new char[ChunkChars]];

    /// <summary>The chunk being written and how much of it is used; the ones before it are full.</summary>
    private int _chunk;
    private int _used;

    /// <summary>
    /// Another buffer's text that stands at <see cref="_splicedAt"/> without being copied in: the layout's text in
    /// baseof's output (the article list of 100,000 articles is 100 MB of text; a copy would double it).
    /// </summary>
    private TextBuffer? _spliced;
    private int _splicedAt;
    private int _splicedLength;

    /// <summary>How many characters were written into this buffer (not counting a spliced text; see <see cref="Segments"/>).</summary>
    public int Length => (_chunk * ChunkChars) + _used;

    /// <summary>A character written into this buffer.</summary>
    public char this[int index] => _chunks[index / ChunkChars][index % ChunkChars];

    /// <summary>True when another buffer's text stands in this one (<see cref="Splice"/>): <see cref="Length"/> is then not all of it.</summary>
    public bool Spliced => _spliced is not null;

    public void Clear()
    {
        (_chunk, _used) = (0, 0);
        _spliced = null;
    }

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (_used == ChunkChars)
            {
                (_chunk, _used) = (_chunk + 1, 0);
                if (_chunk == _chunks.Count)
                {
                    _chunks.Add(new char[ChunkChars]);
                }
            }

            var count = Math.Min(text.Length, ChunkChars - _used);
            text[..count].CopyTo(_chunks[_chunk].AsSpan(_used));
            _used += count;
            text = text[count..];
        }
    }

    /// <summary>Appends the first <paramref name="count"/> characters written into <paramref name="other"/>.</summary>
    public void Append(TextBuffer other, int count)
    {
        foreach (var segment in other.Own(0, count))
        {
            Append(segment.Span);
        }
    }

    /// <summary>
    /// Makes the first <paramref name="count"/> chars of <paramref name="other"/> this buffer's next text without
    /// copying them; <paramref name="other"/> must not change until this buffer is read. A second splice is copied.
    /// </summary>
    public void Splice(TextBuffer other, int count)
    {
        if (_spliced is not null)
        {
            Append(other, count);
            return;
        }

        (_spliced, _splicedAt, _splicedLength) = (other, Length, count);
    }

    /// <summary>The whole text in order, in pieces: what was written before the splice, the spliced text, what was written after.</summary>
    public IEnumerable<ReadOnlyMemory<char>> Segments()
    {
        if (_spliced is null)
        {
            return Own(0, Length);
        }

        return Own(0, _splicedAt).Concat(_spliced.Own(0, _splicedLength)).Concat(Own(_splicedAt, Length));
    }

    /// <summary>The characters written into this buffer from <paramref name="from"/> to <paramref name="to"/>, chunk by chunk.</summary>
    private IEnumerable<ReadOnlyMemory<char>> Own(int from, int to)
    {
        for (var at = from; at < to;)
        {
            var (chunk, offset) = (at / ChunkChars, at % ChunkChars);
            var count = Math.Min(ChunkChars - offset, to - at);
            yield return _chunks[chunk].AsMemory(offset, count);
            at += count;
        }
    }

    public override string ToString()
    {
        var text = new System.Text.StringBuilder(Length + _splicedLength);
        foreach (var segment in Segments())
        {
            text.Append(segment.Span);
        }

        return text.ToString();
    }

    /// <summary>The characters written into this buffer from <paramref name="from"/> on, as a string (a remembered partial's output: mostly within one chunk).</summary>
    public string ToString(int from)
    {
        if (from / ChunkChars == _chunk)
        {
            return new string(_chunks[_chunk].AsSpan(from % ChunkChars, _used - (from % ChunkChars)));
        }

        var text = new System.Text.StringBuilder(Length - from);
        foreach (var segment in Own(from, Length))
        {
            text.Append(segment.Span);
        }

        return text.ToString();
    }
}

/// <summary>The layout's rendered text as <c>baseof</c>'s <c>content</c>: written into the page from its buffer.</summary>
internal sealed class LayoutText(TextBuffer buffer)
{
    public TextBuffer Buffer => buffer;

    public override string ToString() => buffer.ToString();
}

/// <summary>A rendering thread's buffers: the layout's output, the whole page, and the page as UTF-8.</summary>
internal sealed class PageBuffers
{
    private byte[] _utf8 = new byte[64 * 1024];

    public TextBuffer Layout { get; } = new();

    public TextBuffer Page { get; } = new();

    /// <summary>The page as UTF-8 without a byte-order mark; valid until the next page is rendered on this thread.</summary>
    public ReadOnlySpan<byte> Utf8()
    {
        // Sized to the page's bytes (not the encoder's worst case, 3 bytes a char: a third more than a Chinese page needs).
        var needed = Encode([]);
        if (needed > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(needed, (int)Math.Min(Array.MaxLength, _utf8.Length * 5L / 4))];
        }

        return _utf8.AsSpan(0, Encode(_utf8));
    }

    /// <summary>
    /// Encodes the page's text into <paramref name="into"/>, or only counts its bytes when that is empty. A surrogate
    /// pair cut between two pieces (chunks, splice) is encoded whole, so the bytes are those of the text in one piece.
    /// </summary>
    private int Encode(Span<byte> into)
    {
        var utf8 = AtomicFile.Utf8NoBom;
        var count = into.IsEmpty;
        var total = 0;
        var carried = '\0';
        Span<char> pair = stackalloc char[2];
        foreach (var segment in Page.Segments())
        {
            var text = segment.Span;
            if (text.IsEmpty)
            {
                continue;
            }

            if (carried != '\0')
            {
                (pair[0], pair[1], carried) = (carried, text[0], '\0');
                total += count ? utf8.GetByteCount(pair) : utf8.GetBytes(pair, into[total..]);
                text = text[1..];
            }

            if (!text.IsEmpty && char.IsHighSurrogate(text[^1]))
            {
                carried = text[^1];
                text = text[..^1];
            }

            total += count ? utf8.GetByteCount(text) : utf8.GetBytes(text, into[total..]);
        }

        if (carried != '\0')
        {
            total += count ? utf8.GetByteCount([carried]) : utf8.GetBytes([carried], into[total..]);
        }

        return total;
    }
}

/// <summary>
/// A template context that shares Scriban's member accessors (reflected for view records, generic for
/// lists and dictionaries) between contexts: a new context would otherwise reflect over every type
/// again for every page. An accessor depends only on the type (no member filter or renamer is set),
/// and is read-only once built.
/// </summary>
internal sealed class SharedAccessorContext(ScriptObject builtins, PartialMemo? memo = null) : TemplateContext(builtins)
{
    /// <summary>This build's remembered partial outputs.</summary>
    public PartialMemo? Memo { get; } = memo;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IObjectAccessor> Typed = new();

    /// <summary>Prepares the context for the next template: the page's loop limit, no indent.</summary>
    public void Begin(int loopLimit)
    {
        LoopLimit = loopLimit;
        CurrentIndent = null;
        ResetPreviousNewLine();
    }

    /// <summary>Writes the layout's text (<c>{{ content }}</c>) into the page's buffer directly; everything else as Scriban does.</summary>
    public override TemplateContext Write(Scriban.Parsing.SourceSpan span, object? textAsObject)
    {
        if (textAsObject is LayoutText layout && Output is TextBuffer page && string.IsNullOrEmpty(CurrentIndent) && layout.Buffer.Length > 0)
        {
            // All but the last character spliced in, not copied (an empty indent adds nothing to any line); the last
            // one through Scriban, which notes whether it was a newline.
            var length = layout.Buffer.Length;
            page.Splice(layout.Buffer, length - 1);
            return Write(layout.Buffer[length - 1].ToString());
        }

        return base.Write(span, textAsObject);
    }

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

/// <summary>
/// <c>include "name"</c> that evaluates the theme's parsed partial straight into the caller's output.
/// Scriban's own include renders each partial into a new string buffer, turns it into a string and
/// copies that into the page; on an article page that is a buffer per related card. The text is the
/// same: like Scriban's, the partial gets its own local scope and <c>$</c> arguments. An include that
/// stands indented on its line (its output is indented line by line) and one with arguments are left
/// to Scriban's own. Either way, a pure partial's output is taken from the build's
/// <see cref="PartialMemo"/> when it was made before from the same values.
/// </summary>
internal sealed class InlineInclude(IScriptCustomFunction include) : InsteadOfScribans(include)
{
    public override object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement)
    {
        if (callerContext is null || arguments.Count != 1 || arguments[0] is not string name || !context.CachedTemplates.TryGetValue(name, out var partial))
        {
            return Scribans.Invoke(context, callerContext, arguments, blockStatement);
        }

        PartialMemo.Key? key = null;
        var memo = (context as SharedAccessorContext)?.Memo;
        var remembered = memo?.Find(context, partial, out key);
        if (context.CurrentIndent is not null)
        {
            // Scriban's include returns the text and the caller indents it; a remembered text is that same text.
            if (remembered is not null)
            {
                return remembered;
            }

            var result = Scribans.Invoke(context, callerContext, arguments, blockStatement);
            if (key is not null && result is string text && memo!.Admit(key))
            {
                memo.Remember(key, text);
            }

            return result;
        }

        if (remembered is not null)
        {
            context.Write(remembered);
            return null;
        }

        context.EnterRecursive(callerContext);
        context.PushLocal();
        try
        {
            context.SetValue(Scriban.Syntax.ScriptVariable.Arguments, arguments, true, true);
            if (key is null)
            {
                PageRenderer.Evaluate(context, partial);
            }
            else if (context.Output is TextBuffer output)
            {
                // Evaluated straight into the page (Scriban writes unindented text through as it is), and the text
                // it added is remembered, unless it is too long to be worth keeping (a page's own list of cards, shown once).
                var (start, spliced) = (output.Length, output.Spliced);
                PageRenderer.Evaluate(context, partial);
                if (output.Length - start <= PartialMemo.MaxOutputChars && output.Spliced == spliced && memo!.Admit(key))
                {
                    memo.Remember(key, output.ToString(start));
                }
            }
            else
            {
                var buffer = Spare ?? new TextBuffer();
                Spare = null;
                buffer.Clear();
                context.PushOutput(buffer);
                try
                {
                    PageRenderer.Evaluate(context, partial);
                }
                finally
                {
                    context.PopOutput();
                }

                var text = buffer.ToString();
                Spare = buffer;
                if (memo!.Admit(key))
                {
                    memo.Remember(key, text);
                }

                context.Write(text);
            }
        }
        finally
        {
            context.PopLocal();
            context.ExitRecursive(callerContext);
        }

        return null;
    }

    /// <summary>A rendering thread's buffer for a partial whose output is remembered, while the output is not a page's buffer (a capture).</summary>
    [ThreadStatic]
    private static TextBuffer? Spare;
}

/// <summary>
/// <c>html.escape</c> (every page calls it a few dozen times) calling Scriban's own escaping directly: a
/// string argument goes straight to <see cref="Scriban.Functions.HtmlFunctions.Escape"/>, anything else
/// through Scriban's own function, so the text is the same.
/// </summary>
internal sealed class HtmlEscape(IScriptCustomFunction escape) : InsteadOfScribans(escape)
{
    public override object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
        arguments.Count == 1 && arguments[0] is string text ? Scriban.Functions.HtmlFunctions.Escape(text) : Scribans.Invoke(context, callerContext, arguments, blockStatement);
}

/// <summary>A builtin function that stands in for one of Scriban's: the same signature, and Scriban's for what it does not do itself.</summary>
internal abstract class InsteadOfScribans(IScriptCustomFunction scribans) : IScriptCustomFunction
{
    /// <summary>Scriban's own function, for the calls this one leaves to it.</summary>
    protected IScriptCustomFunction Scribans { get; } = scribans;

    public int RequiredParameterCount => Scribans.RequiredParameterCount;

    public int ParameterCount => Scribans.ParameterCount;

    public ScriptVarParamKind VarParamKind => Scribans.VarParamKind;

    public Type ReturnType => Scribans.ReturnType;

    public ScriptParameterInfo GetParameterInfo(int index) => Scribans.GetParameterInfo(index);

    public abstract object? Invoke(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, Scriban.Syntax.ScriptNode? callerContext, ScriptArray arguments, Scriban.Syntax.ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
