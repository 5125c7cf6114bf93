using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The slugs the importer writes to: district, date and a 24-bit hash of the raw title
/// (<c>hannan-2024-05-01-1a2b3c</c>). Two records of the same district and date can hash alike; the importer never
/// maps two records to one file. A slug whose file holds another record (another title, and not the raw file and line
/// this record comes from), or that an earlier record of the same import took, is passed over for the same slug with
/// a longer hash. The article already there keeps its slug, and a later import finds each record's own file again.
/// </summary>
internal sealed class ImportSlugs(string inputDir)
{
    private readonly Dictionary<string, string> _taken = new(StringComparer.Ordinal);

    /// <summary>The slug for <paramref name="article"/>; <paramref name="passedOver"/> names the file of another record it could not have.</summary>
    public string For(ImportedArticle article, string rawTitle, out (string Slug, string Title)? passedOver)
    {
        passedOver = null;
        var prefix = article.Slug;
        for (var length = 6; ; length += 2)
        {
            var slug = $"{prefix}-{Slugs.Hash(rawTitle, length)}";
            var other = _taken.TryGetValue(slug, out var title) ? title : OtherRecordIn(slug, article);
            if (other is null || length >= 64)
            {
                _taken[slug] = article.Title;
                return slug;
            }

            passedOver ??= (slug, other);
        }
    }

    /// <summary>The title of another record in the slug's file, or null when the file is absent, this record's, or not readable as an article (the write reports that).</summary>
    private string? OtherRecordIn(string slug, ImportedArticle article)
    {
        var path = Path.Combine(inputDir, Importer.ArticlesDir, slug + ".md");
        if (!File.Exists(path))
        {
            return null;
        }

        var ignored = new List<Diagnostic>();
        var (text, _) = TextFile.Read(path, Paths.Display(path), inputDir);
        if (text is null || MarkdownFile.Split(text, path, ignored) is not { FrontMatter: var fm })
        {
            return null;
        }

        var title = fm.String("title", required: false)?.Trim();
        var sameSource = fm.String("raw_file", required: false) == article.RawFile && fm.Int("raw_line", required: false) == article.RawLine;
        return title is null || title == article.Title || sameSource ? null : title;
    }
}
