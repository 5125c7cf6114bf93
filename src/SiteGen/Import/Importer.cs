using SiteGen.Core;

namespace SiteGen.Import;

internal sealed record ImportOptions(IReadOnlyList<string> RawFiles, string InputDir, bool Force, IProgress<ProgressStep>? Progress = null);

/// <summary>The registries an import reads: topics to file articles under, units and indicators for figures, districts for the places figures are about.</summary>
internal sealed record ImportRegistries(IReadOnlyList<Topic> Topics, UnitRegistry Units, IndicatorRegistry Indicators, IReadOnlyList<District> Districts);

internal enum ImportOutcome
{
    Created,
    Unchanged,
    Kept,
    Overwritten,
}

internal sealed record ImportedFile(string Path, string Title, ImportOutcome Outcome);

internal sealed record ImportReport(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Failed => Diagnostics.Any(d => d.Severity == Severity.Error);
}

/// <summary>
/// Imports raw scrape files into <c>input/articles/zh/&lt;slug&gt;.md</c>. Idempotent; never overwrites
/// a file an editor changed unless forced; valid records are imported even when others fail.
/// </summary>
internal static class Importer
{
    public const string ArticlesDir = "articles/zh";

    public static ImportReport Run(ImportOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var districts = Registry.LoadDistricts(options.InputDir, diagnostics);
        var topics = Registry.LoadTopics(options.InputDir, diagnostics);
        var registries = new ImportRegistries(topics, UnitRegistry.Load(options.InputDir, diagnostics), IndicatorRegistry.Load(options.InputDir, diagnostics), districts);
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            return new ImportReport([], diagnostics);
        }

        var byLabel = districts.SelectMany(d => d.Labels.Select(l => (l, d))).ToDictionary(p => p.l, p => p.d, StringComparer.Ordinal);
        var seen = new Dictionary<(string Title, string Date), RawArticle>();
        var articles = new List<ImportedArticle>();
        var registryFile = Registry.Display(options.InputDir, Registry.DistrictsFile);
        var slugs = new ImportSlugs(options.InputDir);

        foreach (var rawPath in options.RawFiles)
        {
            var display = Paths.Display(rawPath);
            var (text, error) = TextFile.Read(rawPath, display);
            if (text is null)
            {
                diagnostics.Add(error!);
                continue;
            }

            var parsed = RawArticleParser.Parse(text, display);
            diagnostics.AddRange(parsed.Diagnostics);
            var unsafeLines = UnsafeLines(text, display, diagnostics);
            foreach (var (raw, index) in parsed.Articles.Select((a, i) => (a, i)))
            {
                options.Progress?.Report(new ProgressStep($"convert {display}", index + 1, parsed.Articles.Count));
                if (unsafeLines.Any(line => line >= raw.RecordLine && line <= raw.DateLine))
                {
                    continue; // reported above, at its line; the other records are imported
                }

                var districtLabel = raw.Label.EndsWith("招商", StringComparison.Ordinal) ? raw.Label[..^2] : raw.Label;
                if (!byLabel.TryGetValue(districtLabel, out var district))
                {
                    diagnostics.Add(Diagnostic.Error(display, raw.TitleLine,
                        $"label 【{raw.Label}】 names \"{districtLabel}\", which maps to no district; add it to the labels of a district in {registryFile}"));
                    continue;
                }

                if (seen.TryGetValue((raw.Title, raw.Date), out var earlier))
                {
                    var same = earlier.Body == raw.Body;
                    diagnostics.Add(same
                        ? Diagnostic.Warning(display, raw.TitleLine, $"duplicate of the article at {earlier.File}:{earlier.TitleLine} (same title and date); imported once")
                        : Diagnostic.Error(display, raw.TitleLine, $"same title and date as {earlier.File}:{earlier.TitleLine} but a different body; change the title or date of one of them so both can be kept"));
                    continue;
                }

                seen[(raw.Title, raw.Date)] = raw;
                var article = ArticleConverter.Convert(raw, district, registries, $"{district.Key}-{raw.Date}", ProvenancePath(options.InputDir, rawPath));
                var slug = slugs.For(article, raw.Title, out var passedOver);
                if (passedOver is var (taken, title))
                {
                    diagnostics.Add(Diagnostic.Warning(display, raw.TitleLine,
                        $"slug {taken} belongs to another record of the same district and date (\"{title}\"); this one is imported as {slug}"));
                }

                articles.Add(article with { Slug = slug });
            }
        }

        var files = new List<ImportedFile>();
        foreach (var article in articles)
        {
            try
            {
                files.Add(Write(article, options));
            }
            catch (DiagnosticException ex)
            {
                diagnostics.AddRange(ex.Diagnostics); // this record is not written; the others are
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                var folder = Paths.Display(Path.Combine(options.InputDir, ArticlesDir));
                diagnostics.Add(Diagnostic.Error(folder, 0, $"cannot write the imported articles here ({ex.Message}); make the folder writable, e.g. `chmod u+w {folder}`, and import again"));
                break;
            }

            options.Progress?.Report(new ProgressStep("write articles", files.Count, articles.Count));
        }

        return new ImportReport(files, diagnostics);
    }

    private static ImportedFile Write(ImportedArticle article, ImportOptions options)
    {
        var path = Path.Combine(options.InputDir, ArticlesDir, article.Slug + ".md");
        var display = Paths.Display(path);
        var content = article.ToMarkdown();
        if (!File.Exists(path))
        {
            AtomicFile.WriteAllText(path, content);
            return new ImportedFile(display, article.Title, ImportOutcome.Created);
        }

        var (existing, refused) = TextFile.Read(path, display, options.InputDir);
        if (existing is null)
        {
            throw new DiagnosticException([refused!]);
        }

        if (existing == content)
        {
            return new ImportedFile(display, article.Title, ImportOutcome.Unchanged);
        }

        if (!options.Force)
        {
            return new ImportedFile(display, article.Title, ImportOutcome.Kept);
        }

        AtomicFile.WriteAllText(path, content);
        return new ImportedFile(display, article.Title, ImportOutcome.Overwritten);
    }

    /// <summary>Reports each line with a character that pages and feeds cannot carry; returns those lines.</summary>
    private static HashSet<int> UnsafeLines(string text, string display, List<Diagnostic> diagnostics)
    {
        var lines = new HashSet<int>();
        var number = 0;
        foreach (var line in text.Split('\n'))
        {
            number++;
            if (UnsafeText.Find(line) is >= 0 and var bad)
            {
                lines.Add(number);
                diagnostics.Add(Diagnostic.Error(display, number, UnsafeText.Message(line, bad, "this line") + "; its record is not imported"));
            }
        }

        return lines;
    }

    /// <summary>Where the record came from, relative to the input folder when it lives there.</summary>
    private static string ProvenancePath(string inputDir, string rawPath)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(inputDir), Path.GetFullPath(rawPath)).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFileName(rawPath) : relative;
    }
}
