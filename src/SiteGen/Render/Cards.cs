using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The cards that stand for an article, a district or a topic on other pages (lists, neighbours, related articles,
/// tables), in a language. An article's card is made once per build and language, then shared by every page that shows it.
/// </summary>
internal sealed class Cards
{
    private readonly SiteModel _site;
    private readonly Strings _strings;
    private readonly FigureText _text;
    private readonly ArticleCard?[][] _articles;

    public Cards(SiteModel site, Strings strings, FigureText text)
    {
        _site = site;
        _strings = strings;
        _text = text;
        _articles = [.. Lang.All.Select(_ => new ArticleCard?[site.Articles.Count])];
    }

    public ArticleCard Article(ArticleEntry article, Lang lang) =>
        LazyInitializer.EnsureInitialized(ref _articles[lang.Index][article.Index], () => NewArticleCard(article, lang));

    private ArticleCard NewArticleCard(ArticleEntry article, Lang lang)
    {
        var translated = lang == Lang.En && article.Translation is not null;
        var foreign = lang == Lang.En && !translated ? Lang.Zh.HtmlLang : null;
        return new ArticleCard(
            Urls.Article(lang, article.Slug),
            translated ? article.Translation!.Title : article.Source.Title,
            foreign,
            Formats.Date(article.Source.Date, lang, _site.Config.English),
            Formats.IsoDate(article.Source.Date),
            article.Source.Period is { } period ? _strings.Fill(lang, "reports_on", ("period", _text.Period(period, lang))) : null,
            new Link(Urls.District(lang, article.District.Key), article.District.Name.For(lang)),
            translated ? article.Translation!.Summary : article.Source.Summary,
            foreign,
            foreign is null ? null : _strings.T(lang, "badge_chinese_only"))
        {
            Original = article.Source.OriginalDate is { } given ? Formats.Date(given, lang, _site.Config.English) : null,
            OriginalIso = article.Source.OriginalDate is { } on ? Formats.IsoDate(on) : null,
        };
    }

    public DistrictCard District(DistrictEntry entry, Lang lang) =>
        new(entry.District.Key, Urls.District(lang, entry.District.Key), entry.District.Name.For(lang), entry.District.Description.For(lang),
            entry.Articles.Count, _strings.Count(lang, "article_count", entry.Articles.Count),
            entry.Projects.Count == 0 ? null : _strings.Count(lang, "project_count", entry.Projects.Count));

    public TopicCard Topic(Topic topic, Lang lang)
    {
        var articles = _site.ArticlesOn(topic);
        var projects = _site.ProjectsOn(topic).Count;
        return new TopicCard(topic.Key, Urls.Topic(lang, topic.Key), topic.Name.For(lang), articles.Count, _strings.Count(lang, "article_count", articles.Count),
            projects == 0 ? null : _strings.Count(lang, "project_count", projects));
    }

    /// <summary>Editor's notes of an article in a language, newest first.</summary>
    public IReadOnlyList<NoteView> Notes(ArticleEntry article, Lang lang) =>
        article.Source.Notes.OrderByDescending(n => n.Date)
            .Select(n => new NoteView(_strings.T(lang, "editor_note"), Formats.Date(n.Date, lang, _site.Config.English), Formats.IsoDate(n.Date), n.Text.For(lang)))
            .ToList();
}
