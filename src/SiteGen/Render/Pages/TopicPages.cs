using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// Each topic that has articles: its articles, continued on numbered pages (<see cref="Paging"/>), and on its first
/// page the projects they report.
/// </summary>
internal sealed class TopicPages(PageParts parts) : PageKind("topic")
{
    /// <summary>Topics that have articles, in the registry's order: each gets a page.</summary>
    private readonly IReadOnlyList<Topic> _topics = [.. parts.Site.Topics.Where(t => parts.Site.ArticlesOn(t).Count > 0)];

    public IReadOnlyList<Topic> Topics => _topics;

    public override IEnumerable<PageRecipe> Recipes(Lang lang) =>
        _topics.SelectMany((t, i) => parts.Paging.Recipes(this, lang, Urls.Topic(lang, t.Key), parts.Site.ArticlesOn(t).Count, i));

    public override Page Make(PageRecipe recipe)
    {
        var (lang, n, topic) = (recipe.Lang, recipe.Number, _topics[recipe.Key]);
        var card = parts.Cards.Topic(topic, lang);
        var description = parts.Strings.Fill(lang, "topic_description", ("topic", card.Name));
        var articles = parts.Site.ArticlesOn(topic);
        var (cards, pager) = parts.Paging.Page(articles, lang, Urls.Topic(lang, topic.Key), n);
        var model = new TopicView(card, description, cards, n == 1 ? parts.Tables.ForTopic(topic, lang) : [], pager);
        var title = parts.Paging.Title(lang, card.Name, n, articles.Count);
        return parts.Page(recipe, "topic", UrlFor(recipe), parts.Shell.FullTitle(lang, title), description, model);
    }

    /// <summary>
    /// A later page's inputs: the articles it lists, and the topic's project count (its card says it). The first page's
    /// table reads every article on the topic: its model is compared instead.
    /// </summary>
    public override object?[]? Inputs(PageRecipe recipe)
    {
        var topic = _topics[recipe.Key];
        return recipe.Number == 1 ? null : [parts.Site.ProjectsOn(topic).Count, .. parts.Paging.Inputs(parts.Site.ArticlesOn(topic), recipe.Number)];
    }

    public override IReadOnlyList<Alternate> Alternates(PageRecipe recipe) => parts.Shell.Alternates(recipe.Lang, UrlFor(recipe), PageShell.Both);

    private Func<Lang, string> UrlFor(PageRecipe recipe) => l => Urls.Paged(Urls.Topic(l, _topics[recipe.Key].Key), recipe.Number);
}
