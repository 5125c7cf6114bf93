using System.Text;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Importer cases as file pairs: <c>Cases/NNN-name.raw.txt</c> is imported into an empty input
/// folder (with the repo's registries); <c>NNN-name.expected.md</c> holds every written file as a
/// <c>-- path --</c> block and the diagnostics. On mismatch <c>.received.md</c> is written beside it;
/// set SITEGEN_ACCEPT=1 to accept.
/// </summary>
public sealed class ImportCaseTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.TestsDir, "Cases"), "*.raw.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file)[..^".raw.txt".Length]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        using var temp = new TempDir();
        var input = temp["input"];
        Repo.CopyData(input);
        var raw = Path.Combine(temp.Path, name + ".raw.txt");
        File.Copy(Path.Combine(Repo.TestsDir, "Cases", name + ".raw.txt"), raw);

        var result = RunCli.Run(temp.Path, "import", name + ".raw.txt", "--input", "input");

        var actual = new StringBuilder();
        actual.Append("-- exit code --\n").Append(result.ExitCode).Append('\n');
        actual.Append("-- diagnostics --\n").Append(result.Stderr.Replace("\r\n", "\n"));
        var articles = Path.Combine(input, Importer.ArticlesDir);
        if (Directory.Exists(articles))
        {
            foreach (var file in Directory.GetFiles(articles).Order(StringComparer.Ordinal))
            {
                actual.Append("-- ").Append(Importer.ArticlesDir).Append('/').Append(Path.GetFileName(file)).Append(" --\n");
                actual.Append(File.ReadAllText(file));
            }
        }

        Snapshot.Match(Path.Combine(Repo.TestsDir, "Cases", name + ".expected.md"), actual.ToString());
    }
}
