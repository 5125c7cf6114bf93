using SiteGen.Core;
using System.Net;
using System.Text;
using System.Xml;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>
/// /{lang}/feed.xml: an Atom feed of the newest articles in that language, with full content.
/// Entries are ordered by publication date (the feed's subtitle says so); an entry's summary names the
/// period the article reports on. Timestamps come from article dates, never from the clock, so the same
/// input gives the same bytes.
/// </summary>
internal static class AtomFeed
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const int MaxEntries = 50;

    /// <summary>The articles the feeds show (in both languages), newest first.</summary>
    public static IEnumerable<ArticleEntry> Articles(SiteModel site) => site.Articles.Take(MaxEntries);

    /// <summary>What a feed is made from beyond what every page reads: its articles and their translations (see <see cref="PageCache"/>).</summary>
    public static object?[] Inputs(SiteModel site) => [.. Articles(site).SelectMany(a => new object?[] { a.Source, a.Translation })];

    public static OutputFile Build(SiteModel site, PageParts pages, Lang lang)
    {
        var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        var articles = Articles(site).ToList();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, lang.HtmlLang);
            xml.WriteElementString("id", AtomNs, site.Urls.Absolute(Urls.Feed(lang)));
            xml.WriteElementString("title", AtomNs, site.Config.Title.For(lang));
            xml.WriteElementString("subtitle", AtomNs, site.Config.Description.For(lang) + " " + pages.T(lang, "feed_order"));
            xml.WriteElementString("updated", AtomNs, Timestamp(articles.Count > 0 ? articles[0].Source.Date : new DateOnly(2000, 1, 1)));
            WriteLink(xml, "self", site.Urls.Absolute(Urls.Feed(lang)), "application/atom+xml");
            WriteLink(xml, "alternate", site.Urls.Absolute(Urls.Home(lang)), "text/html");
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, site.Config.Publisher.For(lang));
            xml.WriteEndElement();

            foreach (var article in articles)
            {
                var card = pages.Cards.Article(article, lang);
                xml.WriteStartElement("entry", AtomNs);
                if (card.TitleLang is not null)
                {
                    xml.WriteAttributeString("xml", "lang", null, card.TitleLang);
                }

                xml.WriteElementString("id", AtomNs, site.Urls.Absolute(card.Url));
                xml.WriteElementString("title", AtomNs, card.Title);
                xml.WriteElementString("updated", AtomNs, Timestamp(article.Source.Date));
                xml.WriteElementString("published", AtomNs, Timestamp(article.Source.Date));
                WriteLink(xml, "alternate", site.Urls.Absolute(card.Url), "text/html");
                xml.WriteStartElement("category", AtomNs);
                xml.WriteAttributeString("term", article.District.Key);
                xml.WriteAttributeString("label", card.District.Text);
                xml.WriteEndElement();
                foreach (var topic in article.Topics)
                {
                    xml.WriteStartElement("category", AtomNs);
                    xml.WriteAttributeString("term", topic.Key);
                    xml.WriteAttributeString("scheme", site.Urls.Absolute(Urls.Topics(lang)));
                    xml.WriteAttributeString("label", topic.Name.For(lang));
                    xml.WriteEndElement();
                }
                xml.WriteElementString("summary", AtomNs, card.Reports is null ? card.Summary : $"{card.Reports} · {card.Summary}");
                xml.WriteStartElement("content", AtomNs);
                xml.WriteAttributeString("type", "html");
                var status = TranslationNotices.Status(article, lang, pages.Strings);
                xml.WriteString((status is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(site.Urls.Absolute(status.Url))}\">{WebUtility.HtmlEncode(status.Text)}</a></p>\n")
                    + string.Concat(pages.Cards.Notes(article, lang).Select(n =>
                    $"<p><strong>{WebUtility.HtmlEncode(n.Label)}</strong>{WebUtility.HtmlEncode(pages.T(lang, "note_open"))}{WebUtility.HtmlEncode(n.Date)}{WebUtility.HtmlEncode(pages.T(lang, "note_close"))}{WebUtility.HtmlEncode(n.Text)}</p>\n")) + pages.Bodies.For(article, lang).Html);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile(Urls.Feed(lang).TrimStart('/'), stream.ToArray());
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => Formats.IsoDate(date) + "T00:00:00+08:00";
}
