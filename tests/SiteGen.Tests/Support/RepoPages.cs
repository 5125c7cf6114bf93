using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>The pages of the repo's own site, as a build lists them.</summary>
internal static class RepoPages
{
    public static (SitePages Pages, SiteModel Site, Theme Theme) Load()
    {
        var (content, diagnostics) = ContentLoader.Load(Repo.Input, null);
        Assert.NotNull(content);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var found = new List<Diagnostic>();
        var theme = Theme.Load(Repo.Theme, SitePages.Layouts, found);
        Assert.NotNull(theme);
        var site = SiteModelBuilder.Build(content, includeDrafts: false);
        Assert.True(site.Articles.Count > 2, "the repo's articles");
        return (new SitePages(site, theme, AssetManifest.Load(theme.AssetsDir, found), new MarkdownRenderer(content.Config.AllowRawHtml)), site, theme);
    }
}
