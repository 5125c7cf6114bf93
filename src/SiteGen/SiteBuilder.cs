using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Render;
using SiteGen.Site;
using SiteGen.Translation;

namespace SiteGen;

internal sealed record BuildOptions(string InputDir, string ThemeDir, string OutputDir, string? BaseUrl, bool Drafts, bool Search = true, IProgress<ProgressStep>? Progress = null);

internal sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int Files,
    TimeSpan Elapsed,
    string? SearchMessage = null,
    IReadOnlyList<(string Stage, TimeSpan At, long Allocated, TimeSpan Cpu, long Heap)>? Stages = null,
    int KeptFiles = 0);

/// <summary>
/// The build order, one screen: Content → Site → Render → Publish. A clean build writes every file into a staging
/// folder as it is made and swaps the folder in at the end. Preview passes its <see cref="BuildSession"/>: the same
/// path, with two caches plugged in (parsed files, and pages unchanged since the previous build) and, while nothing
/// site-wide changed, the changed files written into the live output/ instead of a staging folder.
/// </summary>
internal static class SiteBuilder
{
    /// <summary>How many times a successful build calls Mark: the total its progress counts to.</summary>
    private const int StageCount = 5;

    public static BuildResult Build(BuildOptions options, BuildSession? session = null)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan, long, TimeSpan, long)>();
        var (allocatedBefore, cpuBefore) = (GC.GetTotalAllocatedBytes(), Environment.CpuUsage.TotalTime);
        void Mark(string stage)
        {
            stages.Add((stage, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore, Environment.CpuUsage.TotalTime - cpuBefore, GC.GetTotalMemory(false)));
            options.Progress?.Report(new ProgressStep("build", stages.Count, StageCount, stage));
        }

        var all = new List<Diagnostic>();
        // A clean build holds its output's lock to the end (taken once the output may be used, before leftovers
        // are removed); preview holds it for as long as it runs.
        using var outputLock = session is null && OutputFolder.MayUse(options.OutputDir, options.InputDir, options.ThemeDir, all)
            ? OutputLock.Take(options.OutputDir, all) : null;
        if (session is null && outputLock is null)
        {
            return Failed(all, clock);
        }

        if (OutputFolder.Claim(options.OutputDir, options.InputDir, options.ThemeDir, all) is not { } outputDir)
        {
            return Failed(all, clock);
        }

        // The theme is parsed while the content is read: neither needs the other.
        var themeLoad = Task.Run(() =>
        {
            var found = new List<Diagnostic>();
            return (Theme.Load(options.ThemeDir, SitePages.Layouts, found), found);
        });
        var (content, diagnostics) = ContentLoader.Load(options.InputDir, options.BaseUrl, session?.Content);
        all.AddRange(diagnostics);
        var (theme, themeDiagnostics) = themeLoad.GetAwaiter().GetResult();
        all.AddRange(themeDiagnostics);
        Mark("content");
        if (content is null || theme is null)
        {
            return Failed(all, clock);
        }

        var site = SiteModelBuilder.Build(content, options.Drafts);
        all.AddRange(site.Articles.Where(a => a.State == TranslationState.Stale).Select(a =>
            Diagnostic.Warning(a.Translation!.File, 1, $"stale translation: {a.Source.File} changed since this was translated{Staleness.Where(a.Source, a.Translation)}; update the English and run `{Commands.Display($"translations stamp {a.Translation.File}")}`")));
        all.AddRange(NumberChecks.Of(site));
        var assets = AssetManifest.Load(theme.AssetsDir, all);
        foreach (var required in new[] { "css/site.css", "js/site.js", "favicon.svg" }.Where(r => !assets.Has(r)))
        {
            all.Add(Diagnostic.Error($"{options.ThemeDir}/assets/{required}", 0, "the theme must provide this asset"));
        }

        if (all.Any(d => d.Severity == Severity.Error))
        {
            return Failed(all, clock);
        }

        var pages = new SitePages(site, theme, assets, new MarkdownRenderer(content.Config.AllowRawHtml));
        var recipes = pages.Recipes();
        Mark("site model");

        // Preview writes into the live output/ and reuses unchanged pages only while nothing every page reads has changed.
        var stamp = session?.Stamp(options, site.Urls.BaseUrl);
        var previous = session?.Previous is { } last && last.Stamp == stamp ? last : null;
        OutputSink sink = previous is null ? new StagingSink(outputDir, keepDigests: session is not null) : new LiveSink(outputDir, previous.Files);
        var cache = session is null ? null : previous?.Pages.Next() ?? new PageCache();
        Task alongside = Task.CompletedTask;
        try
        {
            // The site-wide files are made from the recipes and the site model while the pages render; in preview, each is
            // kept while what it is made from is unchanged.
            Action[] siteWide =
            [
                () => Keep(Urls.Sitemap, () => Sitemap.Inputs(recipes), () => Sitemap.Write(recipes, site.Urls, sink)),
                () => sink.Write(Sitemap.Robots(site.Urls)),
                () => Keep(Urls.TranslationStatus, () => TranslationCoverage.Inputs(site), () =>
                {
                    TranslationStatusFile.Write(TranslationCoverage.Of(site), sink);
                    return [TranslationStatusFile.Path];
                }),
                () => sink.Write(Redirects.Build(site)),
                .. Lang.All.Select(lang => (Action)(() => Keep(Urls.Feed(lang), () => AtomFeed.Inputs(site), () =>
                {
                    var feed = AtomFeed.Build(site, pages.Parts, lang);
                    sink.Write(feed);
                    return [feed.Path];
                }))),
            ];
            alongside = Task.Run(() => Parallel.Invoke(siteWide));

            // Writes a site-wide file, or keeps it as the previous build wrote it when its inputs are the same.
            void Keep(string url, Func<object?[]> inputsOf, Func<IReadOnlyList<string>> write)
            {
                var inputs = cache is null ? null : inputsOf();
                if (inputs is not null && cache!.Unchanged(url, inputs) is { } kept)
                {
                    Array.ForEach(kept, sink.Keep);
                    return;
                }

                var files = write();
                cache?.Made(url, inputs, null, [.. files]);
            }

            var renderErrors = PageWriter.WriteAll(recipes, new PageRenderer(theme), sink, site.Urls, cache);
            try
            {
                alongside.GetAwaiter().GetResult();
            }
            catch (Exception ex) when (InputChangedException.In(ex) is { } changed)
            {
                // a feed read an article's body again and its file had changed (its pages may have said so already)
                renderErrors = [.. renderErrors.Append(changed).DistinctBy(e => (e.File, e.Line))];
            }

            all.AddRange(renderErrors);
            Mark("render");
            if (renderErrors.Count > 0)
            {
                sink.Abandon();
                return Failed(all, clock);
            }

            foreach (var asset in assets.Files)
            {
                sink.Write(asset.Url.TrimStart('/'), InputFiles.ReadAllBytes(asset.Source));
            }

            sink.Write(OutputFolder.Marker);

            // input/static/ is copied as it is, unless it would overwrite a file the build makes.
            var passthrough = new List<OutputFile>();
            if (!OutputFolder.AddPassthrough(options.InputDir, sink.Made, passthrough, all))
            {
                sink.Abandon();
                return Failed(all, clock);
            }

            passthrough.ForEach(sink.Write);
            Mark("assets, static files");
        }
        catch
        {
            // Nothing may still be writing into the staging folder when it is discarded.
            Task.WaitAny(alongside); // waits without throwing: the error being thrown is the one to report
            sink.Abandon();
            throw;
        }

        // Preview indexes in the background, after the reload.
        string? search = session is null ? "search: skipped (--no-search)" : null;
        if (options.Search)
        {
            try
            {
                search = SearchIndexer.Index(sink.Folder, [Paths.WorkingDirectory, options.InputDir], outputDir: options.OutputDir).Message;
            }
            catch (InvalidOperationException ex)
            {
                sink.Abandon();
                all.Add(Diagnostic.Error("pagefind", 0, ex.Message));
                return Failed(all, clock);
            }
        }

        sink.Complete();
        Mark(sink.Completion);

        if (session is not null)
        {
            session.Previous = new BuildSession.Snapshot(stamp!, cache!, sink.Written!, site.Articles.FirstOrDefault()?.Source.File);
        }

        var perLanguage = Lang.All.ToDictionary(l => l.Code, l => recipes.Count(p => p.Lang == l && p.Url.StartsWith($"/{l.Code}/", StringComparison.Ordinal)));
        return new BuildResult(true, all, perLanguage, sink.Count, clock.Elapsed, search, stages, sink.Kept);
    }

    private static BuildResult Failed(List<Diagnostic> diagnostics, Stopwatch clock) =>
        new(false, diagnostics, new Dictionary<string, int>(), 0, clock.Elapsed);
}
