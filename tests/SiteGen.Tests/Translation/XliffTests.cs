using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Translation;

/// <summary>`translations export` → a translation tool → `translations import`.</summary>
public sealed class XliffTests
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private const string ZhBody = """
        第一段，含**重点**和[链接](https://example.com/zh)以及`代码`。

        ## 小标题

        - 列表第一项
        - 列表第二项，含*强调*

        | 指标 | 数值 |
        | --- | --- |
        | 地区生产总值 | 100亿元 |

        最后一段。
        """;

    private const string EnBody = """
        First paragraph, with **emphasis** and a [link](https://example.com/en) and `code`.

        ## Subheading

        - First item
        - Second item, with *emphasis*

        | Indicator | Value |
        | --- | --- |
        | Gross regional product | CNY 10 billion |

        Last paragraph.
        """;

    /// <summary>A site with one article in Markdown with inline markup, a list and a table, its translation stamped.</summary>
    private static TestSite MarkupSite(string? en = null)
    {
        var site = new TestSite(TestSite.Zh("m-1", body: ZhBody)
            + $"-- input/articles/en/m-1.md --\n---\ntitle: \"Test title\"\nsummary: \"Summary.\"\ntranslation_status: machine-draft\nsource_hash: sha256:0000000000000000\n---\n\n{EnBody}\n");
        if (en is not null)
        {
            File.WriteAllBytes(EnFile(site), System.Text.Encoding.UTF8.GetBytes(en));
        }

        var stamp = RunCli.Run(site.Root, "translations", "stamp", EnFile(site), "--input", site.Input);
        Assert.True(stamp.ExitCode == 0, stamp.Stderr + stamp.Stdout);
        return site;
    }

    private static string EnFile(TestSite site, string slug = "m-1") => Path.Combine(site.Input, "articles", "en", slug + ".md");

    private static string Xlf(TestSite site, string slug = "m-1") => Path.Combine(site.Root, "xlf", slug + ".xlf");

    private static CliResult Export(TestSite site, params string[] files) =>
        RunCli.Run(site.Root, ["translations", "export", .. files, "--to", Path.Combine(site.Root, "xlf"), "--input", site.Input]);

    private static CliResult Import(TestSite site, params string[] files) =>
        RunCli.Run(site.Root, ["translations", "import", .. files, "--input", site.Input]);

    private static XElement Unit(XDocument doc, string id) => doc.Descendants(X + "unit").Single(u => (string?)u.Attribute("id") == id);

    /// <summary>What a translation tool does to a target: its text nodes edited in place, the codes kept, the state moved on; saved by another XML writer.</summary>
    private static void EditTarget(string xlf, string unit, string from, string to, string state = "reviewed")
    {
        var doc = XDocument.Load(xlf, LoadOptions.PreserveWhitespace);
        var segment = Unit(doc, unit).Element(X + "segment")!;
        var texts = segment.Element(X + "target")!.DescendantNodes().OfType<XText>().Where(t => t.Value.Contains(from, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(texts);
        texts.ForEach(t => t.Value = t.Value.Replace(from, to, StringComparison.Ordinal));
        segment.SetAttributeValue("state", state);
        doc.Save(xlf, SaveOptions.DisableFormatting);
    }

    [Fact]
    public void Export_then_import_leaves_every_English_file_of_the_repo_byte_for_byte_as_it_was()
    {
        using var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        var en = Directory.GetFiles(Path.Combine(site.Input, "articles", "en"), "*.md").Order(StringComparer.Ordinal).ToArray();
        var before = en.Select(File.ReadAllBytes).ToList();

        var export = Export(site, en);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var xlfs = Directory.GetFiles(Path.Combine(site.Root, "xlf"), "*.xlf").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(en.Length, xlfs.Length);
        var import = Import(site, xlfs);

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Equal(en.Length, import.Stdout.Split('\n').Count(l => l.Contains(": unchanged", StringComparison.Ordinal)));
        for (var i = 0; i < en.Length; i++)
        {
            Assert.True(before[i].AsSpan().SequenceEqual(File.ReadAllBytes(en[i])), en[i]);
        }
    }

    [Fact]
    public void Markup_travels_as_inline_codes_and_an_unchanged_CRLF_file_with_a_BOM_round_trips_byte_for_byte()
    {
        var crlf = "\uFEFF---\r\ntitle: \"Test title\"\r\nsummary: \"Summary.\"\r\ntranslation_status: machine-draft\r\nsource_hash: sha256:0000000000000000\r\n---\r\n\r\n" + EnBody.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n";
        using var site = MarkupSite(crlf);
        var before = File.ReadAllBytes(EnFile(site));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        var doc = XDocument.Load(Xlf(site));

        var first = Unit(doc, "b1");
        var source = first.Element(X + "segment")!.Element(X + "source")!;
        Assert.Equal(["fmt", "link"], source.Elements(X + "pc").Select(e => (string)e.Attribute("type")!));
        // The code span is a placeholder, not text to translate.
        Assert.DoesNotContain("代码", source.Value, StringComparison.Ordinal);
        Assert.Single(source.Elements(X + "ph"));
        var data = first.Element(X + "originalData")!.Elements(X + "data").Select(d => d.Value).ToList();
        Assert.Contains("](https://example.com/zh)", data);
        Assert.Contains("](https://example.com/en)", data);
        Assert.Contains("`代码`", data);
        Assert.Equal(["title", "summary", "paragraph", "heading 2", "item", "item", "cell", "cell", "cell", "cell", "paragraph"],
            doc.Descendants(X + "unit").Select(u => (string)u.Attribute("name")!));
        Assert.Contains(Unit(doc, "b7").Descendants(X + "note"), n => (string?)n.Attribute("category") == "glossary" && n.Value.StartsWith("地区生产总值 → ", StringComparison.Ordinal));

        Assert.Equal(0, Import(site, Xlf(site)).ExitCode);
        Assert.Equal(before, File.ReadAllBytes(EnFile(site)));

        // A changed target is written with the file's BOM and CRLF line endings kept, and nothing else changed.
        EditTarget(Xlf(site), "b1", "First paragraph, with ", "The opening paragraph, with ");
        Assert.Equal(0, Import(site, Xlf(site)).ExitCode);
        var expected = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(before)
            .Replace("First paragraph, with ", "The opening paragraph, with ", StringComparison.Ordinal));
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void Two_units_for_the_same_block_are_refused_and_nothing_is_written()
    {
        using var site = MarkupSite();
        var before = File.ReadAllBytes(EnFile(site));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        EditTarget(Xlf(site), "b9", "Last paragraph.", "The last paragraph.");
        var doc = XDocument.Load(Xlf(site), LoadOptions.PreserveWhitespace);
        var copy = new XElement(Unit(doc, "b9"));
        copy.SetAttributeValue("id", "b09");
        Unit(doc, "b9").AddAfterSelf(copy);
        doc.Save(Xlf(site), SaveOptions.DisableFormatting);

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"m-1\.xlf:\d+: error: unit b09: translates the same block as unit b9 \(line \d+\); keep one unit per block", import.Stderr);
        Assert.Equal(before, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void A_changed_target_changes_only_its_line_and_keeps_the_markup()
    {
        using var site = MarkupSite();
        var before = File.ReadAllLines(EnFile(site));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        EditTarget(Xlf(site), "b1", "First paragraph, with ", "The opening paragraph, with ");
        EditTarget(Xlf(site), "b4", "Second item, with ", "The second item, with ");

        var import = Import(site, Xlf(site));

        Assert.True(import.ExitCode == 0, import.Stderr);
        var after = File.ReadAllLines(EnFile(site));
        Assert.Equal(before.Length, after.Length);
        var changed = Enumerable.Range(0, before.Length).Where(i => before[i] != after[i]).ToList();
        Assert.Equal(2, changed.Count);
        Assert.Equal("The opening paragraph, with **emphasis** and a [link](https://example.com/en) and `code`.", after[changed[0]]);
        Assert.Equal("- The second item, with *emphasis*", after[changed[1]]);
        Assert.Contains("2 block(s) written", import.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_that_drops_an_inline_code_is_refused_and_nothing_is_written()
    {
        using var site = MarkupSite();
        var before = File.ReadAllBytes(EnFile(site));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        var doc = XDocument.Load(Xlf(site), LoadOptions.PreserveWhitespace);
        var target = Unit(doc, "b1").Element(X + "segment")!.Element(X + "target")!;
        target.Element(X + "ph")!.ReplaceWith(new XText("code"));
        doc.Save(Xlf(site), SaveOptions.DisableFormatting);
        EditTarget(Xlf(site), "b9", "Last paragraph.", "The last paragraph.");

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"m-1\.xlf:\d+: error: unit b1: the target's inline codes \(pc 1, pc 2\) are not the source's \(pc 1, pc 2, ph 3\)", import.Stderr);
        Assert.Equal(before, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void A_file_whose_source_no_longer_matches_the_zh_text_is_refused_naming_the_unit_and_the_zh_line()
    {
        using var site = MarkupSite();
        var before = File.ReadAllBytes(EnFile(site));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        EditTarget(Xlf(site), "b1", "First paragraph", "Opening paragraph");
        var zh = Path.Combine(site.Input, "articles", "zh", "m-1.md");
        var zhText = File.ReadAllText(zh).Replace("最后一段。", "最后一段，已改。", StringComparison.Ordinal);
        File.WriteAllText(zh, zhText);
        var line = zhText[..zhText.IndexOf("最后一段", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"error: unit b9: its source is no longer the zh text at input/articles/zh/m-1.md:{line}", import.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void An_English_block_edited_after_the_export_is_not_written_over_by_its_untouched_unit()
    {
        using var site = MarkupSite();
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        EditTarget(Xlf(site), "b1", "First paragraph, with ", "The opening paragraph, with ");
        // Meanwhile an editor fixes the last paragraph in the English file; the translator never touched unit b9.
        File.WriteAllText(EnFile(site), File.ReadAllText(EnFile(site)).Replace("Last paragraph.", "The final paragraph.", StringComparison.Ordinal));
        var edited = File.ReadAllBytes(EnFile(site));

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Matches(@"m-1\.xlf:\d+: error: unit b9: the English of this block changed since the export \(input/articles/en/m-1\.md:\d+ was edited\); importing would write over that edit", import.Stderr.Replace('\\', '/'));
        Assert.Equal(edited, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void Exporting_again_over_a_translated_file_is_refused_unless_forced()
    {
        using var site = MarkupSite();
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode); // the same bytes: nothing to lose
        EditTarget(Xlf(site), "b1", "First paragraph, with ", "The opening paragraph, with ");
        var translated = File.ReadAllBytes(Xlf(site));

        var again = Export(site, EnFile(site));

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("m-1.xlf: error: exists and differs from what the export writes (a translator's work?); import it first", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(translated, File.ReadAllBytes(Xlf(site)));

        Assert.Equal(0, RunCli.Run(site.Root, ["translations", "export", EnFile(site), "--to", Path.Combine(site.Root, "xlf"), "--input", site.Input, "--force"]).ExitCode);
        Assert.NotEqual(translated, File.ReadAllBytes(Xlf(site)));
    }

    [Fact]
    public void A_paragraph_added_to_the_zh_file_is_exported_to_translate_and_imported_in_its_place()
    {
        using var site = MarkupSite();
        var zh = Path.Combine(site.Input, "articles", "zh", "m-1.md");
        File.WriteAllText(zh, File.ReadAllText(zh).Replace("## 小标题\n", "## 小标题\n\n新增的一段。\n", StringComparison.Ordinal));
        Assert.Equal(0, Export(site, EnFile(site)).ExitCode);
        var doc = XDocument.Load(Xlf(site), LoadOptions.PreserveWhitespace);
        var added = Unit(doc, "b3").Element(X + "segment")!;
        Assert.Equal("initial", (string?)added.Attribute("state"));
        Assert.Equal("sitegen:added", (string?)added.Attribute("subState"));
        Assert.Null(added.Element(X + "target"));
        Assert.Equal("translated", (string?)Unit(doc, "b4").Element(X + "segment")!.Attribute("state"));

        added.Add(new XElement(X + "target", "A new paragraph."));
        added.SetAttributeValue("state", "translated");
        doc.Save(Xlf(site));
        var import = Import(site, Xlf(site));

        Assert.True(import.ExitCode == 0, import.Stderr);
        Assert.Contains("## Subheading\n\nA new paragraph.\n\n- First item", File.ReadAllText(EnFile(site)), StringComparison.Ordinal);
        Assert.Equal(0, RunCli.Run(site.Root, "translations", "stamp", EnFile(site), "--input", site.Input).ExitCode);
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Contains("1 current, 0 stale", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Exported_files_are_well_formed_XLIFF_2_1_whose_codes_and_references_resolve()
    {
        using var site = new TestSite("", withRepoData: false);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, site.Input);
        var en = Directory.GetFiles(Path.Combine(site.Input, "articles", "en"), "*.md");
        Assert.Equal(0, Export(site, en).ExitCode);
        foreach (var xlf in Directory.GetFiles(Path.Combine(site.Root, "xlf")))
        {
            var doc = XDocument.Load(xlf);
            var root = doc.Root!;
            Assert.Equal(X + "xliff", root.Name);
            Assert.Equal("2.1", (string?)root.Attribute("version"));
            Assert.Equal("zh-CN", (string?)root.Attribute("srcLang"));
            var file = Assert.Single(root.Elements());
            Assert.Equal(X + "file", file.Name);
            var units = file.Elements(X + "unit").ToList();
            Assert.Equal(units.Count, units.Select(u => (string)u.Attribute("id")!).Distinct().Count());
            foreach (var unit in units)
            {
                // Child order of the core schema: notes, originalData, then segments.
                var names = unit.Elements().Select(e => e.Name.LocalName).ToList();
                Assert.Equal(names.Where(n => n != "segment").Concat(names.Where(n => n == "segment")), names);
                var segment = Assert.Single(unit.Elements(X + "segment"));
                Assert.Contains((string?)segment.Attribute("state"), new[] { "initial", "translated", "reviewed", "final" });
                Assert.True(segment.Element(X + "target") is not null || (string?)segment.Attribute("state") == "initial");
                var data = unit.Element(X + "originalData")?.Elements(X + "data").Select(d => (string)d.Attribute("id")!).ToHashSet() ?? [];
                var refs = unit.Descendants().SelectMany(e => e.Attributes()).Where(a => a.Name.LocalName.StartsWith("dataRef", StringComparison.Ordinal)).Select(a => a.Value);
                Assert.All(refs, r => Assert.Contains(r, data));
                var sourceIds = segment.Element(X + "source")!.Descendants().Select(e => (string)e.Attribute("id")!).ToHashSet();
                Assert.All(segment.Element(X + "target")?.Descendants() ?? [], e => Assert.Contains((string)e.Attribute("id")!, sourceIds));
            }
        }
    }

    [Fact]
    public void A_file_with_a_DTD_is_refused_without_reading_its_entities()
    {
        using var site = MarkupSite();
        var before = File.ReadAllBytes(EnFile(site));
        Directory.CreateDirectory(Path.Combine(site.Root, "xlf"));
        File.WriteAllText(Xlf(site), "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"zh-CN\"><file id=\"f1\" original=\"articles/en/m-1.md\"><unit id=\"b1\"><segment><source>&x;</source></segment></unit></file></xliff>\n");

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("m-1.xlf: error: has a DTD (<!DOCTYPE …>), which import never reads", import.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(EnFile(site)));
    }

    [Fact]
    public void A_file_that_names_a_path_outside_the_English_articles_is_refused()
    {
        using var site = MarkupSite();
        Directory.CreateDirectory(Path.Combine(site.Root, "xlf"));
        File.WriteAllText(Xlf(site), "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.1\" srcLang=\"zh-CN\"><file id=\"f1\" original=\"articles/en/../../site.yml\"></file></xliff>");

        var import = Import(site, Xlf(site));

        Assert.Equal(1, import.ExitCode);
        Assert.Contains("does not name an English article", import.Stderr, StringComparison.Ordinal);
    }
}
