using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Core;

/// <summary>data/units.yml and data/indicators.yml: the repo's load cleanly, broken ones name file, line and fix.</summary>
public sealed class UnitRegistryTests
{
    private static List<string> LoadUnits(string yaml)
    {
        using var temp = new TempDir();
        temp.Write("input/" + UnitRegistry.UnitsFile, yaml);
        var diagnostics = new List<Diagnostic>();
        UnitRegistry.Load(temp["input"], diagnostics);
        return diagnostics.Select(d => d.Message).ToList();
    }

    private static List<string> LoadIndicators(string yaml)
    {
        using var temp = new TempDir();
        temp.Write("input/" + IndicatorRegistry.IndicatorsFile, yaml);
        var diagnostics = new List<Diagnostic>();
        IndicatorRegistry.Load(temp["input"], diagnostics);
        return diagnostics.Select(d => $"{d.Line}: {d.Message}").ToList();
    }

    [Fact]
    public void The_repo_registries_load_and_match_the_longest_unit()
    {
        var units = RepoRegistries.Units;

        Assert.Equal("亿美元", units.MatchAt("7.9亿美元", 3)?.Text);
        Assert.Equal("万平方米", units.MatchAt("3.6万平方米", 3)?.Text);
        Assert.Equal("个百分点", units.MatchAt("35.8个百分点", 4)?.Text);
        Assert.Equal("万亿元", units.MatchAt("1.2万亿元", 3)?.Text);
        Assert.Null(units.MatchAt("2023年", 4));
        Assert.All(units.Units.Where(u => u.Kind == "money"), u => Assert.Contains(u.Currency, Unit.Currencies));
        Assert.Contains(RepoRegistries.Indicators.Indicators, i => i.Key == "gdp" && i.Labels.Contains("地区生产总值"));
    }

    [Theory]
    [InlineData("- { unit: 亿元, kind: money, factor: 100000000, name: { zh: 元, en: CNY } }", "unit \"亿元\" is money and needs `currency:` CNY or USD")]
    [InlineData("- { unit: 个, kind: count, currency: CNY, factor: 1, name: { zh: 个, en: items } }", "unit \"个\" is count, not money; remove `currency:`")]
    [InlineData("- { unit: 个, kind: count, factor: 0, name: { zh: 个, en: items } }", "unit \"个\" needs `factor:` greater than 0")]
    [InlineData("- { unit: 个, kind: pieces, factor: 1, name: { zh: 个, en: items } }", "unit \"个\": kind \"pieces\" must be one of money, count")]
    [InlineData("- { unit: 个, kind: count, factor: 1, name: { zh: 个 } }", "unit \"个\" name needs both zh: and en:")]
    [InlineData("- { unit: 个, kind: count, factor: 1, name: { zh: 个, en: items } }\n- { unit: 个, kind: count, factor: 1, name: { zh: 个, en: items } }", "unit \"个\" is defined twice; keep one")]
    [InlineData("- { unit: 个, kind: count, factor: abc, name: { zh: 个, en: items } }", "\"factor\" must be a number")]
    public void Broken_units_are_errors(string yaml, string message) =>
        Assert.Contains(LoadUnits(yaml), m => m.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void Broken_indicators_are_errors_on_their_line()
    {
        const string D = ", definition: { zh: 定义, en: Definition }";
        var errors = LoadIndicators($"- {{ key: gdp, name: {{ zh: 地区生产总值, en: GDP }}, labels: [GDP]{D} }}\n- {{ key: GDP, name: {{ zh: a, en: b }}, labels: [x]{D} }}\n"
            + $"- {{ key: jobs, name: {{ zh: a, en: b }}, labels: [GDP]{D} }}\n- {{ key: tax, name: {{ zh: a, en: b }}{D} }}\n"
            + "- { key: fai, name: { zh: a, en: b }, labels: [y] }\n- { key: fdi, name: { zh: a, en: b }, labels: [z], definition: { en: Foreign capital } }\n"
            + $"- {{ key: jobs2, name: {{ zh: a, en: b }}, labels: [w]{D}, caveats: {{ zh: 注意 }}, unit: {{ zh: 人, en: people }} }}\n");

        Assert.Equal(
            [
                "2: indicator key \"GDP\" must be lowercase ASCII letters, digits and '-'",
                "3: label \"GDP\" names both \"gdp\" and \"jobs\"; keep it on one indicator",
                "4: indicator \"tax\" needs `labels:`, the Chinese words that name it (e.g. [地区生产总值, GDP])",
                "5: indicator \"fai\" needs `definition: { zh: …, en: … }`: what it measures, shown on its page",
                "6: indicator \"fdi\" definition needs both zh: and en:",
                "7: indicator \"jobs2\" caveats needs both zh: and en:",
            ],
            errors);
        Assert.All(RepoRegistries.Indicators.Indicators, i => Assert.True(i.Definition.Zh.Length > 0 && i.Definition.En.Length > 0 && i.Unit is not null && i.Caveats is not null, i.Key));
    }
}
