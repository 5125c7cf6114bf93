using System.Diagnostics;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen;

internal sealed record BuildOptions(string InputDir, string ThemeDir, string OutputDir, string? BaseUrl, bool Drafts, bool Search = true, IProgress<ProgressStep>? Progress = null);

internal sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, int> PagesPerLanguage,
    int Files,
    TimeSpan Elapsed,
    string? SearchMessage = null,
    IReadOnlyList<(string Stage, TimeSpan At)>? Stages = null);

/// <summary>The build order, one screen: Content → Site → Render → Publish.</summary>
internal static class SiteBuilder
{
    public static readonly string[] Layouts = ["baseof", "chooser", "home", "articles", "article", "districts", "district", "summary", "method", "search", "notfound"];

    /// <summary>How many times a successful build calls Mark: the total its progress counts to.</summary>
    private const int StageCount = 8;

    public static BuildResult Build(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var stages = new List<(string, TimeSpan)>();
        void Mark(string stage)
        {
            stages.Add((stage, clock.Elapsed));
            options.Progress?.Report(new ProgressStep("build", stages.Count, StageCount, stage));
        }

        var (content, diagnostics) = ContentLoader.Load(options.InputDir, options.BaseUrl);
        Mark("content");
        var all = diagnostics.ToList();
        var theme = Theme.Load(options.ThemeDir, Layouts, all);
        if (content is null || theme is null)
        {
            return Failed(all, clock);
        }

        var site = SiteModelBuilder.Build(content, options.Drafts);
        Mark("site model");
        all.AddRange(site.Articles.Where(a => a.State == TranslationState.Stale).Select(a =>
            Diagnostic.Warning(a.Translation!.File, 1, $"stale translation: {a.Source.File} changed since this was translated; update the English and run `{Commands.Display($"translations stamp {a.Translation.File}")}`")));

        all.AddRange(NumberChecks.Of(site));
        var assets = AssetManifest.Load(theme.AssetsDir);
        foreach (var required in new[] { "css/site.css", "js/site.js", "favicon.svg" }.Where(r => !assets.Has(r)))
        {
            all.Add(Diagnostic.Error($"{options.ThemeDir}/assets/{required}", 0, "the theme must provide this asset"));
        }

        if (all.Any(d => d.Severity == Severity.Error))
        {
            return Failed(all, clock);
        }

        var factory = new PageFactory(site, theme, assets, new MarkdownRenderer(content.Config.AllowRawHtml));
        var pages = factory.CreatePages();
        Mark("page models");
        var (rendered, renderErrors) = new PageRenderer(theme).RenderAll(pages);
        all.AddRange(renderErrors);
        Mark("render");
        if (renderErrors.Count > 0)
        {
            return Failed(all, clock);
        }

        var files = new List<OutputFile>();
        files.AddRange(rendered.Select(r => OutputFile.Text(Urls.OutputPath(r.Page.Url), r.Html)));
        files.AddRange(assets.Files.Select(a => new OutputFile(a.Url.TrimStart('/'), File.ReadAllBytes(a.Source))));
        files.Add(Sitemap.Build(pages, site.Urls));
        files.Add(Sitemap.Robots(site.Urls));
        files.AddRange(SiteModel.Languages.Select(lang => AtomFeed.Build(site, factory, lang)));
        files.Add(Redirects.Build(site));
        files.AddRange(DataExports.Build(pages, site.Urls));
        files.Add(TranslationStatusFile.Build(TranslationCoverage.Of(site)));

        Mark("feeds, sitemap, downloads");
        var staging = Publisher.Stage(options.OutputDir, files);
        Mark("write staging");
        string? search = null;
        try
        {
            search = options.Search
                ? SearchIndexer.Index(staging, [Directory.GetCurrentDirectory(), options.InputDir]).Message
                : "search: skipped (--no-search)";
        }
        catch (InvalidOperationException ex)
        {
            Publisher.Discard(staging);
            all.Add(Diagnostic.Error("pagefind", 0, ex.Message));
            return Failed(all, clock);
        }

        Mark("search index");
        Publisher.Swap(staging, options.OutputDir);
        Mark("swap");

        var perLanguage = SiteModel.Languages.ToDictionary(l => l, l => pages.Count(p => p.Lang == l && p.Url.StartsWith($"/{l}/", StringComparison.Ordinal)));
        return new BuildResult(true, all, perLanguage, files.Count, clock.Elapsed, search, stages);
    }

    private static BuildResult Failed(List<Diagnostic> diagnostics, Stopwatch clock) =>
        new(false, diagnostics, new Dictionary<string, int>(), 0, clock.Elapsed);
}
