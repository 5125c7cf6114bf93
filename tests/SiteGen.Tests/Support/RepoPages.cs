using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Publish;
using SiteGen.Render;
using SiteGen.Site;

namespace SiteGen.Tests.Support;

/// <summary>The page models of the repo's own site, made the way a build makes them.</summary>
internal static class RepoPages
{
    /// <summary>A page factory over the repo's own content and theme; <paramref name="remember"/> makes it preview's, which makes every body up front.</summary>
    public static (PageFactory Factory, SiteModel Site, Theme Theme) Factory(bool remember)
    {
        var (content, diagnostics) = ContentLoader.Load(Repo.Input, null);
        Assert.NotNull(content);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        var found = new List<Diagnostic>();
        var theme = Theme.Load(Repo.Theme, SiteBuilder.Layouts, found);
        Assert.NotNull(theme);
        var site = SiteModelBuilder.Build(content, includeDrafts: false);
        Assert.True(site.Articles.Count > 2, "the repo's articles");
        var markdown = new MarkdownRenderer(content.Config.AllowRawHtml, remember ? new BodyCache() : null);
        return (new PageFactory(site, theme, AssetManifest.Load(theme.AssetsDir, found), markdown), site, theme);
    }
}
