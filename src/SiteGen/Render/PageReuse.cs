using System.Collections.Concurrent;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The per-article page models and cards of the previous preview build, handed to the next one so
/// that an article page is made again only when something it is made from changed. A page (or card)
/// is reused when its <see cref="ArticleInputs"/> are the same instances as last time: the parsed
/// files of the article and its translation, of its newer and older neighbours, of the related
/// articles it lists, and of every article that reports a project it shows (projects merge by id
/// across articles). Everything else a page reads (site.yml, data/, the theme, the build options) is
/// site-wide: the caller passes a reuse only when none of that changed since the previous build.
/// The parsed files are the same instances exactly when their files were not changed (the content
/// cache hands back the same objects), so an equal key means an equal model.
/// </summary>
internal sealed class PageReuse
{
    private readonly IReadOnlyDictionary<(string Slug, string Lang), (ArticleInputs Inputs, Page Page)> _pages;
    private readonly IReadOnlyDictionary<(string Slug, string Lang), (SourceArticle Source, TranslatedArticle? Translation, ArticleCard Card)> _cards;

    private PageReuse(
        IReadOnlyDictionary<(string, string), (ArticleInputs, Page)> pages,
        IReadOnlyDictionary<(string, string), (SourceArticle, TranslatedArticle?, ArticleCard)> cards)
    {
        _pages = pages;
        _cards = cards;
    }

    /// <summary>For a build with nothing to take over (the first, or one after a site-wide change): everything made is remembered.</summary>
    public static PageReuse None() => new(new Dictionary<(string, string), (ArticleInputs, Page)>(), new Dictionary<(string, string), (SourceArticle, TranslatedArticle?, ArticleCard)>());

    /// <summary>For the next build: takes over what this one had, remembers only what the next one makes.</summary>
    public PageReuse Again() => new(_pages, _cards);

    /// <summary>
    /// Tests set this: every reused page and card is also made again and compared with the reused one
    /// (<see cref="ViewEquality"/>); a difference throws, naming the page. Off in normal builds.
    /// </summary>
    internal static bool Verify { get; set; }

    /// <summary>How many article pages the last build that used this reuse took over unchanged (for tests and --verbose).</summary>
    public int Reused => _reused;

    private int _reused;

    private readonly ConcurrentDictionary<(string, string), (ArticleInputs, Page)> _madePages = new();
    private readonly ConcurrentDictionary<(string, string), (SourceArticle, TranslatedArticle?, ArticleCard)> _madeCards = new();

    /// <summary>What this build made (taken over or new), for the next one; call after a successful build.</summary>
    public PageReuse Next() => new(new Dictionary<(string, string), (ArticleInputs, Page)>(_madePages), new Dictionary<(string, string), (SourceArticle, TranslatedArticle?, ArticleCard)>(_madeCards));

    internal ArticleCard Card(ArticleEntry article, string lang, Func<ArticleCard> make)
    {
        ArticleCard card;
        if (_cards.TryGetValue((article.Slug, lang), out var old) && ReferenceEquals(old.Source, article.Source) && ReferenceEquals(old.Translation, article.Translation))
        {
            card = old.Card;
            if (Verify && !ViewEquality.Equal(card, make()))
            {
                throw new InvalidOperationException($"reused card of {article.Slug} ({lang}) differs from a new one");
            }
        }
        else
        {
            card = make();
        }

        _madeCards[(article.Slug, lang)] = (article.Source, article.Translation, card);
        return card;
    }

    internal Page Article(ArticleEntry article, string lang, ArticleInputs inputs, Func<Page> make)
    {
        Page page;
        if (_pages.TryGetValue((article.Slug, lang), out var old) && old.Inputs.Same(inputs))
        {
            page = old.Page;
            Interlocked.Increment(ref _reused);
            if (Verify && !ViewEquality.Equal(page, make()))
            {
                throw new InvalidOperationException($"reused page {page.Url} differs from a new one");
            }
        }
        else
        {
            page = make();
        }

        _madePages[(article.Slug, lang)] = (inputs, page);
        return page;
    }

    /// <summary>True when the previous build has a page for this article that could be reused (its body need not be made up front).</summary>
    internal bool Has(ArticleEntry article, string lang) => _pages.ContainsKey((article.Slug, lang));
}

/// <summary>
/// What an article page is made from, beyond the site-wide input: parsed files, compared by instance.
/// The shape (how many related articles, projects and mentions) is compared too, so two different
/// lists can never line up into the same sequence of instances.
/// </summary>
internal sealed class ArticleInputs
{
    private readonly object?[] _refs;
    private readonly int[] _shape;

    public ArticleInputs(ArticleEntry article, ArticleEntry? newer, ArticleEntry? older, IReadOnlyList<ArticleEntry> related, IReadOnlyList<ProjectEntry> projects)
    {
        var refs = new List<object?>(8 + related.Count * 2 + projects.Count * 3)
        {
            article.Source, article.Translation,
            newer?.Source, newer?.Translation,
            older?.Source, older?.Translation,
        };
        var shape = new int[2 + projects.Count];
        shape[0] = related.Count;
        shape[1] = projects.Count;
        foreach (var a in related)
        {
            refs.Add(a.Source);
            refs.Add(a.Translation);
        }

        for (var i = 0; i < projects.Count; i++)
        {
            shape[2 + i] = projects[i].Mentions.Count;
            foreach (var mention in projects[i].Mentions)
            {
                refs.Add(mention.Project);
                refs.Add(mention.Article.Source);
                refs.Add(mention.Article.Translation);
            }
        }

        _refs = [.. refs];
        _shape = shape;
    }

    public bool Same(ArticleInputs other)
    {
        if (!_shape.AsSpan().SequenceEqual(other._shape) || _refs.Length != other._refs.Length)
        {
            return false;
        }

        for (var i = 0; i < _refs.Length; i++)
        {
            if (!ReferenceEquals(_refs[i], other._refs[i]))
            {
                return false;
            }
        }

        return true;
    }
}
