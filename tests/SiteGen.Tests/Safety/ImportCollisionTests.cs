using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Import never maps two different records to one file (issue #21): two titles of the same district and date whose
/// 24-bit hashes collide get two files (the later one a longer hash), slugs of existing articles stay, and --force
/// overwrites only a record's own file.
/// </summary>
public sealed class ImportCollisionTests
{
    private const string First = "江岸区重大项目第20203号签约落地";
    private const string Second = "江岸区重大项目第33811号签约落地";

    private static string Record(string title, string body) => $"-\n【江岸招商】{title}\n{body}\n2024-08-16\n";

    private static string Slug(string title, int length) => $"jiangan-2024-08-16-{Slugs.Hash(title, length)}";

    private static string TitleIn(string file) =>
        File.ReadLines(file).First(l => l.StartsWith("title: ", StringComparison.Ordinal))["title: ".Length..].Trim('"');

    [Fact]
    public void The_two_titles_of_the_issue_collide_at_six_hex_digits()
    {
        Assert.Equal(Slug(First, 6), Slug(Second, 6));
        Assert.NotEqual(Slug(First, 8), Slug(Second, 8));
    }

    [Fact]
    public void Colliding_records_get_two_files_and_keep_them_on_every_import()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("a.txt", Record(First, "第一条正文。") + Record(Second, "第二条正文。"));
        var result = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains($"a.txt:6: warning: slug {Slug(First, 6)} belongs to another record of the same district and date (\"{First}\"); this one is imported as {Slug(Second, 8)}", result.Stderr, StringComparison.Ordinal);
        var articles = temp["input/articles/zh"];
        Assert.Equal(First, TitleIn(Path.Combine(articles, Slug(First, 6) + ".md")));
        Assert.Equal(Second, TitleIn(Path.Combine(articles, Slug(Second, 8) + ".md")));
        Assert.Equal(2, Directory.GetFiles(articles).Length);

        var again = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("2 articles (0 created, 2 unchanged, 0 kept, 0 overwritten), 0 errors", again.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_existing_article_keeps_its_slug_whichever_record_comes_first()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("old.txt", Record(Second, "第二条正文。"));
        Assert.Equal(0, RunCli.Run(temp.Path, "import", "old.txt", "--input", "input").ExitCode);
        temp.Write("new.txt", Record(First, "第一条正文。") + Record(Second, "第二条正文。"));
        var result = RunCli.Run(temp.Path, "import", "new.txt", "--input", "input");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var articles = temp["input/articles/zh"];
        Assert.Equal(Second, TitleIn(Path.Combine(articles, Slug(Second, 6) + ".md")));
        Assert.Equal(First, TitleIn(Path.Combine(articles, Slug(First, 8) + ".md")));
    }

    [Fact]
    public void Force_overwrites_only_a_records_own_file_and_an_edited_title_is_still_its_own()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("a.txt", Record(First, "第一条正文。") + Record(Second, "第二条正文。"));
        Assert.Equal(0, RunCli.Run(temp.Path, "import", "a.txt", "--input", "input").ExitCode);
        var firstFile = temp["input/articles/zh/" + Slug(First, 6) + ".md"];
        var secondFile = temp["input/articles/zh/" + Slug(Second, 8) + ".md"];
        // An editor retitles the first article (its raw_file and raw_line still name its record) and edits its body.
        File.WriteAllText(firstFile, File.ReadAllText(firstFile).Replace($"title: \"{First}\"", "title: \"江岸区项目签约（编辑改）\"", StringComparison.Ordinal) + "\n编辑加的段落。\n");

        var kept = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        Assert.Contains("(0 created, 1 unchanged, 1 kept, 0 overwritten)", kept.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(temp["input/articles/zh"]).Length);

        var forced = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input", "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal(First, TitleIn(firstFile));
        Assert.Equal(Second, TitleIn(secondFile));
        Assert.Contains("第二条正文", File.ReadAllText(secondFile), StringComparison.Ordinal);
        Assert.DoesNotContain("第二条正文", File.ReadAllText(firstFile), StringComparison.Ordinal);
    }
}
