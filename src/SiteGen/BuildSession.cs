using SiteGen.Content;
using SiteGen.Publish;

namespace SiteGen;

/// <summary>
/// What preview keeps between rebuilds so that one edited article costs milliseconds, not a whole build: the parsed
/// article files (<see cref="ContentCache"/>), and the previous build's pages (<see cref="PageCache"/>) and file
/// digests. A rebuild takes the same path as a clean build with these plugged in: it renders only the pages whose
/// inputs or model changed and writes only the files whose bytes changed, so its output equals a clean build's.
/// When anything every page reads changed (the options, the base URL, the theme, site.yml or data/) it is a clean
/// staged build.
/// </summary>
internal sealed class BuildSession
{
    public ContentCache Content { get; } = new();

    /// <summary>The previous successful build; null before the first.</summary>
    internal Snapshot? Previous { get; set; }

    /// <param name="Stamp">What every page reads, as one value: a build with another stamp starts afresh.</param>
    /// <param name="Pages">The pages it made, for the next build to compare with.</param>
    /// <param name="Files">The digests of the files it wrote, by path.</param>
    /// <param name="Newest">The newest article's file, for the warm-up.</param>
    internal sealed record Snapshot(string Stamp, PageCache Pages, IReadOnlyDictionary<string, UInt128> Files, string? Newest);

    /// <summary>What every page reads, as one value: the options, the base URL, the theme's files and the content outside articles/.</summary>
    internal string Stamp(BuildOptions options, string baseUrl) =>
        string.Join("\n", options with { Progress = null }, baseUrl, Content.Generation, ThemeStamp(options.ThemeDir));

    /// <summary>Files the watcher reported: parsed again whatever their time stamps say.</summary>
    public void Changed(IEnumerable<string> paths) => Content.Forget(paths);

    /// <summary>
    /// Before the first save: a rebuild as if the newest article had been saved unchanged. It writes nothing (the
    /// bytes are the same) but runs the code an edit runs, so the first real save is as fast as the later ones.
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
    private static string ThemeStamp(string themeDir) =>
        string.Join("\n", Core.InputFiles.List(themeDir, "*", recursive: true, themeDir, [])
            .Select(f => new FileInfo(f))
            .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}"));
}
