using SiteGen.Core;

namespace SiteGen.Tests.Core;

/// <summary>Paths as messages show them, relative to the working directory of the command that runs.</summary>
public sealed class PathsTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "sitegen-paths-tests", "work", "site");

    [Theory]
    [InlineData("input/articles/zh/a.md", "input/articles/zh/a.md")]
    [InlineData("./input/a.md", "input/a.md")]
    [InlineData("input/../theme", "theme")]
    [InlineData("..", "..")]
    [InlineData("../other/input", "../other/input")]
    public void A_path_is_shown_relative_to_the_working_directory(string path, string expected)
    {
        using (Paths.InWorkingDirectory(Root))
        {
            Assert.Equal(expected, Paths.Display(path));
            Assert.Equal(expected, Paths.Display(Path.Combine(Root, path)));
        }
    }

    [Fact]
    public void A_path_far_outside_the_working_directory_is_shown_absolute()
    {
        var far = Path.Combine(Path.GetPathRoot(Root)!, "o");
        using (Paths.InWorkingDirectory(Root))
        {
            Assert.Equal(far.Replace('\\', '/'), Paths.Display(far));
        }
    }

    [Fact]
    public async Task The_working_directory_is_the_commands_own_and_is_restored_after_it()
    {
        var outer = Paths.WorkingDirectory;
        using (Paths.InWorkingDirectory(Root))
        {
            Assert.Equal(Path.Combine(Root, "input"), Paths.Absolute("input"));
            var inTask = await Task.Run(() => Paths.Absolute("input"));
            Assert.Equal(Path.Combine(Root, "input"), inTask);
        }

        Assert.Equal(outer, Paths.WorkingDirectory);
    }
}
