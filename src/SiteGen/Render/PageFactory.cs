using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using SiteGen.Core;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// Turns the <see cref="SiteModel"/> into the list of pages, each with its view model in its own
/// language. The bilingual rules live here: which versions exist, what hreflang and canonical say,
/// and how Chinese text on an English page is marked.
/// </summary>
internal sealed class PageFactory : IPageMaker
{
    private const int LatestCount = 8;
    private const int RelatedCount = 5;
    private const int MinTocHeadings = 3;

    private readonly SiteModel _site;
    private readonly Theme _theme;
    private readonly AssetManifest _assets;
    private readonly SummaryTables _tables;
    private readonly ConcurrentDictionary<(string Slug, string Lang), RenderedBody> _bodies = new();
    private readonly MarkdownRenderer _markdown;
    private readonly PageReuse? _reuse;

    /// <param name="reuse">Preview only: the previous build's article pages and cards, to take over where their inputs are the same (see <see cref="PageReuse"/>); the caller passes one only when nothing site-wide changed.</param>
    public PageFactory(SiteModel site, Theme theme, AssetManifest assets, MarkdownRenderer markdown, PageReuse? reuse = null)
    {
        _site = site;
        _theme = theme;
        _assets = assets;
        _markdown = markdown;
        _reuse = reuse;
        _tables = new SummaryTables(site, this);
        _numberCoverage = new(() => NumberCoverage.Of(_site));
        _articlesByTerm = new(() => _site.Articles
            .SelectMany(a => TermsOf(a).Select(t => t.Key).Distinct(StringComparer.Ordinal).Select(key => (Key: key, Article: a)))
            .ToLookup(p => p.Key, p => p.Article, StringComparer.Ordinal));
    }

    public string T(string lang, string key) =>
        _theme.Strings[lang].TryGetValue(key, out var value) ? value
        : throw new DiagnosticException([Diagnostic.Error(Paths.Display(Path.Combine(_theme.Root, "i18n", lang + ".yml")), 0,
            $"UI string \"{key}\" is missing; SiteGen's pages need it: add it (the repo's theme/i18n/{lang}.yml has every key)")]);

    public static string HtmlLang(string lang) => lang == "zh" ? "zh-CN" : "en";

    /// <summary>Rendered body HTML of an article in a language (the zh text when en is missing); cached, thread-safe.</summary>
    /// <remarks>
    /// A clean build makes each page once, so it keeps no bodies: each lives only as long as its page model
    /// needs it (the feed makes its few again), instead of all of them until the end of the build.
    /// </remarks>
    public RenderedBody Body(ArticleEntry article, string lang)
    {
        var key = (article.Slug, lang == "en" && article.Translation is not null ? "en" : "zh");
        return _markdown.RemembersBetweenBuilds ? _bodies.GetOrAdd(key, NewBody, article) : NewBody(key, article);
    }

    private RenderedBody NewBody((string Slug, string Lang) key, ArticleEntry article) =>
        key.Lang == "en"
            ? _markdown.Render(article.Translation!.Body, TermsOf(article).Select(t => new TermMark(t.Key, [t.En, .. t.Accept], TermUrl(article, t))).ToList())
            : _markdown.Render(article.Source.Body);

    /// <summary>
    /// A clean build: each article's Markdown is released (<see cref="SourceArticle.ReleaseBody"/>) as soon as both
    /// of its pages have made their body HTML in their render turn, except for the articles in <paramref name="keep"/>
    /// (the feeds make theirs again while the pages render). Call before <see cref="CreatePages"/>. Preview keeps
    /// bodies between builds, so it never releases them.
    /// </summary>
    public void ReleaseBodies(IEnumerable<ArticleEntry> keep)
    {
        if (_markdown.RemembersBetweenBuilds)
        {
            throw new InvalidOperationException("preview keeps the article bodies between builds");
        }

        _keep = new HashSet<ArticleEntry>(keep, ReferenceEqualityComparer.Instance);
        _pagesToMake = [.. Enumerable.Repeat(SiteModel.Languages.Length, _site.Articles.Count)];
    }

    /// <summary>Per article (by its index in the site), how many of its pages have yet to make their body; null unless bodies are released.</summary>
    private int[]? _pagesToMake;

    private HashSet<ArticleEntry>? _keep;

    /// <summary>Counts one of the article's pages as having made its body; the last one releases the article's Markdown (<see cref="ReleaseBodies"/>).</summary>
    private ArticleView BodyMade(ArticleView model, ArticleEntry article, int index)
    {
        if (_pagesToMake is { } left && Interlocked.Decrement(ref left[index]) == 0 && !_keep!.Contains(article))
        {
            article.Source.ReleaseBody();
            article.Translation?.ReleaseBody();
        }

        return model;
    }

    /// <summary>The glossary terms the zh source of an article uses; found once per article, thread-safe.</summary>
    private IReadOnlyList<GlossaryTerm> TermsOf(ArticleEntry article) =>
        _terms.GetOrAdd(article.Slug, _ => FoundTerms.Get(article.Source, CanonicalGlossary, remember: _markdown.RemembersBetweenBuilds));

