using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Reading <c>figures:</c> from front matter, with file:line errors for every problem.</summary>
public sealed class FigureReaderTests
{
    // File lines: 1 is ---, title is 2, figures: 3, the entry starts on 4 (label), value 5, unit 6 … sentence 11.
    private static readonly string[] Valid =
    [
        "title: \"标题\"",
        "figures:",
        "  - label: \"总投资\"",
        "    value: 100",
        "    unit: 亿元",
        "    normalized: 10000000000",
        "    approx: false",
        "    year: 2023",
        "    indicator: total-investment",
        "    sentence: \"总投资100亿元。\"",
    ];

    /// <summary>Reads <paramref name="yaml"/> as the front matter of a.md (its first line is line 2 of the file).</summary>
    private static (IReadOnlyList<Figure> Figures, List<string> Errors) Read(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var doc = YamlDocument.Parse(yaml.Replace("\r\n", "\n") + "\n", "a.md", 1, diagnostics);
        Assert.NotNull(doc);
        var figures = FigureReader.Read(doc, RepoRegistries.Units, RepoRegistries.Indicators);
        return (figures, diagnostics.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void A_valid_figure_is_read_with_every_field()
    {
        var (figures, errors) = Read(string.Join("\n", Valid));

        Assert.Empty(errors);
        Assert.Equal(new Figure(100m, "亿元", 10000000000m, "总投资", false, 2023, "total-investment", "总投资100亿元。"), Assert.Single(figures));
    }

    [Theory]
    [InlineData("title: \"标题\"")]
    [InlineData("figures: []")]
    [InlineData("figures:")]
    public void No_figures_is_an_empty_list(string yaml)
    {
        var (figures, errors) = Read(yaml);

        Assert.Empty(figures);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("    value: 100", "    value: abc", "a.md:5: error: \"value\" must be a number, not \"abc\"")]
    [InlineData("    value: 100", null, "a.md:4: error: required key \"value\" is missing or empty")]
    [InlineData("    unit: 亿元", "    unit: 万斤", "a.md:6: error: unit \"万斤\" is not in data/units.yml; add it to data/units.yml")]
    [InlineData("    normalized: 10000000000", "    normalized: 1000000000", "a.md:7: error: \"normalized\" is 1000000000 but value 100 亿元 × 100000000 is 10000000000; write `normalized: 10000000000`")]
    [InlineData("    normalized: 10000000000", null, "a.md:5: error: required key \"normalized\" is missing; add `normalized: 10000000000`")]
    [InlineData("    approx: false", "    aprox: false", "a.md:8: error: unknown key \"aprox\"; did you mean \"approx\"?")]
    [InlineData("    approx: false", "    approx: maybe", "a.md:8: error: \"approx\" must be true or false, not \"maybe\"")]
    [InlineData("    year: 2023", "    year: 23", "a.md:9: error: \"year\" must be a 4-digit year such as 2023, not \"23\"")]
    [InlineData("    indicator: total-investment", "    indicator: investment", "a.md:10: error: indicator \"investment\" is not in data/indicators.yml; use one of gdp,")]
    public void Every_problem_names_file_line_and_fix_and_leaves_the_figure_out(string line, string? replacement, string error)
    {
        Assert.Contains(line, Valid);
        var yaml = string.Join("\n", Valid.Select(l => l == line ? replacement : l).OfType<string>());

        var (figures, errors) = Read(yaml);

        Assert.Empty(figures);
        Assert.Contains(errors, e => e.StartsWith(error, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.005", "亿元", "100500000")]
    [InlineData("12.345", "元", "12.35")]
    public void Normalized_may_be_rounded_to_a_hundredth(string value, string unit, string normalized)
    {
        var (figures, errors) = Read($"figures:\n  - value: {value}\n    unit: {unit}\n    normalized: {normalized}\n");

        Assert.Empty(errors);
        Assert.Single(figures);
    }

    [Fact]
    public void A_percentage_unit_is_read_quoted()
    {
        var (figures, errors) = Read("figures:\n  - value: 12.5\n    unit: \"%\"\n    normalized: 12.5\n    label: \"同比增长\"\n    approx: false\n");

        Assert.Empty(errors);
        Assert.Equal(("%", "同比增长", (int?)null, (string?)null), (figures[0].Unit, figures[0].Label, figures[0].Year, figures[0].Indicator));
    }

    [Fact]
    public void The_importers_figures_of_the_ten_real_articles_read_back_unchanged()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md").Order(StringComparer.Ordinal))
        {
            var body = File.ReadAllText(file).Replace("\r\n", "\n").Split("\n---\n\n", 2)[1];
            var extracted = FigureExtractor.Extract(MarkdownBody.PlainText(body), RepoRegistries.Units, RepoRegistries.Indicators);

            var (read, errors) = Read(FigureYaml.Write(extracted));

            Assert.Empty(errors);
            Assert.Equal(extracted, read);
        }
    }
}
