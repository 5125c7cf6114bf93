using System.Globalization;
using System.Text;
using System.Xml;

namespace SiteGen.Render;

/// <summary>One bar: its label, its value (for the length) and the value as readers see it.</summary>
internal sealed record Bar(string Label, decimal Value, string Display);

/// <summary>
/// A horizontal bar chart as inline SVG, drawn at build time (no JavaScript). It has a title and a
/// description for screen readers; colours come from the stylesheet, so both colour schemes work.
/// The table next to it is the accessible alternative with the same numbers.
/// </summary>
internal static class BarChart
{
    private const int Width = 520;
    private const int LabelWidth = 170;
    private const int ValueWidth = 160;
    private const int RowHeight = 30;
    private const int BarHeight = 18;

    public static string Svg(string id, string title, string description, IReadOnlyList<Bar> bars)
    {
        var height = bars.Count * RowHeight + 10;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var track = Width - LabelWidth - ValueWidth;
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
            for (var i = 0; i < bars.Count; i++)
            {
                var bar = bars[i];
                var y = i * RowHeight + 5;
                var length = max <= 0 ? 0 : (int)Math.Round(bar.Value / max * track);
                Text(xml, "label", LabelWidth - 8, y + BarHeight - 4, "end", Shorten(bar.Label));
                xml.WriteStartElement("rect");
                xml.WriteAttributeString("class", "bar");
                xml.WriteAttributeString("x", N(LabelWidth));
                xml.WriteAttributeString("y", N(y));
                xml.WriteAttributeString("width", N(Math.Max(length, bar.Value > 0 ? 2 : 0)));
                xml.WriteAttributeString("height", N(BarHeight));
                xml.WriteAttributeString("rx", "3");
                xml.WriteEndElement();
                Text(xml, "value", LabelWidth + Math.Max(length, 2) + 6, y + BarHeight - 4, "start", bar.Display);
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

    private static string Shorten(string label) => label.Length <= 20 ? label : label[..19] + "…";

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
