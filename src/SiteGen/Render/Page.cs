namespace SiteGen.Render;

/// <summary>One page to render: where it goes, which layout, and everything the layout may see.</summary>
/// <remarks>
/// A clean build's article pages are <see cref="Deferred"/>: until their render turn they hold only what the page
/// list needs of them (URL, language, place in the sitemap, alternates, date), and <see cref="Complete"/> makes the
/// rest then, body included, so that no more than a few pages per rendering thread hold a view at a time.
/// </remarks>
internal sealed record Page(string Url, string Lang, string Layout, SiteView Site, HeadView Head, object Model, bool InSitemap)
{
    private readonly SiteView? _site = Site;
    private readonly HeadView? _head = Head;
    private readonly object? _model = Model;

    public SiteView Site { get => _site ?? throw NotMade(); init => _site = value; }

    public HeadView Head { get => _head ?? throw NotMade(); init => _head = value; }

    public object Model { get => _model ?? throw NotMade(); init => _model = value; }

    /// <summary>What makes a <see cref="Deferred"/> page, and which of its pages this is; null when the page is complete.</summary>
    private IPageMaker? _maker;

    private int _key;

    private string? _lastMod;

    /// <summary>False for a <see cref="Deferred"/> page before <see cref="Complete"/>: it has no site view, head or model yet.</summary>
    public bool Made => _maker is null;

    /// <summary>The page's hreflang alternates (the sitemap lists them); a deferred page's are made each time they are asked for, not kept.</summary>
    public IReadOnlyList<Alternate> Alternates => _maker?.Alternates(_key) ?? Head.Alternates;

    /// <summary>The date the sitemap gives the page: an article's, null for the other pages.</summary>
    public string? LastMod => Made ? (Model as ArticleView)?.Card.DateIso : _lastMod;

    /// <summary>
    /// A page made in its render turn by <paramref name="maker"/> (<see cref="IPageMaker.Make"/> with <paramref name="key"/>), which must
    /// give a complete page with the same URL, language, layout, place in the sitemap, alternates and date. No closure per page: at
    /// 100,000 articles the page list is 200,000 of these.
    /// </summary>
    public static Page Deferred(string url, string lang, string layout, bool inSitemap, string? lastMod, IPageMaker maker, int key) =>
        new(url, lang, layout, null!, null!, null!, inSitemap) { _maker = maker, _key = key, _lastMod = lastMod };

    /// <summary>The page as it renders: this one, or the complete page a deferred one makes (a new page each call; this one keeps nothing of it).</summary>
    public Page Complete() => _maker?.Make(_key) ?? this;

    /// <summary>Where the page goes (its view is left out: a deferred page has none, and a made one's is large).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Url = {Url}, Lang = {Lang}, Layout = {Layout}, Made = {Made}");
        return true;
    }

    private InvalidOperationException NotMade() => new($"{Url}: a deferred page has no view until it is made (Page.Complete)");
}

/// <summary>Makes the deferred pages it listed (<see cref="Page.Deferred"/>), each known by a key of its own.</summary>
internal interface IPageMaker
{
    /// <summary>The complete page.</summary>
    Page Make(int key);

    /// <summary>The page's hreflang alternates, as its complete page will have them.</summary>
    IReadOnlyList<Alternate> Alternates(int key);
}
