using SiteGen.Core;
using SiteGen.Render;

namespace SiteGen.Publish;

/// <summary>
/// Makes, renders and writes every page, in parallel: each page is made from its recipe in its turn, rendered, handed
/// to the sink with the downloads of its tables, and let go. With a <see cref="PageCache"/> (preview), a page the cache
/// finds unchanged keeps the files the previous build wrote. Errors come back in page order, one per template line.
/// </summary>
internal static class PageWriter
{
    public static IReadOnlyList<Diagnostic> WriteAll(IReadOnlyList<PageRecipe> recipes, PageRenderer renderer, OutputSink sink, Urls urls, PageCache? cache)
    {
        var errors = new Diagnostic?[recipes.Count];
        Parallel.For(0, recipes.Count, i => errors[i] = Write(recipes[i], renderer, sink, urls, cache));
        return [.. errors.OfType<Diagnostic>().DistinctBy(e => (e.File, e.Line))];
    }

    private static Diagnostic? Write(PageRecipe recipe, PageRenderer renderer, OutputSink sink, Urls urls, PageCache? cache)
    {
        Page page;
        object?[]? inputs;
        try
        {
            inputs = cache is null ? null : recipe.Kind.Inputs(recipe);
            if (inputs is not null && cache!.Unchanged(recipe.Url, inputs) is { } kept)
            {
                Array.ForEach(kept, sink.Keep);
                return null;
            }

            page = recipe.Kind.Make(recipe);
        }
        catch (InputChangedException ex)
        {
            return ex.Diagnostic; // an article's file changed since the build read it (its body is read again now)
        }
        catch (DiagnosticException ex)
        {
            return ex.Diagnostics[0]; // a UI string the page needs is missing from the theme
        }

        // Without inputs, what the page shows is compared: its head (title, alternates, structured data) and its model.
        object?[] shown = [page.Head, page.Model];
        if (inputs is null && cache?.UnchangedView(recipe.Url, shown) is { } same)
        {
            Array.ForEach(same, sink.Keep);
            return null;
        }

        string html;
        try
        {
            html = renderer.Render(page);
        }
        catch (Scriban.Syntax.ScriptRuntimeException ex)
        {
            return PageRenderer.Error(ex, page);
        }

        var path = Urls.OutputPath(recipe.Url);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(AtomicFile.Utf8NoBom.GetMaxByteCount(html.Length));
        try
        {
            sink.Write(path, buffer.AsSpan(0, AtomicFile.Utf8NoBom.GetBytes(html, buffer)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }

        var files = new List<string> { path };
        foreach (var table in DataExports.Tables(page.Model))
        {
            foreach (var file in DataExports.Files(page.Lang, table, urls))
            {
                sink.Write(file);
                files.Add(file.Path);
            }
        }

        cache?.Made(recipe.Url, inputs, shown, [.. files]);
        return null;
    }
}
