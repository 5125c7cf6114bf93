using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Render;

/// <summary>One bar: its label, its value (for the length) and the value as readers see it.</summary>
internal sealed record Bar(string Label, decimal Value, string Display);

/// <summary>One bar made of parts (a stacked bar): its label, the parts' values in series order, and the total as readers see it.</summary>
internal sealed record StackedBar(string Label, IReadOnlyList<decimal> Parts, string Display);

/// <summary>
/// Horizontal bar charts as inline SVG, drawn at build time (no JavaScript). Each bar's label sits on
/// its own line above the bar, so labels are never cut, and the drawing is narrow (360 units) so that
/// on a 390 px phone its text is drawn at about its nominal 13 px. The SVG has a title and a
/// description (every value) for screen readers; colours come from the stylesheet, so both colour
/// schemes and print work. The table after it holds the same numbers.
/// </summary>
internal static class BarChart
{
    private const int Width = 360;
    private const int ValueWidth = 112;
    private const int LabelHeight = 17;
    private const int BarHeight = 16;
    private const int RowGap = 10;
    private const int RowHeight = LabelHeight + BarHeight + RowGap;
    private const int CjkLabelChars = 26;
    private const int LatinLabelChars = 44;

    public static string Svg(string id, string title, string description, IReadOnlyList<Bar> bars) =>
        Stacked(id, title, description, bars.Select(b => new StackedBar(b.Label, [b.Value], b.Display)).ToList());

    public static string Stacked(string id, string title, string description, IReadOnlyList<StackedBar> bars)
    {
        var labels = bars.Select(b => LabelLines(b.Label)).ToList();
        var height = labels.Sum(l => RowHeight + (l.Count - 1) * LabelHeight) + 4;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Parts.Sum());
        var track = Width - ValueWidth;
        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            xml.WriteAttributeString("class", "bar-chart");
            xml.WriteAttributeString("viewBox", $"0 0 {Width} {height}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
            xml.WriteStartElement("title");
            xml.WriteAttributeString("id", $"{id}-title");
            xml.WriteString(title);
            xml.WriteEndElement();
            xml.WriteStartElement("desc");
            xml.WriteAttributeString("id", $"{id}-desc");
            xml.WriteString(description);
            xml.WriteEndElement();
            var top = 2;
            for (var i = 0; i < bars.Count; i++)
            {
                var bar = bars[i];
                for (var line = 0; line < labels[i].Count; line++)
                {
                    Text(xml, "label", 0, top + (line + 1) * LabelHeight - 4, "start", labels[i][line]);
                }

                var y = top + (labels[i].Count - 1) * LabelHeight;
                top = y + RowHeight;
                var x = 0;
                for (var part = 0; part < bar.Parts.Count; part++)
                {
                    var length = max <= 0 ? 0 : (int)Math.Round(bar.Parts[part] / max * track);
                    if (length == 0 && bar.Parts[part] > 0)
                    {
                        length = 2;
                    }

                    if (length == 0)
                    {
                        continue;
                    }

                    xml.WriteStartElement("rect");
                    xml.WriteAttributeString("class", $"bar series-{part + 1}");
                    xml.WriteAttributeString("x", N(x));
                    xml.WriteAttributeString("y", N(y + LabelHeight));
                    xml.WriteAttributeString("width", N(length));
                    xml.WriteAttributeString("height", N(BarHeight));
                    xml.WriteEndElement();
                    x += length;
                }

                Text(xml, "value", x + 5, y + LabelHeight + BarHeight - 3, "start", bar.Display);
            }

            xml.WriteEndElement();
        }

        return sb.ToString();
    }

    private static void Text(XmlWriter xml, string cssClass, int x, int y, string anchor, string text)
    {
        xml.WriteStartElement("text");
        xml.WriteAttributeString("class", cssClass);
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(y));
        xml.WriteAttributeString("text-anchor", anchor);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    /// <summary>
    /// A label on one line, or on two broken at a space when it is longer than the drawing is wide; a
    /// label longer than two lines is cut with "…" (the description and the table have it in full).
    /// </summary>
    private static IReadOnlyList<string> LabelLines(string label)
    {
        var max = label.Any(c => c > '\u2E80') ? CjkLabelChars : LatinLabelChars;
        if (label.Length <= max)
        {
            return [label];
        }

        var breakAt = label.LastIndexOf(' ', max);
        var first = breakAt > 0 ? label[..breakAt] : label[..max];
        var rest = (breakAt > 0 ? label[(breakAt + 1)..] : label[max..]).Trim();
        return [first, rest.Length <= max ? rest : rest[..(max - 1)] + "…"];
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
