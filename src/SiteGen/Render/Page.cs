namespace SiteGen.Render;

/// <summary>One page to render: where it goes, which layout, and everything the layout may see.</summary>
internal sealed record Page(string Url, string Lang, string Layout, SiteView Site, HeadView Head, object Model, bool InSitemap);
