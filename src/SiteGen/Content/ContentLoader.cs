using System.Collections.Concurrent;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Reads and validates every content file: site.yml, the registries, articles/zh and articles/en.
/// All problems are collected, each with file and line; nothing is rendered from invalid content.
/// </summary>
internal static class ContentLoader
{
    public static readonly string[] SourceKeys =
        ["title", "date", "period", "district", "source", "slug", "summary", "topics", "aliases", "draft", "raw_file", "raw_line", FigureReader.Key, ProjectReader.Key];

    public static readonly string[] TranslationKeys = ["title", "summary", "source_hash", "translation_status", "translator"];

    public static readonly string[] TranslationStatuses = ["machine-draft", "human", "reviewed"];

    public static (ContentSet? Content, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputDir, string? baseUrlOverride)
    {
        var diagnostics = new List<Diagnostic>();
        var config = SiteConfig.Load(inputDir, baseUrlOverride, diagnostics);
        var districts = Registry.LoadDistricts(inputDir, diagnostics);
        var topics = Registry.LoadTopics(inputDir, diagnostics);
        var districtKeys = districts.Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        var topicKeys = topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        var sectors = Registry.LoadSectors(inputDir, diagnostics);
        var units = UnitRegistry.Load(inputDir, diagnostics);
        var indicators = IndicatorRegistry.Load(inputDir, diagnostics);
        var registries = new Registries(districtKeys, topicKeys, sectors.Select(s => s.Key).ToHashSet(StringComparer.Ordinal), units, indicators);

        var sources = ReadAll(inputDir, "zh", diagnostics, (parts, file, slug, d) => ReadSource(parts, file, slug, registries, d));
        var translations = ReadAll(inputDir, "en", diagnostics, ReadTranslation);

        CheckUnique(sources, diagnostics);
        var sourceSlugs = sources.Select(s => s.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in translations.Where(t => !sourceSlugs.Contains(t.Slug)))
        {
            diagnostics.Add(Diagnostic.Error(orphan.File, 1,
                $"translation has no zh source articles/zh/{orphan.Slug}.md; rename it to match its source, or delete it"));
        }

        var ok = config is not null && !diagnostics.Any(d => d.Severity == Severity.Error);
        var ordered = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList();
        return (ok ? new ContentSet(config!, districts, topics, sectors, units, indicators, sources, translations) : null, ordered);
    }

    private static List<T> ReadAll<T>(string inputDir, string language, List<Diagnostic> diagnostics, Func<MarkdownFile.Parts, string, string, List<Diagnostic>, T?> read)
        where T : class
    {
        var dir = Path.Combine(inputDir, "articles", language);
        if (!Directory.Exists(dir))
        {
            return [];
        }

        var files = Directory.GetFiles(dir, "*.md").Order(StringComparer.Ordinal).ToArray();
        var results = new T?[files.Length];
        var found = new ConcurrentBag<Diagnostic>();
        Parallel.For(0, files.Length, i =>
        {
            var local = new List<Diagnostic>();
            var display = Paths.Display(files[i]);
            var slug = Path.GetFileNameWithoutExtension(files[i]);
            var (text, error) = TextFile.Read(files[i], display);
            if (text is null)
            {
                local.Add(error!);
            }
            else if (MarkdownFile.Split(text, display, local) is { } parts)
            {
                results[i] = read(parts, display, slug, local);
            }

            foreach (var d in local)
            {
                found.Add(d);
            }
        });
        diagnostics.AddRange(found);
        return results.Where(r => r is not null).Select(r => r!).ToList();
    }

    private sealed record Registries(HashSet<string> Districts, HashSet<string> Topics, HashSet<string> Sectors, UnitRegistry Units, IndicatorRegistry Indicators);

