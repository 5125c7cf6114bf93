using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// A page's structured data for search engines and dataset search (schema.org as JSON-LD): an article is a
/// <c>NewsArticle</c> (a <c>Report</c> when its title says it is one), with its dates, language, publisher and its
/// translation; a page whose tables can be downloaded is a <c>Dataset</c> whose distribution is each CSV and JSON file.
/// Written with System.Text.Json; its encoder escapes &lt;, &gt; and &amp;, so the text can never end the
/// <c>&lt;script&gt;</c> element it is put in, and leaves Chinese as it is.
/// </summary>
internal sealed class StructuredData(SiteModel site, Citation citation)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    private const string Context = "https://schema.org";

    public string Article(ArticleEntry article, ArticleCard card, Lang lang, string url, bool translated)
    {
        var zh = Urls.Article(Lang.Zh, article.Slug);
        var en = Urls.Article(Lang.En, article.Slug);
        var edited = article.Source.Notes.Select(n => n.Date).Append(article.Source.Date).Max();
        return Write(json =>
        {
            json.WriteString("@context", Context);

            // A document whose title calls it a report (政府工作报告, "…report") is a Report; the rest are news.
            var report = article.Source.Title.EndsWith("报告", StringComparison.Ordinal) || card.Title.EndsWith("Report", StringComparison.OrdinalIgnoreCase);
            json.WriteString("@type", report ? "Report" : "NewsArticle");
            json.WriteString("headline", card.Title);
            json.WriteString("description", card.Summary);
            json.WriteString("url", site.Urls.Absolute(url));
            json.WriteString("mainEntityOfPage", site.Urls.Absolute(url));
            json.WriteString("inLanguage", card.TitleLang ?? lang.HtmlLang);
            json.WriteString("datePublished", Formats.IsoDate(article.Source.Date));
            json.WriteString("dateModified", Formats.IsoDate(edited));
            json.WriteBoolean("isAccessibleForFree", true);
            json.WriteString("license", site.Config.License.Url);
            Organization(json, "author", article.Source.Source.Length > 0 ? article.Source.Source : site.Config.Publisher.For(lang), null);
            Organization(json, "publisher", site.Config.Publisher.For(lang), site.Urls.Absolute(Urls.Home(lang)));
            json.WriteStartObject("contentLocation");
            json.WriteString("@type", "Place");
            json.WriteString("name", article.District.Name.For(lang));
            json.WriteEndObject();
            if (article.Source.SourceUrl is { } original)
            {
                json.WriteString("isBasedOn", original);
            }

            // The English page is a translation of the Chinese one, which names it in turn.
            if (lang == Lang.En && translated)
            {
                Work(json, "translationOfWork", site.Urls.Absolute(zh), Lang.Zh);
            }
            else if (lang == Lang.Zh && article.Translation is not null)
            {
                Work(json, "workTranslation", site.Urls.Absolute(en), Lang.En);
            }
        });
    }

    /// <summary>
    /// A page whose tables can be downloaded (and the codebook, which lists every download), as a dataset: its name
    /// and description, and each CSV and JSON file; null for a page without downloads.
    /// </summary>
    public string? Dataset(object model, Lang lang, string url, string name, string description)
    {
        var tables = model switch
        {
            IHasTables page => page.Tables.Where(t => t.Downloads.Count > 0).Select(t => new CodebookFile(t.Caption, t.Downloads)).ToList(),
            CodebookView codebook => [.. codebook.Sections.SelectMany(s => s.Files)],
            _ => [],
        };
        if (tables.Count == 0)
        {
            return null;
        }

        return Write(json =>
        {
            json.WriteString("@context", Context);
            json.WriteString("@type", "Dataset");
            json.WriteString("name", name);
            var (list, stop) = lang == Lang.Zh ? ("；", "。") : ("; ", ". ");
            json.WriteString("description", $"{description.TrimEnd('。', '.')}{stop}{string.Join(list, tables.Select(t => t.Caption))}{stop}{site.Config.Description.For(lang)}");
            json.WriteString("url", site.Urls.Absolute(url));
            json.WriteString("inLanguage", lang.HtmlLang);
            json.WriteBoolean("isAccessibleForFree", true);
            json.WriteString("license", site.Config.License.Url);
            Organization(json, "creator", site.Config.Publisher.For(lang), site.Urls.Absolute(Urls.Home(lang)));
            Organization(json, "publisher", site.Config.Publisher.For(lang), site.Urls.Absolute(Urls.Home(lang)));
            if (citation.DataAsOf is { } asOf)
            {
                json.WriteString("dateModified", Formats.IsoDate(asOf));
            }

            json.WriteStartArray("distribution");
            foreach (var table in tables)
            {
                foreach (var download in table.Downloads)
                {
                    json.WriteStartObject();
                    json.WriteString("@type", "DataDownload");
                    json.WriteString("name", $"{table.Caption} ({download.Text})");
                    json.WriteString("encodingFormat", download.Url.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/json");
                    json.WriteString("contentUrl", site.Urls.Absolute(download.Url));
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        });
    }

    private static void Organization(Utf8JsonWriter json, string property, string name, string? url)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "Organization");
        json.WriteString("name", name);
        if (url is not null)
        {
            json.WriteString("url", url);
        }

        json.WriteEndObject();
    }

    private static void Work(Utf8JsonWriter json, string property, string url, Lang lang)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", "CreativeWork");
        json.WriteString("url", url);
        json.WriteString("inLanguage", lang.HtmlLang);
        json.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
