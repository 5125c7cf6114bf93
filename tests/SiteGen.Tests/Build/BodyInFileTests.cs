using System.Text;
using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// A build holds no article's Markdown body: each article keeps where its body is in its file (<see cref="BodyInFile"/>)
/// and the page reads it again when it renders. A file saved while the build runs fails the build with its file and
/// line, and the previous output stays as it was.
/// </summary>
public sealed class BodyInFileTests
{
    [Fact]
    public void Articles_read_their_bodies_again_with_the_lead_and_terms_found_when_they_were_loaded()
    {
        var (content, diagnostics) = ContentLoader.Load(Repo.Input, null);
        Assert.NotNull(content);
        Assert.DoesNotContain(diagnostics, d => d.Severity == Severity.Error);
        Assert.NotEmpty(content.Translations);
        Assert.Contains(content.Sources, s => s.Terms.Count > 0);
        foreach (var source in content.Sources)
        {
            var file = MarkdownFile.Split(TextFile.NormaliseNewlines(File.ReadAllText(Path.Combine(Repo.Input, "articles", "zh", source.Slug + ".md"))), source.File, [])!;
            Assert.Equal(file.Body, source.Body.Read());
            Assert.Equal(file.BodyLine, source.Body.Line);
            Assert.Equal(Lead.StartsWith(file.Body, source.Summary), source.BodyStartsWithSummary);
            Assert.Equal(EditorialCheck.TermsIn($"{source.Title}\n{source.Summary}\n{file.Body}", content.Editorial.Glossary).Select(t => t.Key), source.Terms.Select(t => t.Key));
        }

        Assert.All(content.Translations, t => Assert.NotEmpty(t.Body.Read()));
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\r\n", true)]
    [InlineData("\n", true)]
    public void A_body_read_again_is_the_same_text_whatever_the_files_line_ends_and_byte_order_mark(string newline, bool bom)
    {
        using var site = new TestSite(TestSite.Zh("a-1", body: "第一段，汉阳区。\n\n## 小标题\n\n第二段：“引号”与 emoji 🚀。"));
        var file = Path.Combine(site.Input, "articles", "zh", "a-1.md");
        var text = File.ReadAllText(file).Replace("\n", newline, StringComparison.Ordinal);
        File.WriteAllBytes(file, [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)]);

        var (left, _) = ContentLoader.Load(site.Input, null);
        Assert.NotNull(left);
        Assert.Equal("\n第一段，汉阳区。\n\n## 小标题\n\n第二段：“引号”与 emoji 🚀。\n", left.Sources[0].Body.Read());
        Assert.Equal(10, left.Sources[0].Body.Line);
    }

    [Fact]
    public void A_body_whose_file_changed_since_it_was_read_is_not_read_but_named_with_its_line()
    {
        using var site = new TestSite(TestSite.Zh("a-1"));
        var (left, _) = ContentLoader.Load(site.Input, null);
        Assert.NotNull(left);
        var file = Path.Combine(site.Input, "articles", "zh", "a-1.md");
        File.AppendAllText(file, "\n编辑在构建时保存的一段。\n");

        var error = Assert.Throws<InputChangedException>(() => left.Sources[0].Body.Read());
        Assert.Equal(left.Sources[0].File, error.Diagnostic.File);
        Assert.Equal(left.Sources[0].Body.Line, error.Diagnostic.Line);
        Assert.Contains("changed during the build", error.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("run the build again", error.Diagnostic.Message, StringComparison.Ordinal);

        File.Delete(file);
        Assert.Throws<InputChangedException>(() => left.Sources[0].Body.Read());
    }

    /// <summary>Saves an article when the build reports a stage: after the content was read, before the pages render.</summary>
    private sealed class SaveAt(string stage, string file) : IProgress<ProgressStep>
    {
        public bool Saved { get; private set; }

        public void Report(ProgressStep value)
        {
            if (value.Current == stage)
            {
                File.AppendAllText(file, "\n编辑在构建时保存的一段。\n");
                Saved = true;
            }
        }
    }

    [Theory]
    [InlineData("a-1")]
    [InlineData("a-2")]
    public void A_file_saved_during_a_clean_build_fails_it_with_file_and_line_and_leaves_the_previous_output(string slug)
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.Zh("a-2", date: "2024-04-01") + TestSite.Zh("a-3", date: "2024-03-01"));
        var first = SiteBuilder.Build(new BuildOptions(site.Input, site.ThemeDir, site.Output, null, false, Search: false));
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var before = Files(site.Output);

        // a-1 is the newest (the feeds show it: they read its body while the pages render); a-2 is read by its pages only.
        var file = Path.Combine(site.Input, "articles", "zh", $"{slug}.md");
        var save = new SaveAt("site model", file);
        var result = SiteBuilder.Build(new BuildOptions(site.Input, site.ThemeDir, site.Output, null, false, Search: false, Progress: save));

        Assert.True(save.Saved);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(Paths.Display(file), error.File);
        Assert.True(error.Line > 1);
        Assert.StartsWith($"{error.File}:{error.Line}: error: this file changed during the build", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("run the build again", error.Message, StringComparison.Ordinal);

        // Nothing was published or left behind: the output is the previous build's, byte for byte, and no staging folder remains.
        var after = Files(site.Output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
        Assert.Empty(Directory.GetDirectories(site.Root, "output.staging-*"));

        // Built again, the saved text is published.
        var again = SiteBuilder.Build(new BuildOptions(site.Input, site.ThemeDir, site.Output, null, false, Search: false));
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        Assert.Contains("编辑在构建时保存的一段", File.ReadAllText(Path.Combine(site.Output, "zh", "articles", slug, "index.html")), StringComparison.Ordinal);
    }

    private static Dictionary<string, byte[]> Files(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes, StringComparer.Ordinal);
}
