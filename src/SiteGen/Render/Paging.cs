using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Long lists of articles continued on numbered pages of <see cref="Content.SiteConfig.PageSize"/> cards: the first at
/// the list's URL, the others at its <c>page/2/</c> and so on, each with a <see cref="Pager"/>. A list that fits (or is
/// empty) is one page without a pager.
/// </summary>
internal sealed class Paging(SiteModel site, Strings strings, Cards cards)
{
    /// <summary>The recipes of a list's pages: page 1 at <paramref name="first"/>, the others below it.</summary>
    public IEnumerable<PageRecipe> Recipes(PageKind kind, Lang lang, string first, int articles, int key = 0)
    {
        var count = site.Config.PagesFor(articles);
        for (var number = 1; number <= count; number++)
        {
            yield return new PageRecipe(Urls.Paged(first, number), lang, kind, key, number);
        }
    }

    /// <summary>The cards page <paramref name="number"/> of a list shows, and its pager (null when the list fits one page).</summary>
    public (IReadOnlyList<ArticleCard> Cards, Pager? Pager) Page(IReadOnlyList<ArticleEntry> articles, Lang lang, string first, int number)
    {
        var size = site.Config.PageSize;
        var count = site.Config.PagesFor(articles.Count);
        var from = (number - 1) * size;
        var to = Math.Min(articles.Count, from + size);
        var shown = new List<ArticleCard>(to - from);
        for (var i = from; i < to; i++)
        {
            shown.Add(cards.Article(articles[i], lang));
        }

        return (shown, count == 1 ? null : Pager(lang, first, number, count, from, to, articles.Count));
    }

    /// <summary>
    /// What page <paramref name="number"/> of a list shows beyond what every page reads: how long the list is (its pager)
    /// and the articles on the page, each with its translation (their cards).
    /// </summary>
    public object?[] Inputs(IReadOnlyList<ArticleEntry> articles, int number)
    {
        var size = site.Config.PageSize;
        var from = (number - 1) * size;
        var to = Math.Min(articles.Count, from + size);
        var inputs = new object?[2 + (2 * (to - from))];
        (inputs[0], inputs[1]) = (articles.Count, number);
        for (var i = from; i < to; i++)
        {
            inputs[2 + (2 * (i - from))] = articles[i].Source;
            inputs[3 + (2 * (i - from))] = articles[i].Translation;
        }

        return inputs;
    }

    /// <summary>A page's title: the list's on its first page, "… (page 2 of 5)" on the others.</summary>
    public string Title(Lang lang, string title, int number, int articles) =>
        number == 1 ? title : strings.Fill(lang, "pager_title", ("title", title), ("page", Whole(number, lang)), ("pages", Whole(site.Config.PagesFor(articles), lang)));

    /// <summary>Page <paramref name="number"/> of <paramref name="count"/> of a list at <paramref name="first"/>, showing its cards from <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="total"/>.</summary>
    private Pager Pager(Lang lang, string first, int number, int count, int from, int to, int total)
    {
        var links = new List<PagerLink>();
        var last = 0;
        foreach (var k in Numbers(number, count))
        {
            if (k > last + 1)
            {
                links.Add(new PagerLink(null, "…", null, false));
            }

            links.Add(new PagerLink(Urls.Paged(first, k), Whole(k, lang), strings.Fill(lang, "pager_page", ("page", Whole(k, lang))), k == number));
            last = k;
        }

        var status = strings.Fill(lang, "pager_status", ("from", Whole(from + 1, lang)), ("to", Whole(to, lang)), ("count", Whole(total, lang)));
        return new Pager(number, count, status,
            number > 1 ? Urls.Paged(first, number - 1) : null,
            number < count ? Urls.Paged(first, number + 1) : null,
            links);
    }

    /// <summary>
    /// The page numbers a pager links: the first, the last, and the two either side of the current one, in order; a
    /// gap of one page is that page's number rather than "…".
    /// </summary>
    internal static IEnumerable<int> Numbers(int number, int count)
    {
        var (from, to) = (Math.Max(2, number - 2), Math.Min(count - 1, number + 2));
        (from, to) = (from == 3 ? 2 : from, to == count - 2 ? count - 1 : to);
        yield return 1;
        for (var k = from; k <= to; k++)
        {
            yield return k;
        }

        if (count > 1)
        {
            yield return count;
        }
    }

    /// <summary>An exact whole number as a pager shows it: grouped in thousands in English, plain digits in Chinese (not 万, which would round).</summary>
    private static string Whole(int value, Lang lang) =>
        value.ToString(lang == Lang.En ? "N0" : "D", System.Globalization.CultureInfo.InvariantCulture);
}
