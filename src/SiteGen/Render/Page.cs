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

    /// <summary>Makes the complete page of a <see cref="Deferred"/> one; null when the page is complete.</summary>
    private Func<Page>? _make;

    private IReadOnlyList<Alternate>? _alternates;

    private string? _lastMod;

    /// <summary>False for a <see cref="Deferred"/> page before <see cref="Complete"/>: it has no site view, head or model yet.</summary>
    public bool Made => _make is null;

    /// <summary>The page's hreflang alternates (the sitemap lists them).</summary>
    public IReadOnlyList<Alternate> Alternates => _alternates ?? Head.Alternates;

    /// <summary>The date the sitemap gives the page: an article's, null for the other pages.</summary>
    public string? LastMod => Made ? (Model as ArticleView)?.Card.DateIso : _lastMod;

    /// <summary>A page made in its render turn by <paramref name="make"/>, which must give a complete page with the same URL, language, layout, place in the sitemap, alternates and date.</summary>
    public static Page Deferred(string url, string lang, string layout, bool inSitemap, IReadOnlyList<Alternate> alternates, string? lastMod, Func<Page> make) =>
        new(url, lang, layout, null!, null!, null!, inSitemap) { _make = make, _alternates = alternates, _lastMod = lastMod };

    /// <summary>The page as it renders: this one, or the complete page a deferred one makes (a new page each call; this one keeps nothing of it).</summary>
    public Page Complete() => _make?.Invoke() ?? this;

    /// <summary>Where the page goes (its view is left out: a deferred page has none, and a made one's is large).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append($"Url = {Url}, Lang = {Lang}, Layout = {Layout}, Made = {Made}");
        return true;
    }

    private InvalidOperationException NotMade() => new($"{Url}: a deferred page has no view until it is made (Page.Complete)");
}
