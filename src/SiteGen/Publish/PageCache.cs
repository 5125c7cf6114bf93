using System.Collections.Concurrent;
using SiteGen.Render;

namespace SiteGen.Publish;

/// <summary>
/// Preview's memory of the pages (and feeds) the previous build made: for each URL, what the page was made from and
/// the files it wrote. A render is a pure function of the page and the theme, so a page whose inputs are the same
/// instances as last time (<see cref="PageKind.Inputs"/>), or, where its kind cannot name them, whose head and model are
/// equal (<see cref="ViewEquality"/>), would write the same bytes: its files are kept and it is not rendered again. Valid only
/// while nothing every page reads changed (site.yml, data/, the theme, the options): the caller starts a new cache then.
/// </summary>
internal sealed class PageCache
{
    private sealed record Entry(object?[]? Inputs, object? View, string[] Files);

    private readonly IReadOnlyDictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _made = new(StringComparer.Ordinal);

    public PageCache()
        : this(new Dictionary<string, Entry>())
    {
    }

    private PageCache(IReadOnlyDictionary<string, Entry> previous) => _previous = previous;

    /// <summary>The files of the page at <paramref name="url"/> when it was made from these same inputs last time; null when it must be made.</summary>
    public string[]? Unchanged(string url, object?[] inputs) =>
        _previous.TryGetValue(url, out var last) && last.Inputs is { } before && Same(before, inputs) ? Carry(url, last) : null;

    /// <summary>
    /// The files of the page at <paramref name="url"/> when what it shows (<paramref name="view"/>: its head and its
    /// model) equals last time's; null when it must be rendered.
    /// </summary>
    public string[]? UnchangedView(string url, object view) =>
        _previous.TryGetValue(url, out var last) && last.Inputs is null && ViewEquality.Equal(last.View, view) ? Carry(url, last) : null;

    /// <summary>Remembers a page made in this build, by its inputs when its kind names them, else by what it shows.</summary>
    public void Made(string url, object?[]? inputs, object? view, string[] files) =>
        _made[url] = new Entry(inputs, inputs is null ? view : null, files);

    /// <summary>The cache for the next build: what this one made or kept.</summary>
    public PageCache Next() => new(_made);

    private string[] Carry(string url, Entry last)
    {
        _made[url] = last;
        return last.Files;
    }

    /// <summary>The same values in the same order: objects by instance, numbers by value.</summary>
    private static bool Same(object?[] a, object?[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!ReferenceEquals(a[i], b[i]) && !(a[i] is ValueType && a[i]!.Equals(b[i])))
            {
                return false;
            }
        }

        return true;
    }
}
