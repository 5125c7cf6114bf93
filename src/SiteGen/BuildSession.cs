using SiteGen.Content;
using SiteGen.Publish;
using SiteGen.Render;

namespace SiteGen;

/// <summary>
/// What preview keeps between rebuilds so that one edited article costs milliseconds, not a whole
/// build: parsed article files (by size and time stamp), rendered bodies (by their Markdown), the
/// previous build's page models (by URL) and the digests of the files it wrote. A rebuild still
/// reads the whole input and makes every page model; it renders only the pages whose model differs
/// from the previous one (<see cref="ViewEquality"/>) and writes only files whose bytes changed, so
/// its output equals a clean build's. A change under theme/ (or the first build) makes a clean
/// staged build.
/// </summary>
internal sealed class BuildSession
{
    public ContentCache Content { get; } = new();

    public BodyCache Bodies { get; } = new();

    /// <summary>The previous successful build's pages by URL, tables by download path, and written files; null before the first.</summary>
    internal Snapshot? Previous { get; set; }

    internal sealed record Snapshot(
        BuildOptions Options,
        string ThemeStamp,
        string BaseUrl,
        IReadOnlyList<Page> PageList,
        IReadOnlyDictionary<string, Table> Tables,
        IReadOnlyDictionary<string, UInt128> Files,
        int ContentGeneration,
        PageReuse Reuse,
        string? Newest,
        Site.TranslationCoverage Coverage,
        IReadOnlyList<string> SitemapFiles)
    {
        /// <summary>
        /// The previous build's page at a URL. Pages keep their places unless articles were added, removed
        /// or reordered, so the page at the same index is tried first; the index by URL is made only when needed.
        /// </summary>
        public Page? Page(int index, string url)
        {
            if (index < PageList.Count && PageList[index].Url == url)
            {
                return PageList[index];
            }

            var byUrl = LazyInitializer.EnsureInitialized(ref _byUrl, () => PageList.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal));
            return byUrl.GetValueOrDefault(url);
        }

        private Dictionary<string, Page>? _byUrl;
    }

    /// <summary>Files the watcher reported: parsed again whatever their time stamps say.</summary>
    public void Changed(IEnumerable<string> paths) => Content.Forget(paths);

    /// <summary>
    /// Before the first save: a rebuild as if the newest article had been saved unchanged. It writes
    /// nothing (the bytes are the same) but compiles the code an edit runs (parsing, the article's
    /// pages, lists, feeds), so the first real save is as fast as the later ones.
    /// </summary>
    public void WarmUp(BuildOptions options)
    {
        if (Previous?.Newest is { } newest)
        {
            Changed([newest]);
            SiteBuilder.Build(options, this);
        }
    }

    /// <summary>A watcher now reports every change under input/: rebuilds after the next one trust it instead of looking at every file (see <see cref="ContentCache"/>).</summary>
    public void Watching() => Content.StartWatching();

    /// <summary>Every file of the theme folder with its size and time stamp: any change means a clean build.</summary>
    internal static string ThemeStamp(string themeDir) =>
        !Directory.Exists(themeDir) ? "" : string.Join("\n", Directory.EnumerateFiles(themeDir, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
