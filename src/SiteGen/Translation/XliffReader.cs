using System.Xml;
using System.Xml.Linq;
using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>One unit of an XLIFF file as read back: its id, the line it is on, its source and (when it has one) its target.</summary>
/// <remarks>A code's <see cref="Piece.Value"/> is null where the file gave no original data for it.</remarks>
/// <param name="Exported">The hash of the English block the export wrote as the target (<see cref="XliffExport.ExportedNote"/>), if any.</param>
internal sealed record XliffUnit(string Id, int Line, IReadOnlyList<Piece> Source, IReadOnlyList<Piece>? Target, string? Exported = null);

/// <summary>The article an XLIFF file is for and its units.</summary>
internal sealed record XliffDocument(string Original, int Line, IReadOnlyList<XliffUnit> Units);

/// <summary>
/// Reads an XLIFF 2 file written by <see cref="XliffExport"/> and edited by a translation tool. No DTD and no external
/// entities are read. Inline codes come back as <see cref="Piece"/>s with the Markdown of their original data;
/// <c>&lt;sc&gt;/&lt;ec&gt;</c> are read as a <c>&lt;pc&gt;</c>, annotations (<c>&lt;mrk&gt;</c>) by their content.
/// </summary>
internal static class XliffReader
{
    private static readonly XNamespace Ns = XliffExport.Namespace;

    public static XliffDocument? Read(string path, string display, List<Diagnostic> diagnostics)
    {
        if (InputFiles.Check(path, display, null, out _) is { } refused)
        {
            diagnostics.Add(refused); // a FIFO or device: never opened
            return null;
        }

        XDocument doc;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
            using var reader = XmlReader.Create(path, settings);
            doc = XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            diagnostics.Add(Diagnostic.Error(display, ex.LineNumber, "has a DTD (<!DOCTYPE …>), which import never reads (its entities could pull in other files); export the article again, or save the file from the translation tool without one"));
            return null;
        }
        catch (XmlException ex)
        {
            diagnostics.Add(Diagnostic.Error(display, ex.LineNumber, $"not well-formed XML ({ex.Message}); export the file again or fix it in the translation tool"));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(display, 0, $"cannot be read ({ex.Message}); check the path"));
            return null;
        }

        var root = doc.Root!;
        if (root.Name != Ns + "xliff" || (string?)root.Attribute("version") is not ("2.0" or "2.1"))
        {
            diagnostics.Add(Diagnostic.Error(display, Line(root), "not an XLIFF 2 file (root <xliff version=\"2.1\"> in its namespace); import reads what `translations export` wrote"));
            return null;
        }

        var files = root.Elements(Ns + "file").ToList();
        if (files.Count != 1 || (string?)files[0].Attribute("original") is not { } original)
        {
            diagnostics.Add(Diagnostic.Error(display, Line(root), "an exported file has exactly one <file original=\"articles/en/<slug>.md\">; export the article again"));
            return null;
        }

        var before = diagnostics.Count;
        var units = new List<XliffUnit>();
        foreach (var unit in files[0].Descendants(Ns + "unit"))
        {
            var id = (string?)unit.Attribute("id") ?? "";
            var data = unit.Element(Ns + "originalData")?.Elements(Ns + "data")
                .GroupBy(d => (string?)d.Attribute("id") ?? "").ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal) ?? [];
            var segments = unit.Elements(Ns + "segment").ToList();
            if (segments.Count != 1)
            {
                diagnostics.Add(Diagnostic.Error(display, Line(unit), $"unit {id}: has {segments.Count} segments; a unit is one block: join its segments in the translation tool"));
                continue;
            }

            var source = segments[0].Element(Ns + "source");
            var target = segments[0].Element(Ns + "target");
            if (source is null)
            {
                diagnostics.Add(Diagnostic.Error(display, Line(segments[0]), $"unit {id}: has no <source>"));
                continue;
            }

            var problem = new List<string>();
            var sourcePieces = Pieces(source, data, problem);
            var targetPieces = target is null ? null : Pieces(target, data, problem);
            if (problem.Count > 0)
            {
                diagnostics.Add(Diagnostic.Error(display, Line(target ?? source), $"unit {id}: {problem[0]}"));
                continue;
            }

            var exported = unit.Element(Ns + "notes")?.Elements(Ns + "note").FirstOrDefault(n => (string?)n.Attribute("category") == XliffExport.ExportedNote)?.Value.Trim();
            units.Add(new XliffUnit(id, Line(unit), sourcePieces, targetPieces, exported));
        }

        return diagnostics.Count > before ? null : new XliffDocument(original, Line(files[0]), units);
    }

    private static int Line(XObject node) => ((IXmlLineInfo)node).LineNumber;

    private static List<Piece> Pieces(XElement content, Dictionary<string, string> data, List<string> problem)
    {
        var pieces = new List<Piece>();
        Walk(content, data, pieces, problem);
        return InlineCodes.Merge(pieces);
    }

    private static void Walk(XElement element, Dictionary<string, string> data, List<Piece> pieces, List<string> problem)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText text)
            {
                pieces.Add(new Piece(PieceKind.Text, text.Value));
                continue;
            }

            if (node is not XElement child)
            {
                continue;
            }

            var id = Id((string?)child.Attribute("id"));
            switch (child.Name.LocalName)
            {
                case "pc" when child.Name.Namespace == Ns:
                    pieces.Add(new Piece(PieceKind.Open, Data(child, "dataRefStart", data)!, id));
                    Walk(child, data, pieces, problem);
                    pieces.Add(new Piece(PieceKind.Close, Data(child, "dataRefEnd", data)!, id));
                    break;
                case "sc" when child.Name.Namespace == Ns:
                    pieces.Add(new Piece(PieceKind.Open, Data(child, "dataRef", data)!, id));
                    break;
                case "ec" when child.Name.Namespace == Ns:
                    pieces.Add(new Piece(PieceKind.Close, Data(child, "dataRef", data)!, child.Attribute("startRef") is { } start ? Id(start.Value) : id));
                    break;
                case "ph" when child.Name.Namespace == Ns:
                    pieces.Add(new Piece(PieceKind.Ph, Data(child, "dataRef", data)!, id));
                    break;
                case "mrk" when child.Name.Namespace == Ns:
                    Walk(child, data, pieces, problem);
                    break;
                case "sm" or "em" when child.Name.Namespace == Ns:
                    break;
                default:
                    problem.Add($"<{child.Name.LocalName}> (line {Line(child)}) is not an inline code SiteGen exports; keep the source's <pc> and <ph> codes and text only");
                    return;
            }
        }
    }

    /// <summary>A code id as a number; 0 (which no exported code has) for an id SiteGen did not write.</summary>
    private static int Id(string? id) => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static string? Data(XElement code, string attribute, Dictionary<string, string> data) =>
        (string?)code.Attribute(attribute) is { } reference && data.TryGetValue(reference, out var markdown) ? markdown : null;
}