    /// <summary>This build's glossary, as the same instance as the previous build's when equal (see <see cref="FoundTerms"/>).</summary>
    private IReadOnlyList<GlossaryTerm> CanonicalGlossary => LazyInitializer.EnsureInitialized(ref _glossary, () => FoundTerms.Canonical(_site.Editorial.Glossary));

    private IReadOnlyList<GlossaryTerm>? _glossary;

    private readonly ConcurrentDictionary<string, IReadOnlyList<GlossaryTerm>> _terms = new(StringComparer.Ordinal);

    private static string TermUrl(ArticleEntry article, GlossaryTerm term) => $"{Urls.Article("en", article.Slug)}#term-{term.Key}";

    /// <summary>Editor's notes of an article in a language, newest first.</summary>
    public IReadOnlyList<NoteView> Notes(ArticleEntry article, string lang) =>
        article.Source.Notes.OrderByDescending(n => n.Date)
            .Select(n => new NoteView(T(lang, "editor_note"), Formats.Date(n.Date, lang, _site.Config.English), Formats.IsoDate(n.Date), n.Text.For(lang)))
            .ToList();

    private TermView TermView(GlossaryTerm term, string lang, bool withArticles)
    {
        var view = new TermView(term.Key, term.En, term.Zh, term.Notes, $"{Urls.Glossary(lang)}#{term.Key}",
            withArticles ? ArticlesByTerm[term.Key].Take(Render.TermView.MaxUsedIn).Select(a => Card(a, lang)).ToList() : []);
        var more = withArticles ? ArticlesByTerm[term.Key].Count() - Render.TermView.MaxUsedIn : 0;
        return more <= 0 ? view : view with
        {
            More = new Link($"{Urls.Search(lang)}?q={Uri.EscapeDataString(lang == "en" ? term.En : term.Zh)}",
                T(lang, more == 1 ? "glossary_more_one" : "glossary_more").Replace("{count}", Formats.Count(more, lang), StringComparison.Ordinal)),
        };
    }

    /// <summary>The articles that use each glossary term, in site order: found once, not by scanning every article for every term.</summary>
    private ILookup<string, ArticleEntry> ArticlesByTerm => _articlesByTerm.Value;

    /// <summary>The site's number coverage (the method page in both languages shows it): counted once per build.</summary>
    public NumberCoverage NumberCoverage => _numberCoverage.Value;

    private readonly Lazy<NumberCoverage> _numberCoverage;

    private readonly Lazy<ILookup<string, ArticleEntry>> _articlesByTerm;

    public IReadOnlyList<Page> CreatePages()
    {
        // Markdown bodies are the costly part of the view models: in preview, render them in parallel first,
        // only those of pages that cannot be taken over from the previous build (a clean build renders each
        // in its article page's turn, below, and keeps none).
        if (_markdown.RemembersBetweenBuilds)
        {
            Parallel.For(0, _site.Articles.Count * SiteModel.Languages.Length, k =>
            {
                var (i, lang) = (k / SiteModel.Languages.Length, SiteModel.Languages[k % SiteModel.Languages.Length]);
                if (_reuse?.Has(i, _site.Articles[i], lang) != true)
                {
                    Body(_site.Articles[i], lang);
                }
            });
        }

        // Every article's card in each language, made (or taken over) once, in parallel: lists, neighbours,
        // related articles, tables and the glossary then only look them up.
        foreach (var lang in SiteModel.Languages)
        {
            var cards = _reuse is null
                ? _site.Articles.AsParallel().AsOrdered().Select(a => NewCard(a, lang)).ToArray()
                : _reuse.Cards(_site.Articles, lang, a => NewCard(a, lang));
            var byArticle = new Dictionary<ArticleEntry, ArticleCard>(cards.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < cards.Length; i++)
            {
                byArticle[_site.Articles[i]] = cards[i];
            }

            _cardsByLang[lang == "zh" ? 0 : 1] = byArticle;
        }

        _articleAlternates = _markdown.RemembersBetweenBuilds ? new IReadOnlyList<Alternate>?[_site.Articles.Count] : [];

        // The groups of pages in output order; made in parallel (each a pure function of the site), then joined.
        var groups = new List<Func<IEnumerable<Page>>> { () => [Chooser()] };
        var articlePages = new Page[SiteModel.Languages.Length][];
        foreach (var lang in SiteModel.Languages)
        {
            groups.AddRange(
            [
                () => [Home(lang)],
                () => ArticleList(lang),
                () =>
                {
                    _reuse?.BeginArticles(lang, _site.Articles.Count);
                    var articles = new Page[_site.Articles.Count];
                    Parallel.For(0, articles.Length, () => new List<ArticleEntry>(RelatedCount), (i, _, related) =>
                    {
                        articles[i] = Article(_site.Articles[i], i, lang, related);
                        return related;
                    }, _ => { });
                    return articlePages[Array.IndexOf(SiteModel.Languages, lang)] = articles;
                },
                () => [DistrictList(lang)],
                () => _site.PublishedDistricts.SelectMany(d => District(d, lang)).ToList(),
                () => [TopicList(lang)],
                () => TopicsWithArticles().SelectMany(t => Topic(t, lang)).ToList(),
                () => [Summary(lang)],
                () => [Method(lang)],
                () => [Glossary(lang)],
                () => [Search(lang)],
                () => [NotFound(lang, Urls.NotFound(lang))],
            ]);
        }

        groups.Add(() => [NotFound(_site.Config.DefaultLanguage, Urls.RootNotFound)]);
        var made = new IEnumerable<Page>[groups.Count];
        Parallel.For(0, groups.Count, i => made[i] = groups[i]());
        _articlePagesAt = [.. articlePages.Select(group => made.TakeWhile(m => !ReferenceEquals(m, group)).Sum(m => m.Count()))];
        return [.. made.SelectMany(g => g)];
    }

