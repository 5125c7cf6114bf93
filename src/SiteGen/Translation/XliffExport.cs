using System.Text;
using System.Xml;
using SiteGen.Content;

namespace SiteGen.Translation;

/// <summary>
/// Writes one article as an XLIFF 2.1 document for a translation tool: one <c>&lt;unit&gt;</c> per block (title,
/// summary, each paragraph, heading, list item and table cell), the zh text as source and the English as target,
/// Markdown inline markup as inline codes (<see cref="InlineCodes"/>), glossary terms of the unit as notes, and the
/// segment's state from its staleness: <c>initial</c> for a block changed or added since the stamp, otherwise the
/// translation's status (<see cref="TranslationStatus.XliffState"/>).
/// </summary>
internal static class XliffExport
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    /// <summary>The unit id of block <paramref name="index"/> of a file (title, summary, then b1, b2, … for the body).</summary>
    public static string UnitId(int index) => index switch
    {
        0 => "title",
        1 => "summary",
        _ => "b" + (index - 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static byte[] Write(string slug, ArticleText zh, ArticleText en, BlockAlignment alignment, string status, string targetLanguage, IReadOnlyList<GlossaryTerm> glossary)
    {
        var output = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, IndentChars = "  ", NewLineChars = "\n", NewLineHandling = NewLineHandling.Replace };
        using (var w = XmlWriter.Create(output, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("xliff", Namespace);
            w.WriteAttributeString("version", "2.1");
            w.WriteAttributeString("srcLang", "zh-CN");
            w.WriteAttributeString("trgLang", targetLanguage);
            w.WriteStartElement("file", Namespace);
            w.WriteAttributeString("id", "f1");
            w.WriteAttributeString("original", $"articles/en/{slug}.md");
            w.WriteStartElement("notes", Namespace);
            Note(w, "sitegen", $"{zh.File} translated into {en.File}. Keep every inline code of the source in the target; import with `sitegen translations import`, then stamp.");
            w.WriteEndElement();
            for (var i = 0; i < zh.Blocks.Count; i++)
            {
                var enBlock = alignment.EnOf[i] >= 0 ? en.Blocks[alignment.EnOf[i]] : null;
                Unit(w, i, zh.Blocks[i], enBlock, alignment.Stale[i], status, glossary);
            }

            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }

        output.WriteByte((byte)'\n');
        return output.ToArray();
    }

    /// <summary>
    /// The category of the note that records the English block as exported (its hash): import refuses a unit whose
    /// English was edited in the file since, instead of writing the exported text back over the edit.
    /// </summary>
    public const string ExportedNote = "sitegen-english-as-exported";

    private static void Unit(XmlWriter w, int index, TextBlock zh, TextBlock? en, bool stale, string status, IReadOnlyList<GlossaryTerm> glossary)
    {
        var source = InlineCodes.Of(zh);
        var target = en is null ? null : InlineCodes.Matched(InlineCodes.Of(en), source);
        w.WriteStartElement("unit", Namespace);
        w.WriteAttributeString("id", UnitId(index));
        w.WriteAttributeString("name", zh.Level > 0 ? $"{zh.Kind} {zh.Level}" : zh.Kind);
        w.WriteAttributeString("xml", "space", null, "preserve");
        w.WriteStartElement("notes", Namespace);
        Note(w, "location", $"{zh.File}:{zh.Line}" + (en is null ? " (new: no English yet)" : $" → {en.File}:{en.Line}"));
        if (en is not null)
        {
            Note(w, ExportedNote, SourceBlocks.Hash(en));
        }

        foreach (var term in GlossaryTerm.In(zh.Markdown, glossary))
        {
            Note(w, "glossary", $"{term.Zh} → {term.En}" + (term.Accept.Count > 0 ? $" (also: {string.Join("; ", term.Accept)})" : "")
                + (term.Reject.Count > 0 ? $" (not: {string.Join("; ", term.Reject)})" : "") + (term.Notes.Length > 0 ? ". " + term.Notes : ""));
        }

        w.WriteEndElement();
        var data = new List<(string Id, string Markdown)>();
        var sourceRefs = Refs(source, data);
        var targetRefs = target is null ? null : Refs(target, data);
        if (data.Count > 0)
        {
            w.WriteStartElement("originalData", Namespace);
            foreach (var (id, markdown) in data)
            {
                w.WriteStartElement("data", Namespace);
                w.WriteAttributeString("id", id);
                w.WriteString(markdown);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteStartElement("segment", Namespace);
        w.WriteAttributeString("state", stale || target is null ? "initial" : TranslationStatus.XliffState(status));
        if (stale)
        {
            w.WriteAttributeString("subState", en is null ? "sitegen:added" : "sitegen:changed");
        }

        Content(w, "source", source, sourceRefs);
        if (target is not null)
        {
            Content(w, "target", target, targetRefs!);
        }

        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>An <c>originalData</c> id for each code's Markdown (a pair's opening and closing marks each have one).</summary>
    private static List<string> Refs(List<Piece> pieces, List<(string Id, string Markdown)> data)
    {
        var refs = new List<string>(pieces.Count);
        foreach (var piece in pieces)
        {
            if (!piece.IsCode)
            {
                refs.Add("");
                continue;
            }

            var id = "d" + (data.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            data.Add((id, piece.Value));
            refs.Add(id);
        }

        return refs;
    }

    private static void Content(XmlWriter w, string element, List<Piece> pieces, List<string> refs)
    {
        w.WriteStartElement(element, Namespace);
        w.WriteString(""); // mixed content from here on: the writer adds no indentation inside it
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Text:
                    w.WriteString(piece.Value);
                    break;
                case PieceKind.Ph:
                    w.WriteStartElement("ph", Namespace);
                    w.WriteAttributeString("id", piece.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteAttributeString("type", piece.Type);
                    w.WriteAttributeString("dataRef", refs[i]);
                    w.WriteEndElement();
                    break;
                case PieceKind.Open:
                    var close = pieces.FindIndex(i + 1, p => p.Kind == PieceKind.Close && p.Id == piece.Id);
                    w.WriteStartElement("pc", Namespace);
                    w.WriteAttributeString("id", piece.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteAttributeString("type", piece.Type);
                    w.WriteAttributeString("dataRefStart", refs[i]);
                    w.WriteAttributeString("dataRefEnd", refs[close]);
                    break;
                case PieceKind.Close:
                    w.WriteEndElement();
                    break;
            }
        }

        w.WriteEndElement();
    }

    private static void Note(XmlWriter w, string category, string text)
    {
        w.WriteStartElement("note", Namespace);
        w.WriteAttributeString("category", category);
        w.WriteString(text);
        w.WriteEndElement();
    }
}
