using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Each article's page in each language: its body (the English translation, or the Chinese text with a notice where
/// there is none), its metadata, notes, neighbours and related articles, and the projects and figures it reports.
/// </summary>
internal sealed class ArticlePages(PageParts parts) : PageKind("article")
{
    private const int RelatedCount = 5;
    private const int MinTocHeadings = 3;

    private SiteModel Site => parts.Site;

    public override IEnumerable<PageRecipe> Recipes(Lang lang) =>
        Site.Articles.Select(a => new PageRecipe(Urls.Article(lang, a.Slug), lang, this, a.Index) { InSitemap = a.Exists(lang), LastMod = Formats.IsoDate(a.Source.Date) });

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe)
    {
        var article = Site.Articles[recipe.Key];
        return parts.Shell.Alternates(recipe.Lang, l => Urls.Article(l, article.Slug), article.Exists);
    }

    /// <summary>
    /// What the page reads beyond what every page reads: the article and its translation, its newer and older
    /// neighbours, the related articles it lists, and every article that reports a project it shows (projects merge
    /// by id across articles). The counts keep two different lists from lining up into the same sequence.
    /// </summary>
    public override object?[]? Inputs(PageRecipe recipe) =>
        LazyInitializer.EnsureInitialized(ref _inputs[recipe.Key], () => InputsOf(Site.Articles[recipe.Key]));

    /// <summary>Each article's inputs, shared by its pages in both languages (both read the same files).</summary>
    private readonly object?[]?[] _inputs = new object?[]?[parts.Site.Articles.Count];

    private object?[] InputsOf(ArticleEntry article)
    {
        var (newer, older, related) = Neighbours(article);
        var projects = Site.ProjectsOf(article.Slug);
        var inputs = new List<object?> { article.Source, article.Translation, newer?.Source, newer?.Translation, older?.Source, older?.Translation, related.Count };
        foreach (var a in related)
        {
            inputs.Add(a.Source);
            inputs.Add(a.Translation);
        }

        inputs.Add(projects.Count);
        foreach (var project in projects)
        {
            inputs.Add(project.Mentions.Count);
            foreach (var mention in project.Mentions)
            {
                inputs.AddRange([mention.Project, mention.Article.Source, mention.Article.Translation]);
            }
        }

        return [.. inputs];
    }

    public override Page Make(PageRecipe recipe)
    {
        var (lang, article) = (recipe.Lang, Site.Articles[recipe.Key]);
        var cards = parts.Cards;
        var card = cards.Article(article, lang);
        var (newer, older, related) = Neighbours(article);
        string UrlFor(Lang l) => Urls.Article(l, article.Slug);
        var translated = lang == Lang.En && article.Translation is not null;
        var head = parts.Shell.Head("article", lang, parts.Shell.FullTitle(lang, card.Title), card.Summary, UrlFor, article.Exists, "article") with
        {
            TextLang = card.TitleLang,
            JsonLd = parts.StructuredData.Article(article, card, lang, card.Url, translated),
        };

        Notice? notice = null;
        Link? original = null;
        if (lang == Lang.En)
        {
            var zhUrl = UrlFor(Lang.Zh);
            original = new Link(zhUrl, article.Source.Title, Lang.Zh.HtmlLang);
            notice = article.State switch
            {
                TranslationState.Missing => new Notice("fallback", parts.T(lang, "notice_fallback"), null),
                TranslationState.Stale => new Notice("stale", parts.T(lang, "notice_stale"), new Link(zhUrl, parts.T(lang, "notice_stale_link")))
                {
                    Changes = TranslationNotices.Changes(article, lang, parts.Strings),
                },
                _ => null,
            };
        }

        var body = parts.Bodies.For(article, lang);
        var contents = body.Headings.Count >= MinTocHeadings ? body.Headings : [];
        var model = new ArticleView(
            card,
            original,
            lang == Lang.En ? parts.Strings.Fill(lang, "source_label", ("district", article.District.Name.En)) : article.Source.Source,
            null,
            [.. article.Topics.Select(t => new Link(Urls.Topic(lang, t.Key), t.Name.For(lang)))],
            contents.Count > 0 ? WithBackLinks(body.Html, parts.T(lang, "back_to_contents"), lang.HtmlLang) : body.Html,
            contents,
            lang == Lang.En && !translated ? Lang.Zh.HtmlLang : null,
            !(translated ? article.Translation!.BodyStartsWithSummary : article.Source.BodyStartsWithSummary),
            notice,
            newer is null ? null : cards.Article(newer, lang),
            older is null ? null : cards.Article(older, lang),
            [.. related.Select(a => cards.Article(a, lang))],
            parts.Tables.ForArticle(article, lang),
            article.Source.Period is { } period ? parts.Text.Period(period, lang) : null)
        {
            Notes = cards.Notes(article, lang),
            Translation = TranslationNotices.Status(article, lang, parts.Strings),
            Terms = translated ? [.. body.Terms.Select(key => article.Source.Terms.First(t => t.Key == key)).Select(t => GlossaryPage.Term(t, lang))] : [],
            SourceLink = article.Source.SourceUrl is { } sourceUrl ? new Link(sourceUrl, parts.T(lang, "source_original_link"), Lang.Zh.HtmlLang) : null,
            Citation = parts.Citation.For(lang, card.Title, card.Url, article.Source.Date, card.TitleLang),
        };

        return new Page(recipe, parts.Shell.Site(lang, card.Url, UrlFor(lang.Other)), head, model);
    }

    /// <summary>
    /// An article's newer and older neighbours in the site's order, and the related articles it lists: the latest of its
    /// district, leaving out itself and its neighbours (the page links those already).
    /// </summary>
    private (ArticleEntry? Newer, ArticleEntry? Older, List<ArticleEntry> Related) Neighbours(ArticleEntry article)
    {
        var index = article.Index;
        var newer = index > 0 ? Site.Articles[index - 1] : null;
        var older = index + 1 < Site.Articles.Count ? Site.Articles[index + 1] : null;
        var related = new List<ArticleEntry>(RelatedCount);
        foreach (var a in Site.DistrictOf(article.District.Key).Articles)
        {
            if (related.Count == RelatedCount)
            {
                break;
            }

            if (a.Slug != article.Slug && a.Slug != newer?.Slug && a.Slug != older?.Slug)
            {
                related.Add(a);
            }
        }

        return (newer, older, related);
    }

    /// <summary>A "back to contents" link at the end of each section of a body that has a table of contents.</summary>
    internal static string WithBackLinks(string html, string text, string htmlLang)
    {
        var link = $"<p class=\"back-to-contents\" data-pagefind-ignore lang=\"{htmlLang}\"><a href=\"#contents\">↑ {System.Net.WebUtility.HtmlEncode(text)}</a></p>\n";

        // Each section runs from an <h2 id=…> or <h3 id=…> to the next one (or the end); the text
        // before the first heading is not a section.
        var starts = new List<int>();
        for (var i = html.IndexOf("<h", StringComparison.Ordinal); i >= 0; i = html.IndexOf("<h", i + 1, StringComparison.Ordinal))
        {
            if (i + 7 <= html.Length && html[i + 2] is '2' or '3' && string.CompareOrdinal(html, i + 3, " id=", 0, 4) == 0)
            {
                starts.Add(i);
            }
        }

        var sb = new System.Text.StringBuilder(html.Length + starts.Count * link.Length);
        sb.Append(html, 0, starts.Count == 0 ? html.Length : starts[0]);
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1] : html.Length;
            sb.Append(html, starts[k], end - starts[k]).Append(link);
        }

        return sb.ToString();
    }
}