    /// <summary>Where each language's article pages start in the list <see cref="CreatePages"/> made (zh, en).</summary>
    private int[] _articlePagesAt = [];

    /// <summary>
    /// The order a clean build renders the pages of <see cref="CreatePages"/> in, and how many at its start render
    /// on one thread (<see cref="PageRenderer.RenderEach"/>): first the site-wide pages with the most list items
    /// (every article's card, the site's tables: huge at 100,000 articles, and a thread's buffers grow to the
    /// largest page it renders for good), then the other site-wide pages, then the article pages with each
    /// article's English page after its Chinese one, so that the render releases article bodies from its start
    /// (<see cref="ReleaseBodies"/>). The pages' bytes do not depend on it.
    /// </summary>
    public (int[] Order, int OneThread) RenderOrder(IReadOnlyList<Page> pages)
    {
        var (zh, en, articles) = (_articlePagesAt[0], _articlePagesAt[1], _site.Articles.Count);
        bool IsArticle(int i) => i >= zh && i < zh + articles || i >= en && i < en + articles;
        var siteWide = Enumerable.Range(0, pages.Count).Where(i => !IsArticle(i)).ToList();
        var huge = siteWide.Where(i => ViewEquality.ListItems(pages[i].Model) >= HugePageItems).ToList();
        var order = new List<int>(pages.Count);
        order.AddRange(huge);
        order.AddRange(siteWide.Except(huge));
        for (var k = 0; k < articles; k++)
        {
            order.Add(zh + k);
            order.Add(en + k);
        }

        return ([.. order], huge.Count);
    }

    /// <summary>
    /// A page with this many list items (cards, table cells) or more is rendered on the one thread kept for huge pages:
    /// at 10,000 articles, the article lists, the glossary and the district pages; at 1,000, the lists and the glossary
    /// (all site-wide pages on one thread made that small site's render 5% slower).
    /// </summary>
    internal const int HugePageItems = 500;

    /// <summary>An article's card in a language; made once per build (lists, neighbours and related articles all show it).</summary>
    public ArticleCard Card(ArticleEntry article, string lang) =>
        _cardsByLang[lang == "zh" ? 0 : 1] is { } made && made.TryGetValue(article, out var card) ? card
        : _cards.GetOrAdd((article.Slug, lang), static (_, arg) => arg.Factory.NewCard(arg.Article, arg.Lang), (Factory: this, Article: article, Lang: lang));

    /// <summary>The cards of the site's articles per language (zh, en), made in <see cref="CreatePages"/>.</summary>
    private readonly Dictionary<ArticleEntry, ArticleCard>?[] _cardsByLang = new Dictionary<ArticleEntry, ArticleCard>?[2];

    private readonly ConcurrentDictionary<(string Slug, string Lang), ArticleCard> _cards = new();

    /// <summary>
    /// One list instance for the same cards in the same order: most articles of a district show the same
    /// related articles, and the theme's rendering of a list is remembered by instance (<see cref="PartialMemo"/>).
    /// </summary>
    private IReadOnlyList<ArticleCard> Shared(List<ArticleCard> cards) => _lists.GetOrAdd(new CardList(cards), cards);

    private readonly ConcurrentDictionary<CardList, IReadOnlyList<ArticleCard>> _lists = new();

