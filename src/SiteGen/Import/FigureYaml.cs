using System.Globalization;
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
            sb.Append("    approx: ").Append(figure.Approx ? "true" : "false").Append('\n');
            if (figure.Year is { } year)
            {
                sb.Append("    year: ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
            }

            if (figure.Indicator is { } indicator)
            {
                sb.Append("    indicator: ").Append(indicator).Append('\n');
            }

            sb.Append("    sentence: ").Append(YamlText.Quote(figure.Sentence)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Units are written plain (亿元, GWh) except where YAML would read them as something else (%).</summary>
    private static string Scalar(string unit) => unit.All(c => Cjk.IsHan(c) || char.IsAsciiLetter(c)) ? unit : YamlText.Quote(unit);
}
