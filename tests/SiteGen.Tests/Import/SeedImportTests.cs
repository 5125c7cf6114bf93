using System.Text.RegularExpressions;
using SiteGen.Import;
using SiteGen.Tests.Support;
using YamlDotNet.Serialization;

namespace SiteGen.Tests.Import;

/// <summary>The real seed scrape imported into an empty input folder.</summary>
public sealed partial class SeedImportTests
{
    [GeneratedRegex(@"^---\n(?<yaml>.*?)\n---\n\n(?<body>.*)$", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [Fact]
    public void Imports_exactly_ten_articles_whose_front_matter_parses()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);

        var result = RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        var files = Directory.GetFiles(temp["input/articles/zh"], "*.md");
        Assert.Equal(10, files.Length);
        var deserializer = new DeserializerBuilder().Build();
        foreach (var file in files)
        {
            var match = FrontMatter().Match(File.ReadAllText(file));
            Assert.True(match.Success, file);
            var map = deserializer.Deserialize<Dictionary<string, object>>(match.Groups["yaml"].Value);
            foreach (var key in new[] { "title", "date", "district", "source", "slug", "summary", "topics", "raw_file", "raw_line" })
            {
                Assert.True(map.ContainsKey(key), $"{file} lacks {key}");
            }

            Assert.Matches("^[a-z0-9-]+$", (string)map["slug"]);
            Assert.Equal(map["slug"] + ".md", Path.GetFileName(file));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string)map["date"]);
        }

        Assert.Equal(7, files.Count(f => Path.GetFileName(f).StartsWith("wuhan-", StringComparison.Ordinal)));
        Assert.Equal(2, files.Count(f => Path.GetFileName(f).StartsWith("hannan-", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_character_of_every_raw_body_is_in_the_markdown_in_order()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");
        var raw = RawArticleParser.Parse(File.ReadAllText(Repo.SeedFile), "seed").Articles;
        Assert.Equal(10, raw.Count);

        foreach (var article in raw)
        {
            var file = Directory.GetFiles(temp["input/articles/zh"]).Single(f => File.ReadAllText(f).Contains($"raw_line: {article.TitleLine}\n", StringComparison.Ordinal));
            var body = FrontMatter().Match(File.ReadAllText(file)).Groups["body"].Value;
            var expected = Regex.Replace(ChineseTypography.FullWidthPunctuation(article.Body), @"\s+", "");
            var actual = Regex.Replace(Regex.Replace(body, @"^#+ ", "", RegexOptions.Multiline), @"\\(?=[\p{P}\p{S}])", "");
            Assert.Equal(expected, Regex.Replace(actual, @"\s+", ""));
        }
    }

    [Fact]
    public void Importing_again_changes_nothing()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");
        var before = Snapshot(temp["input/articles/zh"]);

        var again = RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 created, 10 unchanged, 0 kept", again.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(temp["input/articles/zh"]));
    }

    [Fact]
    public void The_committed_articles_are_what_the_importer_writes()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        Directory.CreateDirectory(temp["input/raw"]);
        File.Copy(Repo.SeedFile, temp["input/raw/" + Path.GetFileName(Repo.SeedFile)]);
        RunCli.Run(temp.Path, "import", "input/raw/" + Path.GetFileName(Repo.SeedFile), "--input", "input");

        foreach (var file in Directory.GetFiles(temp["input/articles/zh"]))
        {
            var committed = Path.Combine(Repo.Input, "articles", "zh", Path.GetFileName(file));
            Assert.True(File.Exists(committed), committed);
            var committedText = File.ReadAllText(committed);
            var imported = File.ReadAllText(file);
            // Editors own the committed files and may add keys (figures, projects, notes); the imported part must agree.
            if (!committedText.Contains("\nnotes:\n", StringComparison.Ordinal))
            {
                Assert.Equal(StripEditorKeys(imported), StripEditorKeys(committedText));
                continue;
            }

            // An article with an editor's note may have had text that is not reporting removed (or only its
            // English corrected), and nothing else: its body is the imported body, possibly with parts left out.
            var (importedHead, importedBody) = SplitStripped(imported);
            var (committedHead, committedBody) = SplitStripped(committedText);
            Assert.Equal(importedHead, committedHead);
            Assert.True(IsSubsequence(committedBody, importedBody), $"{committed}: the body differs from the import by more than removals");
        }
    }

    [Fact]
    public void An_edited_file_is_kept_unless_forced()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");
        var file = Directory.GetFiles(temp["input/articles/zh"]).Order(StringComparer.Ordinal).First();
        var edited = File.ReadAllText(file).Replace("title: \"", "title: \"编辑改过的", StringComparison.Ordinal);
        File.WriteAllText(file, edited);

        var kept = RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input");
        Assert.Equal(0, kept.ExitCode);
        Assert.Contains(Path.GetFileName(file) + ": kept", kept.Stdout, StringComparison.Ordinal);
        Assert.Contains("--force", kept.Stdout, StringComparison.Ordinal);
        Assert.Equal(edited, File.ReadAllText(file));

        var forced = RunCli.Run(temp.Path, "import", Repo.SeedFile, "--input", "input", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("overwritten", forced.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("编辑改过的", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_raw_file_imports_the_good_records_and_names_the_bad_one()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("mixed.txt", string.Join("\n",
            "-", "【江岸区招商】江岸区签约一批项目", "江岸区签约项目12个。", "2024-01-02",
            "-", "【东湖高新区招商】光谷引进新项目", "光谷引进新项目5个。", "2024-01-03",
            "-", "【武汉招商】没有日期", "这条记录没有日期。",
            "-", "【江岸区招商】江岸区签约一批项目", "江岸区签约项目12个。", "2024-01-02", ""));

        var result = RunCli.Run(temp.Path, "import", "mixed.txt", "--input", "input");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("mixed.txt:10: error:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("no date line", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("mixed.txt:13: warning: duplicate", result.Stderr, StringComparison.Ordinal);
        var names = Directory.GetFiles(temp["input/articles/zh"]).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, names.Count);
        Assert.StartsWith("east-lake-high-tech-zone-", names[0], StringComparison.Ordinal);
        Assert.StartsWith("jiangan-", names[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_freshly_imported_article_passes_check_without_edits()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        File.Copy(Path.Combine(Repo.Input, "site.yml"), temp["input/site.yml"]);
        temp.Write("news.txt", string.Join("\n",
            "-", "【江岸招商】江岸区招商引资实现开门红",
            "全区新签约亿元以上项目62个，协议投资额达到586.3亿元，同比增长18.7%。招商引资实际到位资金完成312亿元。去年，该区实际利用外资4.6亿美元。",
            "2024-04-02", ""));

        Assert.Equal(0, RunCli.Run(temp.Path, "import", "news.txt", "--input", "input").ExitCode);
        var check = RunCli.Run(temp.Path, "check", "--input", "input");

        Assert.Equal(0, check.ExitCode);
        Assert.DoesNotContain("warning", check.Stdout + check.Stderr, StringComparison.Ordinal);
        var imported = File.ReadAllText(Directory.GetFiles(temp["input/articles/zh"]).Single());
        Assert.Contains("    period: 2024\n    measure: level\n    status: actual\n    indicator: investment-attracted\n", imported, StringComparison.Ordinal);
        Assert.Contains("    period: 2023\n    measure: level\n    status: actual\n    indicator: foreign-capital-used\n", imported, StringComparison.Ordinal);
    }

    private static (string Head, string Body) SplitStripped(string markdown)
    {
        var stripped = StripEditorKeys(markdown);
        var at = stripped.IndexOf("\n---\n", StringComparison.Ordinal);
        return (stripped[..at], Regex.Replace(stripped[(at + 5)..], @"\s+", ""));
    }

    private static bool IsSubsequence(string part, string whole)
    {
        var at = 0;
        foreach (var c in part)
        {
            at = whole.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }

    private static string StripEditorKeys(string markdown)
    {
        var match = FrontMatter().Match(markdown);
        var inNotes = false;
        var lines = match.Groups["yaml"].Value.Split('\n')
            .Where(l => !l.StartsWith("raw_file:", StringComparison.Ordinal))
            .Where(l => !(inNotes = l.StartsWith("notes:", StringComparison.Ordinal) || inNotes && l.StartsWith(' ')))
            .TakeWhile(l => !l.StartsWith("figures:", StringComparison.Ordinal) && !l.StartsWith("projects:", StringComparison.Ordinal));
        return string.Join("\n", lines) + "\n---\n" + match.Groups["body"].Value;
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.GetFiles(dir).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
}