    /// <summary>A list of cards compared by the card instances it holds (cards are made once per build).</summary>
    private readonly struct CardList(List<ArticleCard> cards) : IEquatable<CardList>
    {
        private readonly List<ArticleCard> _cards = cards;

        public bool Equals(CardList other) => _cards.SequenceEqual(other._cards, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => obj is CardList other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var card in _cards)
            {
                hash.Add(RuntimeHelpers.GetHashCode(card));
            }

            return hash.ToHashCode();
        }
    }

    private ArticleCard NewCard(ArticleEntry article, string lang)
    {
        var translated = lang == "en" && article.Translation is not null;
        var foreign = lang == "en" && !translated ? HtmlLang("zh") : null;
        return new ArticleCard(
            Urls.Article(lang, article.Slug),
            translated ? article.Translation!.Title : article.Source.Title,
            foreign,
            _dates.GetOrAdd((article.Source.Date, lang), static (key, english) => Formats.Date(key.Date, key.Lang, english), _site.Config.English),
            _dates.GetOrAdd((article.Source.Date, ""), static key => Formats.IsoDate(key.Date)),
            article.Source.Period is { } period ? T(lang, "reports_on").Replace("{period}", new FigureText(T).Period(period, lang), StringComparison.Ordinal) : null,
            _districtLinks.GetOrAdd((article.District.Key, lang), static (key, district) => new Link(Urls.District(key.Lang, key.Key), district.Name.For(key.Lang)), article.District),
            translated ? article.Translation!.Summary : article.Source.Summary,
            foreign,
            foreign is null ? null : T(lang, "badge_chinese_only"));
    }

    /// <summary>Each publication date as the cards show it (per language; "" for the ISO date), one string for all the cards of that date.</summary>
    private readonly ConcurrentDictionary<(DateOnly Date, string Lang), string> _dates = new();

    /// <summary>The link to each district's page per language, one for all its articles' cards.</summary>
    private readonly ConcurrentDictionary<(string Key, string Lang), Link> _districtLinks = new();

    public DistrictCard DistrictCard(DistrictEntry entry, string lang) =>
        new(entry.District.Key, Urls.District(lang, entry.District.Key), entry.District.Name.For(lang), entry.District.Description.For(lang),
            entry.Articles.Count, CountText(lang, "article_count", entry.Articles.Count),
            entry.Projects.Count == 0 ? null : CountText(lang, "project_count", entry.Projects.Count));

    private string CountText(string lang, string key, int count) =>
        T(lang, count == 1 ? key + "_one" : key).Replace("{count}", Formats.Count(count, lang), StringComparison.Ordinal);

    /// <summary>What the layouts see of the site on a page: the language's shared view, with the page's navigation and other-language link.</summary>
    private SiteView SiteFor(string lang, string current, string? otherUrl)
    {
        var other = SiteModel.OtherLanguage(lang);
        return _siteViews.GetOrAdd(lang, NewSiteView) with
        {
            Nav = Nav(lang, current),
            OtherLanguage = otherUrl is null ? null : new Link(otherUrl, T(other, "language_name"), HtmlLang(other)),
        };
    }

    /// <summary>The site view of a language without a page's navigation and other-language link: made once, its strings shared by every page.</summary>
    private SiteView NewSiteView(string lang) =>
        new(
            _site.Config.Title.For(lang),
            _site.Config.Description.For(lang),
            lang,
            HtmlLang(lang),
            Urls.Home(lang),
            [],
            null,
            _assets.Url("css/site.css"),
            _assets.Url("js/site.js"),
            _assets.Url("favicon.svg"),
            Urls.Feed(lang),
            Urls.Search(lang),
            Urls.Topics(lang),
            _site.Config.Publisher.For(lang),
            Urls.Method(lang));

    private readonly ConcurrentDictionary<string, SiteView> _siteViews = new(StringComparer.Ordinal);

    /// <summary>
    /// A page's navigation: one list per language and current entry, shared by every page that shows it (all
    /// 100,000 article pages of a language show the same one), instead of a list per page.
    /// </summary>
    private IReadOnlyList<NavLink> Nav(string lang, string current)
    {
        var entries = NavEntries[Array.IndexOf(SiteModel.Languages, lang)];
        var currentOnes = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].Url == current || entries[i].Url != Urls.Home(lang) && current.StartsWith(entries[i].Url, StringComparison.Ordinal))
            {
                currentOnes |= 1 << i;
            }
        }

        return _navs.GetOrAdd((lang, currentOnes), key => [.. entries.Select((n, i) => new NavLink(n.Url, T(key.Lang, n.Key), (key.Current & (1 << i)) != 0))]);
    }

    /// <summary>The navigation's entries (URL, UI string) per language, in the order of <see cref="SiteModel.Languages"/>.</summary>
    private static readonly (string Url, string Key)[][] NavEntries = [.. SiteModel.Languages.Select(lang => new (string, string)[]
    {
        (Urls.Home(lang), "nav_home"),
        (Urls.Articles(lang), "nav_articles"),
        (Urls.Districts(lang), "nav_districts"),
        (Urls.Summary(lang), "nav_summary"),
        (Urls.Search(lang), "nav_search"),
    })];

    private readonly ConcurrentDictionary<(string Lang, int Current), IReadOnlyList<NavLink>> _navs = new();

    /// <summary>The head of a page that exists in both languages at <paramref name="urlFor"/>.</summary>
    /// <param name="alternates">The page's hreflang alternates when made already (an article's two pages share theirs).</param>
    private HeadView Head(string kind, string lang, string title, string description, Func<string, string> urlFor, IReadOnlyCollection<string> existing, string ogType = "website", IReadOnlyList<Alternate>? alternates = null)
    {
        var canonicalLang = existing.Contains(lang) ? lang : _site.Config.DefaultLanguage;
        alternates ??= Alternates(lang, urlFor, existing);

        // The page's own and canonical URLs are the alternates' strings (one instance each, not three).
        string Absolute(string l) => existing.Contains(l) ? alternates.First(a => a.Hreflang == HtmlLang(l)).Href : _site.Urls.Absolute(urlFor(l));
        var other = SiteModel.OtherLanguage(lang);
        return new HeadView(kind, title, description, Absolute(lang), Absolute(canonicalLang), alternates, ogType,
            lang == "zh" ? "zh_CN" : "en_US", existing.Contains(other) ? (other == "zh" ? "zh_CN" : "en_US") : null, !existing.Contains(lang));
    }

    /// <summary>
    /// A page's hreflang alternates: each language it exists in, then x-default (the default language's version, or
    /// the page's own when there is none). The same for every language of the page while the default language's version exists.
    /// </summary>
    private List<Alternate> Alternates(string lang, Func<string, string> urlFor, IReadOnlyCollection<string> existing) =>
        SiteModel.Languages.Where(existing.Contains)
            .Select(l => new Alternate(HtmlLang(l), _site.Urls.Absolute(urlFor(l))))
            .Append(new Alternate("x-default", _site.Urls.Absolute(urlFor(existing.Contains(_site.Config.DefaultLanguage) ? _site.Config.DefaultLanguage : lang))))
            .ToList();

    /// <summary>Preview only: each article's hreflang alternates (by its index in the site), made by whichever of its pages comes first and shared by both (see <see cref="ArticleAlternates"/>).</summary>
    private IReadOnlyList<Alternate>?[] _articleAlternates = [];

    private string FullTitle(string lang, string title) => $"{title} | {_site.Config.Title.For(lang)}";

    private static readonly string[] Both = ["zh", "en"];

    private Page Simple(string kind, string layout, string lang, Func<string, string> urlFor, string title, string description, object model, bool inSitemap = true) =>
        new(urlFor(lang), lang, layout, SiteFor(lang, urlFor(lang), urlFor(SiteModel.OtherLanguage(lang))),
            Head(kind, lang, title, description, urlFor, Both), model, inSitemap);

    private Page Chooser()
    {
        var languages = SiteModel.Languages.Select(l => new ChooserLanguage(l, HtmlLang(l), Urls.Home(l), _site.Config.Title.For(l), T(l, "language_name"),
            _site.Config.Description.For(l), T(l, "chooser_enter"))).ToList();
        var lang = _site.Config.DefaultLanguage;
        var head = new HeadView("chooser", $"{_site.Config.Title.Zh} · {_site.Config.Title.En}", _site.Config.Description.For(lang),
            _site.Urls.Absolute(Urls.Root), _site.Urls.Absolute(Urls.Root),
            [.. SiteModel.Languages.Select(l => new Alternate(HtmlLang(l), _site.Urls.Absolute(Urls.Home(l)))), new Alternate("x-default", _site.Urls.Absolute(Urls.Root))],
            "website", "zh_CN", "en_US", Noindex: false);
        return new Page(Urls.Root, lang, "chooser", SiteFor(lang, Urls.Root, null), head, new ChooserView(languages), InSitemap: true);
    }

    private Page Home(string lang)
    {
        var published = _site.PublishedDistricts.ToList();
        var translated = _site.Articles.Count(a => a.State == TranslationState.Current);
        var stats = new List<Stat>
        {
            new(_site.Articles.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), T(lang, "stat_articles")),
            new(published.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), T(lang, "stat_districts")),
        };
        if (_site.Articles.Count > 0)
        {
            stats.Add(new Stat($"{translated}/{_site.Articles.Count}", T(lang, "stat_translated")));
        }

        var projects = _site.Projects.ToList();
        var total = StatedInvestment.Of(projects);
        var investment = projects.Count == 0 ? null : new InvestmentStat(
            total.Sum is { } sum ? Formats.Money(sum, "CNY", lang) : T(lang, "not_stated"),
            T(lang, "stat_investment_note").Replace("{stated}", Formats.Count(total.Stated, lang), StringComparison.Ordinal).Replace("{total}", Formats.Count(total.Total, lang), StringComparison.Ordinal));
        var model = new HomeView(stats, projects.Count, investment, Headlines.For(_site, this, lang), _site.Articles.Take(LatestCount).Select(a => Card(a, lang)).ToList(), published.Select(d => DistrictCard(d, lang)).ToList());
        var page = Simple("home", "home", lang, Urls.Home, _site.Config.Title.For(lang), _site.Config.Description.For(lang), model);

        // The home pages and the root chooser form one hreflang cluster whose x-default is the chooser.
        var alternates = page.Head.Alternates.Select(a => a.Hreflang == "x-default" ? a with { Href = _site.Urls.Absolute(Urls.Root) } : a).ToList();
        return page with { Head = page.Head with { Alternates = alternates } };
    }

    private List<Page> ArticleList(string lang) =>
        Paged("articles", lang, Urls.Articles, T(lang, "articles_title"), T(lang, "articles_description"), _site.Articles,
            (cards, pager, _) => new ArticlesView(cards, pager));

    /// <summary>
    /// A list of articles as pages of <see cref="SiteConfig.PageSize"/> cards: the first at <paramref name="urlFor"/>,
    /// the others at its <c>page/2/</c> and so on, each with a <see cref="Pager"/>. One page without a pager when the
    /// list fits (or is empty). <paramref name="model"/> makes a page's view from its cards, pager and number.
    /// </summary>
    private List<Page> Paged(string kind, string lang, Func<string, string> urlFor, string title, string description,
        IReadOnlyList<ArticleEntry> articles, Func<List<ArticleCard>, Pager?, int, object> model)
    {
        var size = _site.Config.PageSize;
        var count = _site.Config.PagesFor(articles.Count);
        var pages = new List<Page>(count);
        for (var number = 1; number <= count; number++)
        {
            var from = (number - 1) * size;
            var to = Math.Min(articles.Count, from + size);
            var cards = new List<ArticleCard>(to - from);
            for (var i = from; i < to; i++)
            {
                cards.Add(Card(articles[i], lang));
            }

            var n = number;
            string PageUrl(string l) => Urls.Paged(urlFor(l), n);
            var pager = count == 1 ? null : Pager(lang, urlFor(lang), n, count, from, to, articles.Count);
            var pageTitle = n == 1 ? title : Fill(T(lang, "pager_title"), ("title", title), ("page", Whole(n, lang)), ("pages", Whole(count, lang)));
            pages.Add(Simple(kind, kind, lang, PageUrl, FullTitle(lang, pageTitle), description, model(cards, pager, n)));
        }

        return pages;
    }

    /// <summary>Page <paramref name="number"/> of <paramref name="count"/> of a list at <paramref name="first"/>, showing its cards from <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="total"/>.</summary>
    private Pager Pager(string lang, string first, int number, int count, int from, int to, int total)
    {
        var links = new List<PagerLink>();
        var last = 0;
        foreach (var k in PagerNumbers(number, count))
        {
            if (k > last + 1)
            {
                links.Add(new PagerLink(null, "…", null, false));
            }

            links.Add(new PagerLink(Urls.Paged(first, k), Whole(k, lang), T(lang, "pager_page").Replace("{page}", Whole(k, lang), StringComparison.Ordinal), k == number));
            last = k;
        }

        var status = Fill(T(lang, "pager_status"), ("from", Whole(from + 1, lang)), ("to", Whole(to, lang)), ("count", Whole(total, lang)));
        return new Pager(number, count, status,
            number > 1 ? Urls.Paged(first, number - 1) : null,
            number < count ? Urls.Paged(first, number + 1) : null,
            links);
    }

    /// <summary>
    /// The page numbers a pager links: the first, the last, and the two either side of the current one, in order; a
    /// gap of one page is that page's number rather than "…".
    /// </summary>
    internal static IEnumerable<int> PagerNumbers(int number, int count)
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
    private static string Whole(int value, string lang) =>
        value.ToString(lang == "en" ? "N0" : "D", System.Globalization.CultureInfo.InvariantCulture);

    private static string Fill(string text, params (string Name, string Value)[] values)
    {
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }

    /// <param name="related">A list to fill with the related articles (one per thread: a page taken over allocates nothing).</param>
    private Page Article(ArticleEntry article, int index, string lang, List<ArticleEntry> related)
    {
        if (!_markdown.RemembersBetweenBuilds)
        {
            // A clean build makes each page once: the view is made in the page's render turn, body and all, and
            // dropped with the page (all article views at once were a fifth of the heap at 100,000 articles; their
            // bodies, until the sitemap and feeds were done, a third at 10,000). Preview makes the views now, as its
            // rebuilds compare them with the previous build's.
            var card = Card(article, lang);
            return Page.Deferred(card.Url, lang, "article", article.Exists(lang), card.DateIso, this, DeferredKey(index, lang));
        }

        var (newerOne, olderOne) = Neighbours(article, index, related);
        Page Made()
        {
            var page = Article(article, index, lang, newerOne, olderOne, [.. related]);
            return page with { Model = WithBody((ArticleView)page.Model, article, lang) };
        }

        return _reuse is null ? Made() : _reuse.Article(article, index, lang, newerOne, olderOne, related, _site.ProjectsOf(article.Slug), Made);
    }

    /// <summary>A deferred article page's key: the article's index in the site and the language's in <see cref="SiteModel.Languages"/>.</summary>
    private static int DeferredKey(int index, string lang) => (index * SiteModel.Languages.Length) + Array.IndexOf(SiteModel.Languages, lang);

    private (ArticleEntry Article, int Index, string Lang) Deferred(int key) =>
        (_site.Articles[key / SiteModel.Languages.Length], key / SiteModel.Languages.Length, SiteModel.Languages[key % SiteModel.Languages.Length]);

    /// <summary>A clean build's article page in its render turn (<see cref="Page.Deferred"/>): made, body and all.</summary>
    Page IPageMaker.Make(int key)
    {
        var (article, index, lang) = Deferred(key);
        var related = new List<ArticleEntry>(RelatedCount);
        var (newer, older) = Neighbours(article, index, related);
        var page = Article(article, index, lang, newer, older, related);
        return page with { Model = BodyMade(WithBody((ArticleView)page.Model, article, lang), article, index) };
    }

    IReadOnlyList<Alternate> IPageMaker.Alternates(int key)
    {
        var (article, index, lang) = Deferred(key);
        return ArticleAlternates(article, index, lang);
    }

    /// <summary>An article's newer and older neighbours; its related articles are put in <paramref name="related"/> (cleared first).</summary>
    private (ArticleEntry? Newer, ArticleEntry? Older) Neighbours(ArticleEntry article, int index, List<ArticleEntry> related)
    {
        var newer = index > 0 ? _site.Articles[index - 1] : null;
        var older = index + 1 < _site.Articles.Count ? _site.Articles[index + 1] : null;

        // Related articles leave out the newer and older ones: the pager already links them.
        // (Each article is one entry, so its slug identifies it.)
        related.Clear();
        foreach (var a in _site.DistrictOf(article.District.Key).Articles)
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

        return (newer, older);
    }

    /// <summary>
    /// An article's hreflang alternates. Preview makes them once, by whichever of its pages comes first, and shares them
    /// between both while the default language's page exists; a clean build makes them whenever asked (the sitemap, the
    /// page in its render turn) instead of keeping 100,000 lists.
    /// </summary>
    private IReadOnlyList<Alternate> ArticleAlternates(ArticleEntry article, int index, string lang)
    {
        var existing = Both.Where(article.Exists).ToList();
        string UrlFor(string l) => Urls.Article(l, article.Slug);
        return existing.Contains(_site.Config.DefaultLanguage) && _markdown.RemembersBetweenBuilds
            ? LazyInitializer.EnsureInitialized(ref _articleAlternates[index], () => Alternates(lang, UrlFor, existing))
            : Alternates(lang, UrlFor, existing);
    }

    /// <summary>
    /// An article page without its body (<see cref="WithBody"/>). What it reads beyond the site-wide input (config,
    /// data/, theme, options) must be covered by <see cref="ArticleInputs"/>: the article, its neighbours, its related
    /// articles and its projects (<see cref="SiteModel.ProjectsOf"/>), or preview would reuse a stale page.
    /// </summary>
    private Page Article(ArticleEntry article, int index, string lang, ArticleEntry? newer, ArticleEntry? older, IReadOnlyList<ArticleEntry> related)
    {
        var card = Card(article, lang);
        var existing = Both.Where(article.Exists).ToList();
        string UrlFor(string l) => Urls.Article(l, article.Slug);
        var head = Head("article", lang, FullTitle(lang, card.Title), card.Summary, UrlFor, existing, "article", ArticleAlternates(article, index, lang)) with { TextLang = card.TitleLang };
        var site = SiteFor(lang, card.Url, Urls.Article(SiteModel.OtherLanguage(lang), article.Slug));

        Notice? notice = null;
        Link? original = null;
        if (lang == "en")
        {
            var zhUrl = Urls.Article("zh", article.Slug);
            original = new Link(zhUrl, article.Source.Title, HtmlLang("zh"));
            notice = article.State switch
            {
                TranslationState.Missing => new Notice("fallback", T(lang, "notice_fallback"), null),
                TranslationState.Stale => new Notice("stale", T(lang, "notice_stale"), new Link(zhUrl, T(lang, "notice_stale_link"))) { Changes = TranslationNotices.Changes(article, lang, T) },
                _ => null,
            };
        }

        var model = new ArticleView(
            card,
            original,
            lang == "en" ? T(lang, "source_label").Replace("{district}", article.District.Name.En, StringComparison.Ordinal) : article.Source.Source,
            null,
            article.Topics.Select(t => new Link(Urls.Topic(lang, t.Key), t.Name.For(lang))).ToList(),
            "",
            [],
            lang == "en" && article.Translation is null ? HtmlLang("zh") : null,
            !(lang == "en" && article.Translation is not null ? article.Translation.BodyStartsWithSummary : article.Source.BodyStartsWithSummary),
            notice,
            newer is null ? null : Card(newer, lang),
            older is null ? null : Card(older, lang),
            Shared(related.Select(a => Card(a, lang)).ToList()),
            _tables.ForArticle(article, lang),
            article.Source.Period is { } period ? new FigureText(T).Period(period, lang) : null)
        {
            Notes = Notes(article, lang),
            Translation = TranslationNotices.Status(article, lang, T),
        };

        return new Page(card.Url, lang, "article", site, head, model, InSitemap: article.Exists(lang));
    }

    /// <summary>An article page's model with what its body gives: the HTML, the table of contents, and the glossary terms it links.</summary>
    private ArticleView WithBody(ArticleView model, ArticleEntry article, string lang)
    {
        var body = Body(article, lang);
        var contents = body.Headings.Count >= MinTocHeadings ? body.Headings : [];
        return model with
        {
            BodyHtml = contents.Count > 0 ? WithBackLinks(body.Html, T(lang, "back_to_contents"), HtmlLang(lang)) : body.Html,
            Contents = contents,
            Terms = lang == "en" && article.Translation is not null
                ? body.Terms.Select(key => _site.Editorial.Glossary.First(t => t.Key == key)).Select(t => TermView(t, lang, withArticles: false)).ToList()
                : [],
        };
    }

    /// <summary>A "back to contents" link at the end of each section of a body that has a table of contents.</summary>
    /// <remarks>
    /// Not remembered between builds: a weak table keyed by the body string cost every garbage collection a
    /// pass over one handle per article, and a preview rebuild now makes only the changed articles' pages.
    /// </remarks>
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

    private Page DistrictList(string lang) =>
        Simple("districts", "districts", lang, Urls.Districts, FullTitle(lang, T(lang, "districts_title")), T(lang, "districts_description"),
            new DistrictsView(_site.PublishedDistricts.Select(d => DistrictCard(d, lang)).ToList()));

    /// <summary>A district's page (its tables on the first only), continued on later pages when it has more articles than a page shows.</summary>
    private List<Page> District(DistrictEntry entry, string lang)
    {
        var card = DistrictCard(entry, lang);
        var kind = T(lang, "district_kind_" + entry.District.Kind);
        return Paged("district", lang, l => Urls.District(l, entry.District.Key), card.Name, card.Description, entry.Articles,
            (cards, pager, n) => new DistrictView(card, kind, cards, n == 1 ? _tables.ForDistrict(entry, lang) : [], pager));
    }

    /// <summary>Topics that have articles, in the registry's order: each gets a page.</summary>
    public IReadOnlyList<Topic> TopicsWithArticles() =>
        _site.Topics.Where(t => _site.ArticlesOn(t).Count > 0).ToList();

    private TopicCard TopicCard(Topic topic, string lang)
    {
        var articles = _site.ArticlesOn(topic);
        var projects = articles.Sum(a => a.Source.Projects.Count);
        return new TopicCard(topic.Key, Urls.Topic(lang, topic.Key), topic.Name.For(lang), articles.Count, CountText(lang, "article_count", articles.Count),
            projects == 0 ? null : CountText(lang, "project_count", projects));
    }

    private Page TopicList(string lang) =>
        Simple("topics", "topics", lang, Urls.Topics, FullTitle(lang, T(lang, "topics_title")), T(lang, "topics_description"),
            new TopicsView(TopicsWithArticles().Select(t => TopicCard(t, lang)).ToList()));

    /// <summary>A topic's page (its tables on the first only), continued on later pages when it has more articles than a page shows.</summary>
    private List<Page> Topic(Topic topic, string lang)
    {
        var card = TopicCard(topic, lang);
        var description = T(lang, "topic_description").Replace("{topic}", card.Name, StringComparison.Ordinal);
        return Paged("topic", lang, l => Urls.Topic(l, topic.Key), card.Name, description, _site.ArticlesOn(topic),
            (cards, pager, n) => new TopicView(card, description, cards, n == 1 ? _tables.ForTopic(topic, lang) : [], pager));
    }

    private Page Summary(string lang) =>
        Simple("summary", "summary", lang, Urls.Summary, FullTitle(lang, T(lang, "summary_title")), T(lang, "summary_description"),
            new SummaryView(Headlines.For(_site, this, lang), _tables.ForSite(lang)));

    private Page Method(string lang) =>
        Simple("method", "method", lang, Urls.Method, FullTitle(lang, T(lang, "method_title")), T(lang, "method_description"),
            MethodPage.View(_site, this, lang));

    private Page Glossary(string lang) =>
        Simple("glossary", "glossary", lang, Urls.Glossary, FullTitle(lang, T(lang, "glossary_title")), T(lang, "glossary_description"),
            new GlossaryView(_site.Editorial.Glossary.OrderBy(t => t.En, StringComparer.OrdinalIgnoreCase).Select(t => TermView(t, lang, withArticles: true)).ToList()));

    private Page Search(string lang) =>
        Simple("search", "search", lang, Urls.Search, FullTitle(lang, T(lang, "search_title")), T(lang, "search_description"), new SearchView(SearchTranslations(lang)), inSitemap: false);

    /// <summary>Pagefind UI's translation keys and the UI strings that fill them.</summary>
    internal static readonly (string Key, string String)[] SearchStrings =
    [
        ("placeholder", "search_placeholder"), ("clear_search", "search_clear"), ("load_more", "search_load_more"), ("search_label", "search_label"),
        ("filters_label", "search_filters"), ("zero_results", "search_zero_results"), ("many_results", "search_many_results"), ("one_result", "search_one_result"),
        ("alt_search", "search_alt_search"), ("search_suggestion", "search_suggestion"), ("searching", "search_searching"),
    ];

    /// <summary>The search page's UI strings as compact JSON (non-ASCII escaped), written without reflection.</summary>
    private string SearchTranslations(string lang)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, name) in SearchStrings)
            {
                json.WriteString(key, T(lang, name));
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private Page NotFound(string lang, string url)
    {
        var model = new NotFoundView(_site.Articles.Take(5).Select(a => Card(a, lang)).ToList(), _site.PublishedDistricts.Select(d => DistrictCard(d, lang)).ToList());
        var head = new HeadView("notfound", FullTitle(lang, T(lang, "notfound_title")), T(lang, "notfound_text"), _site.Urls.Absolute(url), _site.Urls.Absolute(url), [], "website",
            lang == "zh" ? "zh_CN" : "en_US", null, Noindex: true);
        return new Page(url, lang, "notfound", SiteFor(lang, url, Urls.NotFound(SiteModel.OtherLanguage(lang))), head, model, InSitemap: false);
    }
}
