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
        ["title", "date", "original_date", "period", "district", "source", "slug", "summary", "topics", "aliases", "draft", "raw_file", "raw_line", FigureReader.Key, ProjectReader.Key, NotesKey];

    public const string NotesKey = "notes";

    /// <summary>An en file's list of glossary terms (Chinese) that this translation words differently on purpose.</summary>
    public const string GlossaryExceptKey = "glossary_except";

    public static readonly string[] TranslationKeys = ["title", "summary", "source_hash", "source_blocks", "translation_status", "translator", "reviewed_by", "reviewed_on", GlossaryExceptKey];

    public static readonly string[] TranslationStatuses = TranslationStatus.All;

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

        var registries = new Registries(districtKeys, topicKeys, sectors.Select(s => s.Key).ToHashSet(StringComparer.Ordinal), units, indicators);
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
            () => sources = ReadAll(inputDir, Lang.Zh, checkLinks, cache, zhDiagnostics, (parts, body, slug, d) => ReadSource(parts, body, slug, registries, glossary, d)),
            () => translations = ReadAll(inputDir, Lang.En, checkLinks, cache, enDiagnostics, ReadTranslation));

        diagnostics.AddRange(zhDiagnostics);
        diagnostics.AddRange(enDiagnostics);

        CheckUnique(sources, diagnostics);
        // Against the zh files present, not the ones that read cleanly: a broken or refused zh file must not make its translation an orphan.
        var zhDir = Path.Combine(inputDir, "articles", "zh");
        var sourceSlugs = (cache is not null && Directory.Exists(zhDir) ? cache.Files(zhDir, inputDir, [])
                : Directory.Exists(zhDir) ? Directory.EnumerateFiles(zhDir, "*.md").Where(f => !ScratchFiles.IsScratchName(f)) : [])
            .Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        foreach (var orphan in translations.Where(t => !sourceSlugs.Contains(t.Slug)))
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
            var display = Paths.Display(files[i]);
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

    private sealed record Registries(HashSet<string> Districts, HashSet<string> Topics, HashSet<string> Sectors, UnitRegistry Units, IndicatorRegistry Indicators);

    private static SourceArticle? ReadSource(MarkdownFile.Parts parts, BodyInFile body, string fileSlug, Registries registries, IReadOnlyList<GlossaryTerm> glossary, List<Diagnostic> diagnostics)
    {
        var file = body.File;
        var districts = registries.Districts;
        var topics = registries.Topics;
        var before = diagnostics.Count(d => d.Severity == Severity.Error);
        var fm = parts.FrontMatter;
        fm.CheckKeys(SourceKeys);
        var title = fm.String("title", required: true);
        var date = fm.Date("date");
        var originalDate = fm.Node("original_date") is null ? null : fm.Date("original_date");
        if (originalDate is { } original && date is { } listed && original > listed)
        {
            fm.Error("original_date", $"\"original_date\" {original.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} (when the original was given or issued) is after \"date\" {listed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} (when the source listed it); correct one of them");
        }
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
        else if (slug == Urls.PageFolder)
        {
            fm.Error("slug", $"slug \"{slug}\" is reserved: /zh/articles/{Urls.PageFolder}/2/ and so on are the article list's later pages; rename the file and the slug (e.g. {Urls.PageFolder}-1)");
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
        foreach (var alias in aliases.Where(a => !a.StartsWith('/') || a.Contains("..", StringComparison.Ordinal) || a.Any(c => char.IsWhiteSpace(c) || c is '*' or ':' or '?' or '#' or '!' or '\\')))
        {
            fm.Error("aliases", $"alias \"{alias}\" must be a site path starting with '/', without spaces, '..', or any of * : ? # ! \\ (the host would read those as wildcards or placeholders)");
        }

        foreach (var alias in aliases.Where(a => a.StartsWith('/') && Urls.IsReserved(a)))
        {
            fm.Error("aliases", $"alias \"{alias}\" would redirect a page of the site itself; an alias is the old URL of this article, e.g. /zh/articles/old-slug/ or /old-slug");
        }

        fm.String("raw_file", required: false);
        fm.Int("raw_line", required: false);
        var source = fm.String("source", required: false) ?? "";
        var summary = fm.String("summary", required: true);
        var draft = fm.Bool("draft", fallback: false);
        var projects = ProjectReader.Read(fm, parts.Body, registries.Districts, registries.Sectors);
        var suggestedYear = period?.Last ?? originalDate?.Year ?? date?.Year ?? DateTime.UnixEpoch.Year;
        var projectIds = projects.Where(p => p.Id is not null).Select(p => p.Id!).ToHashSet(StringComparer.Ordinal);
        var figures = FigureReader.Read(fm, registries.Units, registries.Indicators, new FigureReader.Context(districts, projectIds, suggestedYear));
        CheckBody(parts, file, diagnostics, "the article body is empty; write the text below the closing `---`");
        var notes = ReadNotes(fm);

        if (diagnostics.Count(d => d.Severity == Severity.Error) > before || title is null || date is null || district is null || slug is null || summary is null)
        {
            return null;
        }

        // Most articles have no topics, aliases, projects or notes: one shared empty array stands for each empty list.
        return new SourceArticle(file, slug, title.Trim(), date.Value, period, district, source, summary.Trim(), OrEmpty(articleTopics), OrEmpty(aliases), aliasesLine, draft,
            body, TranslationHash.Of(title, summary, parts.Body), OrEmpty(figures), OrEmpty(projects))
        {
            Notes = OrEmpty(notes),
            OriginalDate = originalDate,
            BodyStartsWithSummary = Lead.StartsWith(parts.Body, summary.Trim()),
            Terms = OrEmpty(GlossaryTerm.In($"{title.Trim()}\n{summary.Trim()}\n{parts.Body}", glossary).ToList()),
            TitleLine = fm.LineOf("title"),
            SummaryLine = fm.LineOf("summary"),
            ProjectsLine = fm.LineOf(ProjectReader.Key),
        };
    }

    private static TranslatedArticle? ReadTranslation(MarkdownFile.Parts parts, BodyInFile body, string slug, List<Diagnostic> diagnostics)
    {
        var file = body.File;
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
        else if (!TranslationHash.IsWellFormed(hash))
        {
            fm.Error("source_hash", $"\"source_hash\" \"{hash}\" is not a hash SiteGen wrote; do not edit it by hand: run `sitegen translations stamp {file}`");
            hash = null;
        }

        var blocks = fm.String("source_blocks", required: false);
        if (blocks is not null && !IsBlockList(blocks))
        {
            fm.Error("source_blocks", $"\"source_blocks\" is not a list SiteGen wrote; do not edit it by hand: run `{Commands.Display($"translations stamp {file}")}`");
        }

        var status = fm.String("translation_status", required: true);
        if (status == TranslationStatus.LegacyHuman)
        {
            fm.Warning("translation_status", $"translation_status \"{status}\" is now written \"{TranslationStatus.Reviewed}\" (a translation a person has checked against the source); change it, or run `{Commands.Display($"translations stamp --reviewed {file}")}`");
            status = TranslationStatus.Reviewed;
        }
        else if (status is not null && !TranslationStatuses.Contains(status))
        {
            fm.Error("translation_status", $"translation_status \"{status}\" must be one of {string.Join(", ", TranslationStatuses)}");
        }

        fm.String("translator", required: false);
        var reviewedBy = fm.String("reviewed_by", required: false);
        var reviewedOn = fm.Node("reviewed_on") is null ? null : fm.Date("reviewed_on");
        var exceptions = fm.StringList(GlossaryExceptKey);
        CheckBody(parts, file, diagnostics, "the translation body is empty; write the English text below the closing `---`");

        return diagnostics.Skip(before).Any(d => d.Severity == Severity.Error) || title is null || summary is null || hash is null || status is null
            ? null
            : new TranslatedArticle(file, slug, title.Trim(), summary.Trim(), hash, status, body)
            {
                SourceBlocks = blocks,
                ReviewedBy = reviewedBy,
                ReviewedOn = reviewedOn,
                GlossaryExceptions = exceptions,
                BodyStartsWithSummary = Lead.StartsWith(parts.Body, summary.Trim()),
                GlossaryExceptionsLine = fm.LineOf(GlossaryExceptKey),
                TitleLine = fm.LineOf("title"),
                SummaryLine = fm.LineOf("summary"),
            };
    }

    /// <summary>Whether <paramref name="value"/> has the form of a <c>source_blocks</c> line (hex hashes, space-separated).</summary>
    private static bool IsBlockList(string value) => value.Length > 0 && value.All(c => c is ' ' or (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    /// <summary><c>notes:</c> — editor's notes, each <c>{ date: yyyy-mm-dd, zh: …, en: … }</c>.</summary>
    private static IReadOnlyList<EditorNote> ReadNotes(YamlDocument fm)
    {
        var notes = new List<EditorNote>();
        foreach (var entry in fm.MappingList(NotesKey))
        {
            entry.CheckKeys(["date", "zh", "en"]);
            var date = entry.Date("date");
            var zh = entry.String("zh", required: true);
            var en = entry.String("en", required: true);
            if (date is not null && zh is not null && en is not null)
            {
                notes.Add(new EditorNote(date.Value, new Bilingual(zh.Trim(), en.Trim()), entry.LineOf("en")));
            }
        }

        return notes;
    }

    private static void CheckBody(MarkdownFile.Parts parts, string file, List<Diagnostic> diagnostics, string emptyMessage)
    {
        if (parts.Body.Trim().Length == 0)
        {
            diagnostics.Add(Diagnostic.Error(file, parts.BodyLine, emptyMessage));
        }
        else if (UnsafeText.Find(parts.Body) is >= 0 and var bad)
        {
            diagnostics.Add(Diagnostic.Error(file, UnsafeText.LineOf(parts.Body, bad, parts.BodyLine), UnsafeText.Message(parts.Body, bad, "this line")));
        }
    }

    /// <summary>The list, or the one shared empty array when it is empty.</summary>
    private static IReadOnlyList<T> OrEmpty<T>(IReadOnlyList<T> list) => list.Count == 0 ? [] : list;

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
