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
    int ReusedPages = 0);

/// <summary>The build order, one screen: Content → Site → Render → Publish.</summary>
internal static class SiteBuilder
{
    public static readonly string[] Layouts = ["baseof", "chooser", "home", "articles", "article", "districts", "district", "summary", "method", "search", "notfound"];

    /// <summary>How many times a successful build calls Mark: the total its progress counts to.</summary>
    private const int StageCount = 7;

    /// <summary>
    /// Builds the site. Without a session (the <c>build</c> command) every file is written into a
    /// staging folder as soon as it is made and the folder is swapped in at the end. With a session
    /// (preview) a rebuild renders only the pages whose model changed and writes only changed files
    /// into output/; see <see cref="BuildSession"/>.
    /// </summary>
    public static BuildResult Build(BuildOptions options, BuildSession? session = null)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan, long, TimeSpan, long)>();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        void Mark(string stage)
        {
            // The heap as the stage ends (what it still holds, garbage included): where a build's memory goes (`--verbose`).
            stages.Add((stage, clock.Elapsed, GC.GetTotalAllocatedBytes() - allocatedBefore, Environment.CpuUsage.TotalTime - cpuBefore, GC.GetTotalMemory(false)));
            options.Progress?.Report(new ProgressStep("build", stages.Count, StageCount, stage));
        }

        var ownership = new List<Diagnostic>();
        if (OutputFolder.Claim(options.OutputDir, options.InputDir, options.ThemeDir, ownership) is not { } outputDir)
        {
            return Failed(ownership, clock);
        }

        var themeStamp = session is null ? "" : BuildSession.ThemeStamp(options.ThemeDir);
        // The theme is parsed (and Scriban's built-in functions made) while the content is read: neither needs the other.
        var themeLoad = Task.Run(() =>
        {
            var found = new List<Diagnostic>();
            var loaded = Theme.Load(options.ThemeDir, Layouts, found);
            System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(PageRenderer).TypeHandle);
            return (loaded, found);
        });
        var (content, diagnostics) = ContentLoader.Load(options.InputDir, options.BaseUrl, session?.Content, keepBodies: session is not null);
        Mark("content");
        var all = diagnostics.ToList();
        var (theme, themeDiagnostics) = themeLoad.GetAwaiter().GetResult();
        all.AddRange(themeDiagnostics);
        if (content is null || theme is null)
        {
            return Failed(all, clock);
        }

        var site = SiteModelBuilder.Build(content, options.Drafts);
        Mark("site model");
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

        var baseUrl = site.Urls.Absolute("/");
        var previous = session?.Previous is { } last && last.Options == options && last.ThemeStamp == themeStamp && last.BaseUrl == baseUrl ? last : null;

        // Article pages are taken over from the previous build only while nothing site-wide changed:
        // the theme, the options and every file of input/ outside articles/ (see PageReuse).
        var reuse = session is null ? null
            : previous is not null && previous.ContentGeneration == session.Content.Generation ? previous.Reuse.Again()
            : PageReuse.None();
        var factory = new PageFactory(site, theme, assets, new MarkdownRenderer(content.Config.AllowRawHtml, session?.Bodies), reuse);
        if (session is null)
        {
            // A clean build makes each article's body HTML in its page's render turn and then lets its Markdown go;
            // the feeds make theirs while the pages render, so their articles keep it.
            factory.ReleaseBodies(AtomFeed.Articles(site));
        }

        IReadOnlyList<Page> pages;
        try
        {
            pages = factory.CreatePages();
        }
        catch (Exception ex) when (DiagnosticException.In(ex) is { } problems)
        {
            all.AddRange(problems);
            return Failed(all, clock);
        }

        Mark("page models");
        OutputSink sink = previous is null ? new StagingSink(outputDir, keepDigests: session is not null) : new LiveSink(outputDir, previous.Files);
        var tables = DataExports.Tables(pages).ToList();
        var coverage = TranslationCoverage.Of(site);
        IReadOnlyList<string> sitemapFiles = [];
        try
        {
            var toRender = pages;
            if (sink is LiveSink keep)
            {
                var unchanged = new bool[pages.Count];
                Parallel.For(0, pages.Count, i => unchanged[i] = previous!.Page(i, pages[i].Url) is { } old && ViewEquality.Equal(old, pages[i]));
                toRender = [.. pages.Where((_, i) => !unchanged[i])];
                foreach (var page in pages.Where((_, i) => unchanged[i]))
                {
                    keep.Keep(Urls.OutputPath(page.Url));
                }
            }

            var rendered = sink is LiveSink ? new HashSet<Page>(toRender, ReferenceEqualityComparer.Instance) : [];
            Action[] others =
            [
                () =>
                {
                    if (sink is LiveSink live && Sitemap.SameEntries(previous!.PageList, pages))
                    {
                        // The same entries and base URL: the same files as the previous build's (one, or an index and its parts).
                        foreach (var path in previous.SitemapFiles)
                        {
                            live.Keep(path);
                        }

                        sitemapFiles = previous.SitemapFiles;
                    }
                    else
                    {
                        sitemapFiles = Sitemap.Write(pages, site.Urls, sink);
                    }
                },
                () => sink.Write(Sitemap.Robots(site.Urls)),
                .. SiteModel.Languages.Select(lang => (Action)(() => sink.Write(AtomFeed.Build(site, factory, lang)))),
                () => sink.Write(Redirects.Build(site)),
                () =>
                {
                    if (sink is LiveSink live && previous!.Coverage.SameAs(coverage))
                    {
                        live.Keep(TranslationStatusFile.Path);
                    }
                    else
                    {
                        TranslationStatusFile.Write(coverage, sink);
                    }
                },
                .. tables.Select(t => (Action)(() => WriteTable(sink, t.Page, t.Table, site.Urls, previous, rendered))),
            ];

            // The sitemap, feeds and downloads need only the page models: they are made while the pages render.
            var alongside = Task.Run(() => Parallel.Invoke(others));
            IReadOnlyList<Diagnostic> renderErrors;
            try
            {
                var (order, oneThread) = session is null ? factory.RenderOrder(pages) : (null, 0);
                renderErrors = new PageRenderer(theme).RenderEach(toRender, (page, utf8) => sink.Write(Urls.OutputPath(page.Url), utf8), order, oneThread);
            }
            catch
            {
                // Nothing may still be writing when the staging folder is discarded (its own failure is not the story).
                Task.WaitAny(alongside);
                throw;
            }

            try
            {
                alongside.GetAwaiter().GetResult(); // finished before anything else happens to the sink
            }
            catch (Exception ex) when (InputChangedException.In(ex) is { } changed)
            {
                // a feed read an article's body again and its file had changed since the build read it
                renderErrors = renderErrors.Contains(changed) ? renderErrors : [.. renderErrors, changed];
            }
            catch (Exception) when (renderErrors.Count > 0)
            {
                // the build fails for the render errors, which are what the user is told about
            }

            all.AddRange(renderErrors);
            Mark("render");
            if (renderErrors.Count > 0)
            {
                Abandon(sink);
                return Failed(all, clock);
            }

            foreach (var asset in assets.Files)
            {
                sink.Write(asset.Url.TrimStart('/'), File.ReadAllBytes(asset.Source));
            }

            sink.Write(OutputFolder.Marker);

            // input/static/ is copied as it is, unless it would overwrite a file the build makes.
            var passthrough = new List<OutputFile>();
            if (!OutputFolder.AddPassthrough(options.InputDir, sink.Made, passthrough, all))
            {
                Abandon(sink);
                return Failed(all, clock);
            }

            foreach (var file in passthrough)
            {
                sink.Write(file);
            }

            Mark("assets, static files");
        }
        catch
        {
            Abandon(sink);
            throw;
        }

        string? search = null;
        if (sink is StagingSink staging)
        {
            try
            {
                search = options.Search
                    ? SearchIndexer.Index(staging.Folder, [Directory.GetCurrentDirectory(), options.InputDir]).Message
                    : session is null ? "search: skipped (--no-search)" : null; // preview indexes after the reload
            }
            catch (InvalidOperationException ex)
            {
                Abandon(sink);
                all.Add(Diagnostic.Error("pagefind", 0, ex.Message));
                return Failed(all, clock);
            }

            Mark("search index");
            Publisher.Swap(staging.Folder, outputDir);
            Mark("swap");
        }
        else
        {
            ((LiveSink)sink).Commit();
            Mark("write changed files");
        }

        if (session is not null)
        {
            var byPath = new Dictionary<string, Table>(StringComparer.Ordinal);
            foreach (var (page, table) in tables)
            {
                foreach (var path in DataExports.Paths(page, table))
                {
                    byPath[path] = table;
                }
            }

            session.Previous = new BuildSession.Snapshot(options, themeStamp, baseUrl, pages, byPath, sink.Written!, session.Content.Generation, reuse!.Next(), site.Articles.FirstOrDefault()?.Source.File, coverage, sitemapFiles);
            session.Bodies.EndBuild();
        }

        var perLanguage = SiteModel.Languages.ToDictionary(l => l, l => pages.Count(p => p.Lang == l && p.Url.StartsWith($"/{l}/", StringComparison.Ordinal)));
        return new BuildResult(true, all, perLanguage, sink.Count, clock.Elapsed, search, stages, reuse?.Reused ?? 0);
    }

    /// <summary>A table's downloads; in a preview rebuild, kept as they are when the table equals the previous build's.</summary>
    /// <param name="rendered">The pages rendered in this build; a page that was not equals the previous build's, and so do its tables.</param>
    private static void WriteTable(OutputSink sink, Page page, Table table, Urls urls, BuildSession.Snapshot? previous, HashSet<Page> rendered)
    {
        var paths = DataExports.Paths(page, table);
        if (sink is LiveSink live && paths.All(p => previous!.Tables.TryGetValue(p, out var old) && (!rendered.Contains(page) || ViewEquality.Equal(old, table))))
        {
            foreach (var path in paths)
            {
                live.Keep(path);
            }

            return;
        }

        foreach (var file in DataExports.Files(page, table, urls))
        {
            sink.Write(file);
        }
    }

    private static void Abandon(OutputSink sink)
    {
        if (sink is StagingSink staging)
        {
            Publisher.Discard(staging.Folder);
        }
    }

    private static BuildResult Failed(List<Diagnostic> diagnostics, Stopwatch clock) =>
        new(false, diagnostics, new Dictionary<string, int>(), 0, clock.Elapsed);
}
