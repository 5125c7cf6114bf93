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
    /// <summary>The previous build's article pages and cards, per language (zh, en), in its site order.</summary>
    private readonly Slots<(string Slug, ArticleInputs Inputs, Page Page)>[] _pages;
    private readonly Slots<(ArticleEntry Article, ArticleCard Card)>[] _cards;

    /// <summary>What this build makes, per language, by the article's index in the site (filled in parallel, one slot each).</summary>
    private readonly (string Slug, ArticleInputs Inputs, Page Page)[][] _madePages = [[], []];
    private readonly (ArticleEntry Article, ArticleCard Card)[][] _madeCards = [[], []];

    private PageReuse(Slots<(string, ArticleInputs, Page)>[] pages, Slots<(ArticleEntry, ArticleCard)>[] cards)
    {
        _pages = pages;
        _cards = cards;
    }

    /// <summary>For a build with nothing to take over (the first, or one after a site-wide change): everything made is remembered.</summary>
    public static PageReuse None() => new([new([], m => m.Item1), new([], m => m.Item1)], [new([], m => m.Item1.Slug), new([], m => m.Item1.Slug)]);

    /// <summary>For the next build: takes over what this one had, remembers only what the next one makes.</summary>
    public PageReuse Again() => new(_pages, _cards);

    /// <summary>What this build made (taken over or new), for the next one; call after a successful build.</summary>
    public PageReuse Next() =>
        new([.. _madePages.Select(made => new Slots<(string, ArticleInputs, Page)>(made, m => m.Item1))],
            [.. _madeCards.Select(made => new Slots<(ArticleEntry, ArticleCard)>(made, m => m.Item1.Slug))]);

    /// <summary>
    /// One build's entries in site order. Articles keep their places unless some were added, removed or
    /// reordered, so the entry at the same index is tried first; the index by slug is made only when needed.
    /// </summary>
    private sealed class Slots<T>(T[] entries, Func<T, string?> slugOf)
    {
        private Dictionary<string, int>? _bySlug;

        public bool TryFind(int index, string slug, out T found)
        {
            if (index < entries.Length && slugOf(entries[index]) == slug)
            {
                found = entries[index];
                return true;
            }

            var bySlug = LazyInitializer.EnsureInitialized(ref _bySlug, () =>
            {
                var map = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
                for (var i = 0; i < entries.Length; i++)
                {
                    if (slugOf(entries[i]) is { } key)
                    {
                        map[key] = i;
                    }
                }

                return map;
            });
            var hit = bySlug.TryGetValue(slug, out var at);
            found = hit ? entries[at] : default!;
            return hit;
        }
    }

    /// <summary>
    /// Tests set this: every reused page and card is also made again and compared with the reused one
    /// (<see cref="ViewEquality"/>); a difference throws, naming the page. Off in normal builds.
    /// </summary>
    internal static bool Verify { get; set; }

    /// <summary>How many article pages this build took over unchanged (for tests and --verbose).</summary>
    public int Reused => _reused;

    private int _reused;

    private static int Index(string lang) => lang == "zh" ? 0 : 1;

    /// <summary>The cards of every article in a language, in site order: the previous build's where the article and its translation are the same files.</summary>
    internal ArticleCard[] Cards(IReadOnlyList<ArticleEntry> articles, string lang, Func<ArticleEntry, ArticleCard> make)
    {
        var old = _cards[Index(lang)];
        var cards = new ArticleCard[articles.Count];
        Parallel.For(0, articles.Count, i =>
        {
            var article = articles[i];
            if (old.TryFind(i, article.Slug, out var last) && ReferenceEquals(last.Article.Source, article.Source) && ReferenceEquals(last.Article.Translation, article.Translation))
            {
                cards[i] = last.Card;
                if (Verify && !ViewEquality.Equal(last.Card, make(article)))
                {
                    throw new InvalidOperationException($"reused card of {article.Slug} ({lang}) differs from a new one");
                }
            }
            else
            {
                cards[i] = make(article);
            }
        });
        _madeCards[Index(lang)] = [.. articles.Select((a, i) => (a, cards[i]))];
        return cards;
    }

    /// <summary>Starts the article pages of a language: one slot per article.</summary>
    internal void BeginArticles(string lang, int count) => _madePages[Index(lang)] = new (string, ArticleInputs, Page)[count];

    internal Page Article(ArticleEntry article, int index, string lang, ArticleEntry? newer, ArticleEntry? older, IReadOnlyList<ArticleEntry> related, IReadOnlyList<ProjectEntry> projects, Func<Page> make)
    {
        Page page;
        ArticleInputs inputs;
        if (_pages[Index(lang)].TryFind(index, article.Slug, out var old) && old.Inputs.Same(article, newer, older, related, projects))
        {
            (inputs, page) = (old.Inputs, old.Page);
            Interlocked.Increment(ref _reused);
            if (Verify && !ViewEquality.Equal(page, make()))
            {
                throw new InvalidOperationException($"reused page {page.Url} differs from a new one");
            }
        }
        else
        {
            inputs = new ArticleInputs(article, newer, older, related, projects);
            page = make();
        }

        _madePages[Index(lang)][index] = (article.Slug, inputs, page);
        return page;
    }

    /// <summary>True when the previous build has a page for this article that could be reused (its body need not be made up front).</summary>
    internal bool Has(int index, ArticleEntry article, string lang) => _pages[Index(lang)].TryFind(index, article.Slug, out _);
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
        var shape = new int[2 + projects.Count];
        shape[0] = related.Count;
        shape[1] = projects.Count;
        var mentions = 0;
        for (var i = 0; i < projects.Count; i++)
        {
            shape[2 + i] = projects[i].Mentions.Count;
            mentions += projects[i].Mentions.Count;
        }

        var refs = new object?[6 + related.Count * 2 + mentions * 3];
        (refs[0], refs[1], refs[2], refs[3], refs[4], refs[5]) = (article.Source, article.Translation, newer?.Source, newer?.Translation, older?.Source, older?.Translation);
        var at = 6;
        foreach (var a in related)
        {
            refs[at++] = a.Source;
            refs[at++] = a.Translation;
        }

        foreach (var project in projects)
        {
            foreach (var mention in project.Mentions)
            {
                refs[at++] = mention.Project;
                refs[at++] = mention.Article.Source;
                refs[at++] = mention.Article.Translation;
            }
        }

        _refs = refs;
        _shape = shape;
    }

    /// <summary>True when these inputs are the same instances, in the same shape, as the given ones (which are not copied: nothing is allocated).</summary>
    public bool Same(ArticleEntry article, ArticleEntry? newer, ArticleEntry? older, IReadOnlyList<ArticleEntry> related, IReadOnlyList<ProjectEntry> projects)
    {
        if (_shape[0] != related.Count || _shape[1] != projects.Count
            || !ReferenceEquals(_refs[0], article.Source) || !ReferenceEquals(_refs[1], article.Translation)
            || !ReferenceEquals(_refs[2], newer?.Source) || !ReferenceEquals(_refs[3], newer?.Translation)
            || !ReferenceEquals(_refs[4], older?.Source) || !ReferenceEquals(_refs[5], older?.Translation))
        {
            return false;
        }

        var at = 6;
        foreach (var a in related)
        {
            if (!ReferenceEquals(_refs[at++], a.Source) || !ReferenceEquals(_refs[at++], a.Translation))
            {
                return false;
            }
        }

        for (var i = 0; i < projects.Count; i++)
        {
            if (_shape[2 + i] != projects[i].Mentions.Count)
            {
                return false;
            }

            foreach (var mention in projects[i].Mentions)
            {
                if (!ReferenceEquals(_refs[at++], mention.Project) || !ReferenceEquals(_refs[at++], mention.Article.Source) || !ReferenceEquals(_refs[at++], mention.Article.Translation))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
