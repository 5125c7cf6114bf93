using System.Collections.Concurrent;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Reads and validates every content file: site.yml, the registries, articles/zh and articles/en.
/// All problems are collected, each with file and line; nothing is rendered from invalid content.
/// </summary>
internal static class ContentLoader
{
    /// <summary>
    /// Every content file, read and checked. Articles keep not their Markdown bodies but where they are in their files
    /// (<see cref="BodyInFile"/>), with what later stages need of a body found now, while it is at hand: its glossary
    /// terms, whether it starts with its summary, the translation hash.
    /// </summary>
    public static (ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputDir, string? baseUrlOverride, ContentCache? cache = null)
    {
        var diagnostics = new List<Diagnostic>();
        cache?.BeginBuild(inputDir);
        var config = SiteConfig.Load(inputDir, baseUrlOverride, diagnostics);
        var districts = Registry.LoadDistricts(inputDir, diagnostics);
        var topics = Registry.LoadTopics(inputDir, diagnostics);
        var districtKeys = districts.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var topicKeys = topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var sectors = Registry.LoadSectors(inputDir, diagnostics);
        var units = UnitRegistry.Load(inputDir, diagnostics);
        var indicators = IndicatorRegistry.Load(inputDir, diagnostics);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            // One error per cause: articles are checked against the data files once those are fixed,
            // instead of every article repeating that its district or unit is unknown.
            return (null, diagnostics);
        }

        var registries = new ArticleReader.Registries(districtKeys, topicKeys, sectors.Select(s => s.Key).ToHashSet(StringComparer.Ordinal), units, indicators);
        // Read before the articles: each article's glossary terms are found while its body is at hand.
        var editorial = EditorialData.Load(inputDir, diagnostics);
        var glossary = editorial.Glossary;

        var checkLinks = config is { AllowRawHtml: false };
        // The two languages are read at once (each keeps its own problems until both are done).
        List<SourceArticle> sources = [];
        List<TranslatedArticle> translations = [];
        var zhDiagnostics = new List<Diagnostic>();
        var enDiagnostics = new List<Diagnostic>();
        Parallel.Invoke(
            () => sources = ReadAll(inputDir, Lang.Zh, checkLinks, cache, zhDiagnostics, (parts, body, slug, d) => ArticleReader.Source(parts, body, slug, registries, glossary, d)),
            () => translations = ReadAll(inputDir, Lang.En, checkLinks, cache, enDiagnostics, ArticleReader.Translation));

        diagnostics.AddRange(zhDiagnostics);
        diagnostics.AddRange(enDiagnostics);

        CheckUnique(sources, diagnostics);
        // Against the zh files present, not the ones that read cleanly: a broken or refused zh file (a link, say) must not
        // make its translation an orphan. Only a translation without a read source is looked up on disk.
        var zhDir = Path.Combine(inputDir, "articles", Lang.Zh.Code);
        var sourceSlugs = sources.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        bool Present(string slug) => new FileInfo(Path.Combine(zhDir, slug + ".md")) is var zh && (zh.Exists || zh.LinkTarget is not null);
        foreach (var orphan in translations.Where(t => !sourceSlugs.Contains(t.Slug) && !Present(t.Slug)))
        {
            diagnostics.Add(Diagnostic.Error(orphan.File, 1,
                $"translation has no zh source articles/zh/{orphan.Slug}.md; rename it to match its source, or delete it"));
        }

        var ok = config is not null && !diagnostics.Any(d => d.Severity == Severity.Error);
        var ordered = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return (ok ? new ContentSet(config!, districts, topics, sectors, units, indicators, sources, translations, editorial) : null, ordered);
    }

    private static List<T> ReadAll<T>(string inputDir, Lang language, bool checkLinks, ContentCache? cache, List<Diagnostic> diagnostics, Func<MarkdownFile.Parts, BodyInFile, string, List<Diagnostic>, T?> read)
        where T : class
    {
        var dir = Path.Combine(inputDir, "articles", language.Code);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var files = cache?.Files(dir, inputDir, diagnostics) ?? InputFiles.List(dir, "*.md", recursive: false, inputDir, diagnostics);
        var fullDir = Path.GetFullPath(dir);
        var displayDir = Paths.Display(dir); // once: the files' are this and their names
        var fullPaths = files.Select(f => Path.Join(fullDir, Path.GetFileName(f))).ToArray();
        var results = new T?[files.Length];
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, files.Length, i =>
        {
            FileInfo? info = null;
            if (cache is not null)
            {
                if (cache.TryGetTrusted(fullPaths[i], out var trusted, out var trustedDiagnostics))
                {
                    results[i] = (T?)trusted;
                    foreach (var d in trustedDiagnostics)
                    {
                        found.Add(d);
                    }

                    return;
                }

                info = new FileInfo(fullPaths[i]);
                if (cache.TryGet(info.FullName, info, out var cached, out var cachedDiagnostics))
                {
                    results[i] = (T?)cached;
                    foreach (var d in cachedDiagnostics)
                    {
                        found.Add(d);
                    }

                    return;
                }
            }

            var local = new List<Diagnostic>();
            var display = displayDir + "/" + Path.GetFileName(files[i]);
            var slug = Path.GetFileNameWithoutExtension(files[i]);
            var (text, error) = TextFile.Read(fullPaths[i], display, out var bytes);
            if (text is null)
            {
                local.Add(error!);
            }
            else if (MarkdownFile.Split(text, display, local) is { } parts)
            {
                var body = new BodyInFile(fullDir, Path.GetFileName(fullPaths[i]), bytes!, text, text.Length - parts.Body.Length, display, parts.BodyLine);
                results[i] = read(parts, body, slug, local);
                if (MarkdownNesting.Check(parts.Body, display, parts.BodyLine, allowRawHtml: !checkLinks) is { } tooDeep)
                {
                    local.Add(tooDeep); // nothing else parses a body this deep
                }
                else if (checkLinks)
                {
                    BodyLinks.Check(parts.Body, display, parts.BodyLine, local);
                }
            }

            if (info is not null)
            {
                cache!.Put(info.FullName, info, results[i], local);
            }

            foreach (var d in local)
            {
                found.Add(d);
            }
        });
        diagnostics.AddRange(found);
        cache?.Retain(fullDir, fullPaths);
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    /// <summary>Every URL an alias stands for must be free: no live article there, no other alias.</summary>
    private static void CheckUnique(List<SourceArticle> sources, List<Diagnostic> diagnostics)
    {
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in sources)
        {
            foreach (var lang in Lang.All)
            {
                claimed[Urls.Article(lang, article.Slug)] = $"the article {article.File}";
            }
        }

        foreach (var article in sources)
        {
            foreach (var alias in article.Aliases)
            {
                foreach (var (url, _) in Urls.AliasUrls(alias).Distinct())
                {
                    if (!claimed.TryAdd(url, $"an alias in {article.File}"))
                    {
                        diagnostics.Add(Diagnostic.Error(article.File, article.AliasesLine,
                            $"alias \"{alias}\" ({url}) is already {claimed[url]}; remove it or keep it on one article"));
                    }
                }
            }
        }
    }
}
