namespace SiteGen.Render;

/// <summary>One page to render: where it goes, which layout, and everything the layout may see.</summary>
internal sealed record Page(string Url, string Lang, string Layout, SiteView Site, HeadView Head, object Model, bool InSitemap)
{
    /// <summary>
    /// What the model still lacks and how to make it, when it is made in the page's render turn instead of
    /// with the page list: a clean build's article pages make their body HTML then, so that no more than a
    /// page per rendering thread holds one (see <see cref="PageFactory"/>). Null when the model is complete.
    /// </summary>
    public Func<object>? Finish { get; init; }

    /// <summary>The page as it renders: its model completed (a new page; this one keeps no body).</summary>
    public Page Complete() => Finish is null ? this : this with { Model = Finish(), Finish = null };
}
