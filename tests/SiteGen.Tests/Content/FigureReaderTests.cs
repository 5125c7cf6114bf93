using SiteGen.Content;
using SiteGen.Core;
using SiteGen.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Reading <c>figures:</c> from front matter, with file:line errors for every problem.</summary>
public sealed class FigureReaderTests
{
    // File lines: 1 is ---, title is 2, figures: 3, the entry starts on 4 (label), value 5, unit 6 … sentence 11, measure 12, status 13.
    private static readonly string[] Valid =
    [
        "title: \"标题\"",
        "figures:",
        "  - label: \"总投资\"",
        "    value: 100",
        "    unit: 亿元",
        "    normalized: 10000000000",
        "    bound: over",
        "    period: 2023",
        "    indicator: total-investment",
        "    sentence: \"总投资100亿元。\"",
        "    measure: level",
        "    status: actual",
    ];

    /// <summary>Reads <paramref name="yaml"/> as the front matter of a.md (its first line is line 2 of the file).</summary>
    private static (IReadOnlyList<Figure> Figures, List<string> Errors) Read(string yaml)
    {
        var diagnostics = new List<Diagnostic>();
        var doc = YamlDocument.Parse(yaml.Replace("\r\n", "\n") + "\n", "a.md", 1, diagnostics);
        Assert.NotNull(doc);
        var figures = FigureReader.Read(doc, RepoRegistries.Units, RepoRegistries.Indicators,
            new FigureReader.Context(RepoRegistries.Districts.Select(d => d.Key).ToHashSet(StringComparer.Ordinal), new HashSet<string>(["calb-wuhan-base"], StringComparer.Ordinal), 2024));
        return (figures, diagnostics.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void An_indicator_figure_without_period_measure_or_status_is_read_with_a_warning_naming_the_fix()
    {
        var (figures, messages) = Read("figures:\n  - value: 10\n    unit: \"%\"\n    normalized: 10\n    indicator: gdp\n");

        Assert.Equal(("level", "actual", (Period?)null), (figures[0].Measure, figures[0].Status, figures[0].Period));
        Assert.Contains("a.md:6: warning: indicator figure has no \"period\", so tables cannot say what it is; add `period: 2024`, or the year or range its sentence states", messages);
        Assert.Contains("a.md:6: warning: indicator figure has no \"measure\", so tables cannot say what it is; add `measure: level`", messages);
    }

    [Theory]
    [InlineData("2020", 2020, 2020)]
    [InlineData("\"2016–2020\"", 2016, 2020)]
    [InlineData("2016-2020", 2016, 2020)]
    [InlineData("\"2023–\"", 2023, null)]
    public void A_period_is_a_year_a_range_or_an_open_range(string written, int from, int? to)
    {
        var (figures, errors) = Read($"figures:\n  - value: 1\n    unit: 个\n    normalized: 1\n    period: {written}\n");

        Assert.Empty(errors);
        Assert.Equal(new Period(from, to), figures[0].Period);
    }

    [Fact]
    public void A_valid_figure_is_read_with_every_field()
    {
        var (figures, errors) = Read(string.Join("\n", Valid));

        Assert.Empty(errors);
        Assert.Equal(new Figure(100m, "亿元", 10000000000m, "总投资", "over", Period.Year(2023), "level", null, "actual", "total-investment", "总投资100亿元。", 4), Assert.Single(figures));
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
    [InlineData("    bound: over", "    bond: over", "a.md:8: error: unknown key \"bond\"; did you mean \"bound\"?")]
    [InlineData("    bound: over", "    bound: more", "a.md:8: error: bound \"more\" must be one of about, nearly, over, at_least, up_to, under (or no `bound:` when the number is stated as it is)")]
    [InlineData("    bound: over", "    approx: true", "a.md:8: error: \"approx\" is replaced by \"bound\", which says how the text bounds the number: write `bound: about` (约, 左右), `nearly` (近, 接近), `over` (超过, 突破, 逾, 以上, 余, 多)")]
    [InlineData("    bound: over", "    approx: false", "a.md:8: error: \"approx\" is replaced by \"bound\"")]
    [InlineData("    bound: over", "    place: jingkai", "a.md:8: error: place \"jingkai\" is not in data/districts.yml; use one of its keys")]
    [InlineData("    bound: over", "    project: lotus", "a.md:8: error: project \"lotus\" is not the id of a project of this article; use one of calb-wuhan-base, or give the project that id")]
    [InlineData("    period: 2023", "    period: 23", "a.md:9: error: \"period\" must be a year such as 2020, a range such as 2016–2020 or an open range such as 2023–, not \"23\"")]
    [InlineData("    period: 2023", "    period: 2025-2021", "a.md:9: error: \"period\" must be a year such as 2020, a range")]
    [InlineData("    period: 2023", "    year: 2023", "a.md:9: error: unknown key \"year\"")]
    [InlineData("    measure: level", "    measure: total", "a.md:12: error: measure \"total\" must be one of level, change, cumulative, share, rank")]
    [InlineData("    measure: level", "    base: year-on-year", "a.md:12: error: \"base\" belongs to a change only; remove it or write `measure: change`")]
    [InlineData("    status: actual", "    status: forecast", "a.md:13: error: status \"forecast\" must be one of actual, estimate, target, plan")]
    [InlineData("    value: 100", "    value: -100", "a.md:5: error: a negative value is a decline, so write `measure: change`")]
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
        var (figures, errors) = Read("figures:\n  - value: 12.5\n    unit: \"%\"\n    normalized: 12.5\n    label: \"同比增长\"\n");

        Assert.Empty(errors);
        Assert.Equal(("%", "同比增长", (Period?)null, "level", "actual", (string?)null), (figures[0].Unit, figures[0].Label, figures[0].Period, figures[0].Measure, figures[0].Status, figures[0].Indicator));
    }

    [Fact]
    public void The_importers_figures_of_the_ten_real_articles_read_back_unchanged()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Input, "articles", "zh"), "*.md").Order(StringComparer.Ordinal))
        {
            var (title, body) = SiteGen.Tests.Import.FigureGoldenTests.TitleAndBody(file);
            var plain = MarkdownBody.PlainText(body);
            var extracted = SiteGen.Tests.Import.FigureGoldenTests.Extract(file, title, plain);

            var (read, errors) = Read(FigureYaml.Write(extracted));

            Assert.DoesNotContain(errors, e => e.Contains(": error: ", StringComparison.Ordinal));
            Assert.Equal(extracted, read.Select(f => f with { Line = 0 }));
        }
    }
}
