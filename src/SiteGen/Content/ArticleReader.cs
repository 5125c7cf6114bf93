using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// One article file's front matter and body, checked against its schema and the data files: a zh source
/// (<see cref="SourceArticle"/>) or an en translation (<see cref="TranslatedArticle"/>). Every problem is an error or
/// warning with the file and line; an article with an error is not returned.
/// </summary>
internal static class ArticleReader
{
    public static readonly string[] SourceKeys =
        ["title", "date", "original_date", "period", "district", "source", "source_url", "slug", "summary", "topics", "aliases", "draft", "raw_file", "raw_line", FigureReader.Key, ProjectReader.Key, NotesKey];

    public const string NotesKey = "notes";

    /// <summary>An en file's list of glossary terms (Chinese) that this translation words differently on purpose.</summary>
    public const string GlossaryExceptKey = "glossary_except";

    public static readonly string[] TranslationKeys = ["title", "summary", "source_hash", "source_blocks", "translation_status", "translator", "reviewed_by", "reviewed_on", GlossaryExceptKey];

    public sealed record Registries(HashSet<string> Districts, HashSet<string> Topics, HashSet<string> Sectors, UnitRegistry Units, IndicatorRegistry Indicators);

    public static SourceArticle? Source(MarkdownFile.Parts parts, BodyInFile body, string fileSlug, Registries registries, IReadOnlyList<GlossaryTerm> glossary, List<Diagnostic> diagnostics)
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
        var sourceUrl = fm.String("source_url", required: false)?.Trim();
        if (sourceUrl is not null && !UrlSafety.IsWebUrl(sourceUrl))
        {
            fm.Error("source_url", $"source_url \"{sourceUrl}\" must be the original article's absolute http(s) address, e.g. https://www.wuhan.gov.cn/…");
        }

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
            SourceUrl = sourceUrl,
            BodyStartsWithSummary = Lead.StartsWith(parts.Body, summary.Trim()),
            Terms = OrEmpty(GlossaryTerm.In($"{title.Trim()}\n{summary.Trim()}\n{parts.Body}", glossary).ToList()),
            TitleLine = fm.LineOf("title"),
            SummaryLine = fm.LineOf("summary"),
            ProjectsLine = fm.LineOf(ProjectReader.Key),
        };
    }

    public static TranslatedArticle? Translation(MarkdownFile.Parts parts, BodyInFile body, string slug, List<Diagnostic> diagnostics)
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
            fm.Error("source_hash", $"\"source_hash\" \"{hash}\" is not a hash SiteGen wrote; do not edit it by hand: run `{Commands.Display($"translations stamp {file}")}`");
            hash = null;
        }

        var blocks = fm.String("source_blocks", required: false);
        if (blocks is not null && !TranslationStamp.IsBlockList(blocks))
        {
            fm.Error("source_blocks", $"\"source_blocks\" is not a list SiteGen wrote; do not edit it by hand: run `{Commands.Display($"translations stamp {file}")}`");
        }

        var status = fm.String("translation_status", required: true);
        if (status == TranslationStatus.LegacyHuman)
        {
            fm.Warning("translation_status", $"translation_status \"{status}\" is now written \"{TranslationStatus.Reviewed}\" (a translation a person has checked against the source); change it, or run `{Commands.Display($"translations stamp --reviewed {file}")}`");
            status = TranslationStatus.Reviewed;
        }
        else if (status is not null && !TranslationStatus.All.Contains(status))
        {
            fm.Error("translation_status", $"translation_status \"{status}\" must be one of {string.Join(", ", TranslationStatus.All)}");
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
}
