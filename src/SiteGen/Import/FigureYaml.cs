using System.Text;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>Writes figures as the <c>figures:</c> front-matter list, one way only, so re-imports write the same bytes.</summary>
internal static class FigureYaml
{
    public static string Write(IReadOnlyList<Figure> figures)
    {
        if (figures.Count == 0)
        {
            return "figures: []\n";
        }

        var sb = new StringBuilder("figures:\n");
        foreach (var figure in figures)
        {
            sb.Append("  - value: ").Append(YamlText.Number(figure.Value)).Append('\n');
            sb.Append("    unit: ").Append(Scalar(figure.Unit)).Append('\n');
            sb.Append("    normalized: ").Append(YamlText.Number(figure.Normalized)).Append('\n');
            sb.Append("    label: ").Append(YamlText.Quote(figure.Label)).Append('\n');
            if (figure.Bound is { } bound)
            {
                sb.Append("    bound: ").Append(bound).Append('\n');
            }

            if (figure.Period is { } period)
            {
                sb.Append("    period: ").Append(Period(period)).Append('\n');
            }

            sb.Append("    measure: ").Append(figure.Measure).Append('\n');
            if (figure.Base is { } basis)
            {
                sb.Append("    base: ").Append(basis).Append('\n');
            }

            sb.Append("    status: ").Append(figure.Status).Append('\n');
            if (figure.Place is { } place)
            {
                sb.Append("    place: ").Append(place).Append('\n');
            }

            if (figure.Project is { } project)
            {
                sb.Append("    project: ").Append(project).Append('\n');
            }

            if (figure.Indicator is { } indicator)
            {
                sb.Append("    indicator: ").Append(indicator).Append('\n');
            }

            sb.Append("    sentence: ").Append(YamlText.Quote(figure.Sentence)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A year is written plain (2020), a range quoted ("2016–2020").</summary>
    internal static string Period(Period period) => period.IsYear ? period.ToString() : YamlText.Quote(period.ToString());

    /// <summary>Units are written plain (亿元, GWh) except where YAML would read them as something else (%).</summary>
    private static string Scalar(string unit) => unit.All(c => Cjk.IsHan(c) || char.IsAsciiLetter(c)) ? unit : YamlText.Quote(unit);
}
