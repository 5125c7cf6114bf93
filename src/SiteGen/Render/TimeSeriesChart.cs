using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>
/// One value of a <see cref="Series"/>: the years it covers, its value, its status (actual, estimate, target, plan) and
/// whether a range of years is drawn across them (a cumulative total, an average growth) or at its last year (a level
/// to reach by then).
/// </summary>
internal sealed record SeriesPoint(int From, int To, decimal Value, string Status, bool Across);

/// <summary>One line of a <see cref="TimeSeriesChart"/>: a district's values, drawn in its series colour (1 to <see cref="TimeSeriesChart.Palette"/>).</summary>
internal sealed record Series(string Name, IReadOnlyList<SeriesPoint> Points, int Colour);

/// <summary>
/// A time-series chart as inline SVG, drawn at build time: years across, values up, one colour per series (district).
/// What is reported is told from what is planned by the marks as well as by colour: an actual value is a filled dot on
/// a solid line, an estimate a hollow dot on it, a target or plan a hollow diamond reached by a dashed line; a value for
/// a range of years is a bar across those years. The drawing is narrow (360 units), like <see cref="BarChart"/>, so its
/// 13-unit text stays readable on a phone; the title and description (every value) are for screen readers, and the
/// table after the chart holds the same numbers. Colours come from the stylesheet.
/// </summary>
internal static class TimeSeriesChart
{
    private const int Width = 360;
    private const int Height = 230;
    private const int Left = 52;
    private const int Right = 22;
    private const int Top = 12;
    private const int Bottom = 28;

    public static string Svg(string id, string title, string description, IReadOnlyList<Series> series, Func<decimal, string> tick)
    {
        var points = series.SelectMany(s => s.Points).ToList();
        var (first, last) = (points.Min(p => p.From), points.Max(p => p.To));
        var (low, high, step) = Scale(Math.Min(0, points.Min(p => p.Value)), Math.Max(0, points.Max(p => p.Value)));
        var years = Math.Max(1, last - first);
        double X(double year) => last == first ? Left + (Width - Left - Right) / 2.0 : Left + (year - first) / years * (Width - Left - Right);
        double Y(decimal value) => Top + (double)((high - value) / (high - low)) * (Height - Top - Bottom);

        var sb = new StringBuilder();
        using (var xml = XmlWriter.Create(sb, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = false, ConformanceLevel = ConformanceLevel.Fragment }))
        {
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            xml.WriteAttributeString("class", "time-series");
            xml.WriteAttributeString("viewBox", $"0 0 {Width} {Height}");
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
            Element(xml, "title", ("id", $"{id}-title")).Text(title);
            Element(xml, "desc", ("id", $"{id}-desc")).Text(description);

            for (var value = low; value <= high; value += step)
            {
                Element(xml, "line", ("class", value == 0 ? "axis" : "grid"), ("x1", N(Left)), ("x2", N(Width - Right)), ("y1", N(Y(value))), ("y2", N(Y(value)))).End();
                Element(xml, "text", ("class", "tick"), ("x", N(Left - 6)), ("y", N(Y(value) + 4.5)), ("text-anchor", "end")).Text(tick(value));
            }

            var every = years > 12 ? 5 : years > 6 ? 2 : 1;
            for (var year = first; year <= last; year++)
            {
                if ((year - first) % every == 0)
                {
                    Element(xml, "text", ("class", "tick"), ("x", N(X(year))), ("y", N(Height - 8)), ("text-anchor", "middle")).Text(year.ToString(CultureInfo.InvariantCulture));
                }
            }

            foreach (var line in series)
            {
                Draw(xml, line, $"series-{line.Colour}", X, Y);
            }

            xml.WriteEndElement();
        }

        return sb.ToString();
    }

    /// <summary>How many series colours the stylesheet defines (series-1 … series-6); more series repeat them.</summary>
    public const int Palette = 6;

    private static void Draw(XmlWriter xml, Series series, string colour, Func<double, double> x, Func<decimal, double> y)
    {
        Element(xml, "g", ("class", $"series {colour}")).Open();
        var reported = series.Points.Where(p => !p.Across && p.Status is Figure.Actual or Figure.Estimate).OrderBy(p => p.To).ToList();
        var planned = series.Points.Where(p => !p.Across && p.Status is Figure.Target or Figure.Plan).OrderBy(p => p.To).ToList();
        if (reported.Count > 1)
        {
            Element(xml, "polyline", ("class", "line"), ("points", string.Join(" ", reported.Select(p => $"{N(x(p.To))},{N(y(p.Value))}")))).End();
        }

        if (planned.Count > 0)
        {
            var path = (reported.Count > 0 ? [reported[^1]] : Array.Empty<SeriesPoint>()).Concat(planned).ToList();
            if (path.Count > 1)
            {
                Element(xml, "polyline", ("class", "line planned"), ("points", string.Join(" ", path.Select(p => $"{N(x(p.To))},{N(y(p.Value))}")))).End();
            }
        }

        foreach (var range in series.Points.Where(p => p.Across))
        {
            var dash = range.Status is Figure.Actual or Figure.Estimate ? "range" : "range planned";
            Element(xml, "line", ("class", dash), ("x1", N(x(range.From))), ("x2", N(x(range.To))), ("y1", N(y(range.Value))), ("y2", N(y(range.Value)))).End();
        }

        foreach (var point in reported.Concat(planned))
        {
            var (cx, cy) = (x(point.To), y(point.Value));
            if (point.Status is Figure.Target or Figure.Plan)
            {
                Element(xml, "path", ("class", "mark planned"), ("d", $"M{N(cx)} {N(cy - 6)}L{N(cx + 6)} {N(cy)}L{N(cx)} {N(cy + 6)}L{N(cx - 6)} {N(cy)}Z")).End();
            }
            else
            {
                Element(xml, "circle", ("class", point.Status == Figure.Actual ? "mark" : "mark estimate"), ("cx", N(cx)), ("cy", N(cy)), ("r", "4.5")).End();
            }
        }

        xml.WriteEndElement();
    }

    /// <summary>The value axis: from <paramref name="min"/> to <paramref name="max"/> (0 included) in 2–6 steps of 1, 2, 2.5 or 5 times a power of ten.</summary>
    internal static (decimal Low, decimal High, decimal Step) Scale(decimal min, decimal max)
    {
        if (max == min)
        {
            max = min + 1;
        }

        var raw = (double)(max - min) / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = (decimal)(new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(s => s >= raw));
        var low = Math.Floor(min / step) * step;
        var high = Math.Ceiling(max / step) * step;
        return (low, high, step);
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);

    private static Writer Element(XmlWriter xml, string name, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement(name);
        foreach (var (attribute, value) in attributes)
        {
            xml.WriteAttributeString(attribute, value);
        }

        return new Writer(xml);
    }

    /// <summary>An element just started: closed at once, closed after its text, or left open for children.</summary>
    private readonly record struct Writer(XmlWriter Xml)
    {
        public void End() => Xml.WriteEndElement();

        public void Text(string text)
        {
            Xml.WriteString(text);
            Xml.WriteEndElement();
        }

        public void Open()
        {
        }
    }
}