    private static SourceArticle? ReadSource(MarkdownFile.Parts parts, string file, string fileSlug, Registries registries, List<Diagnostic> diagnostics)
    {
        var districts = registries.Districts;
        var topics = registries.Topics;
        var before = diagnostics.Count(d => d.Severity == Severity.Error);
        var fm = parts.FrontMatter;
        fm.CheckKeys(SourceKeys);
        var title = fm.String("title", required: true);
        var date = fm.Date("date");
        var periodText = fm.String("period", required: false)?.Trim();
        var period = periodText is null ? null : Period.Parse(periodText);
        if (periodText is not null && period is null)
        {
            fm.Error("period", $"\"period\" (the time the article reports on) must be a year such as 2020 or a range such as 2016–2020, not \"{periodText}\"");
        }

        var district = fm.String("district", required: true);
        if (district is not null && !districts.Contains(district))
        {
            fm.Error("district", $"district \"{district}\" is not in {Registry.DistrictsFile}; use one of its keys (e.g. hanyang, hannan, wuhan) or add it there");
        }

        var slug = fm.String("slug", required: true);
        if (slug is not null && !Slugs.IsSafeKey(slug))
        {
            fm.Error("slug", $"slug \"{slug}\" must be lowercase ASCII letters, digits and single '-' (at most 80)");
        }
        else if (slug is not null && slug != fileSlug)
        {
            fm.Error("slug", $"slug \"{slug}\" differs from the file name \"{fileSlug}.md\"; rename the file or change the slug (keep the old one in aliases:)");
        }

        var articleTopics = fm.StringList("topics");
        foreach (var topic in articleTopics.Where(t => !topics.Contains(t)))
        {
            fm.Error("topics", $"topic \"{topic}\" is not in {Registry.TopicsFile}; use one of its keys or add it there");
        }

        var aliases = fm.StringList("aliases");
        var aliasesLine = fm.LineOf("aliases");
        foreach (var alias in aliases.Where(a => !a.StartsWith('/') || a.Contains("..", StringComparison.Ordinal) || a.Any(char.IsWhiteSpace)))
        {
            fm.Error("aliases", $"alias \"{alias}\" must be a site path starting with '/', without spaces or '..'");
        }

        fm.String("raw_file", required: false);
        fm.Int("raw_line", required: false);
        var source = fm.String("source", required: false) ?? "";
        var summary = fm.String("summary", required: true);
        var draft = fm.Bool("draft", fallback: false);
        var figures = FigureReader.Read(fm, registries.Units, registries.Indicators);
        var projects = ProjectReader.Read(fm, parts.Body, registries.Districts, registries.Sectors);
        if (parts.Body.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, parts.BodyLine, "the article body is empty; write the text below the closing `---`"));
        }

        if (diagnostics.Count(d => d.Severity == Severity.Error) > before || title is null || date is null || district is null || slug is null || summary is null)
        {
            return null;
        }

        return new SourceArticle(file, slug, title.Trim(), date.Value, period, district, source, summary.Trim(), articleTopics, aliases, aliasesLine, draft,
            parts.Body, parts.BodyLine, TranslationHash.Of(title, summary, parts.Body), figures, projects);
    }

    private static TranslatedArticle? ReadTranslation(MarkdownFile.Parts parts, string file, string slug, List<Diagnostic> diagnostics)
    {
        var before = diagnostics.Count;
        var fm = parts.FrontMatter;
        fm.CheckKeys(TranslationKeys);
        var title = fm.String("title", required: true);
        var summary = fm.String("summary", required: true);
        var hash = fm.String("source_hash", required: false);
        if (hash is null)
        {
            fm.Error("title", $"\"source_hash\" is missing: run `{Commands.Display($"translations stamp {file}")}` once the translation matches its zh source");
        }

        var status = fm.String("translation_status", required: true);
        if (status is not null && !TranslationStatuses.Contains(status))
        {
            fm.Error("translation_status", $"translation_status \"{status}\" must be one of {string.Join(", ", TranslationStatuses)}");
        }

        fm.String("translator", required: false);
        if (parts.Body.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, parts.BodyLine, "the translation body is empty; write the English text below the closing `---`"));
        }

        return diagnostics.Count > before || title is null || summary is null || hash is null || status is null
            ? null
            : new TranslatedArticle(file, slug, title.Trim(), summary.Trim(), hash, status, parts.Body, parts.BodyLine);
    }

    /// <summary>Every URL an alias stands for must be free: no live article there, no other alias.</summary>
    private static void CheckUnique(List<SourceArticle> sources, List<Diagnostic> diagnostics)
    {
        var claimed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in sources)
        {
            foreach (var lang in Urls.Languages)
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
