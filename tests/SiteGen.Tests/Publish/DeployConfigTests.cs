using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>The workflow passes actionlint and netlify.toml passes @netlify/config's offline validation.</summary>
public sealed class DeployConfigTests
{
    [SkippableFact]
    public void Workflow_and_netlify_config_pass_their_linters()
    {
        NodeTools.EnsureInstalled();
        var result = NodeTools.Run("node", "tests/tools/check-deploy-config.mjs");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("deploy config ok", result.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_check_fails_on_a_broken_workflow()
    {
        NodeTools.EnsureInstalled();
        using var temp = new TempDir();
        File.Copy(Path.Combine(Repo.Root, "netlify.toml"), temp["netlify.toml"]);
        var workflow = File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "site.yml"));
        temp.Write(".github/workflows/site.yml", workflow.Replace("timeout-minutes:", "timout-minutes:", StringComparison.Ordinal));
        var result = NodeTools.Run("node", $"tests/tools/check-deploy-config.mjs \"{temp.Path}\"");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("timout-minutes", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Netlify_config_publishes_output_with_security_headers_and_language_redirects()
    {
        var toml = File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml"));
        Assert.Contains("publish = \"output\"", toml, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", toml, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", toml, StringComparison.Ordinal);
        Assert.Contains("X-Content-Type-Options = \"nosniff\"", toml, StringComparison.Ordinal);
        Assert.Contains("conditions = { Language = [\"zh\"] }", toml.Replace("  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("immutable", toml, StringComparison.Ordinal);
        Assert.Contains($"Content-Security-Policy = \"{SiteGen.Serve.PreviewServer.ContentSecurityPolicy}\"", toml, StringComparison.Ordinal);
    }
}
