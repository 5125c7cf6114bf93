using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// A zh source article: the language-neutral facts live here, once. <see cref="Date"/> is when the
/// source portal listed it; <see cref="OriginalDate"/> when the original was given or issued, where
/// known; <see cref="Period"/> is the time it reports on, where it says so. The Markdown body is not
/// held: <see cref="Body"/> says where it is, and whatever needs the text reads it from there.
/// </summary>
internal sealed record SourceArticle(
    string File,
    string Slug,
    string Title,
    DateOnly Date,
    Period? Period,
    string District,
    string Source,
    string Summary,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Aliases,
    int AliasesLine,
    bool Draft,
    BodyInFile Body,
    string TranslationHash,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Project> Projects)
{
    /// <summary>Whether the body starts with the summary's text (<see cref="Lead.StartsWith"/>): the page then shows no separate lead.</summary>
    public bool BodyStartsWithSummary { get; init; }

    /// <summary>The glossary terms the title, summary and body use, found while the file was read.</summary>
    public IReadOnlyList<GlossaryTerm> Terms { get; init; } = [];

    /// <summary>When the original was given or issued (a report delivered at a meeting), where the text or an editor says so; <see cref="Date"/> is when the source listed it.</summary>
    public DateOnly? OriginalDate { get; init; }

    /// <summary>Where the original article is published (<c>source_url</c>), when the editors know it: linked from the article's page.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Editor's notes: what the editors changed relative to the scraped source.</summary>
    public IReadOnlyList<EditorNote> Notes { get; init; } = [];

    public int TitleLine { get; init; } = 1;

    public int SummaryLine { get; init; } = 1;

    public int ProjectsLine { get; init; } = 1;
}

/// <summary>
/// Where an article's Markdown body is: its file (the folder's path, shared by every article in it, and the file's
/// name), the hash of the file's bytes as they were read, and where in them the body starts. The body is read again
/// from there when it is needed (a page renders, a check runs); a file whose bytes changed since (an editor saved it
/// while a build ran) is an error saying so, instead of a page made from text that was not checked.
/// </summary>
internal sealed class BodyInFile
{
    private readonly string _folder;
    private readonly string _name;
    private readonly UInt128 _hash;
    private readonly int _byteOffset;
    private readonly int _charOffset;
    private readonly int _length;

    /// <param name="text">The file's text as <see cref="TextFile.Read(string, string, string?)"/> made it from <paramref name="bytes"/>.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/>.</param>
    /// <param name="display">The file as messages name it.</param>
    /// <param name="line">The body's first line in the file.</param>
    public BodyInFile(string folder, string name, byte[] bytes, string text, int bodyStart, string display, int line)
    {
        _folder = folder;
        _name = name;
        _hash = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
        _length = bytes.Length;
        File = display;
        Line = line;
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // Without carriage returns the text is the bytes decoded as they are, so the body starts at a byte offset;
        // with them (normalised away) the whole file is decoded again and the body taken from the same character.
        (_byteOffset, _charOffset) = bytes.AsSpan().IndexOf((byte)'\r') < 0
            ? (bom + System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, bodyStart)), 0)
            : (bom, bodyStart);
    }

    /// <summary>The file as messages name it.</summary>
    public string File { get; }

    /// <summary>The body's first line in its file.</summary>
    public int Line { get; }

    /// <summary>The hash of the file's bytes as they were read: the same body has the same hash.</summary>
    public UInt128 Hash => _hash;

    /// <summary>The body, read again; throws <see cref="InputChangedException"/> when the file is not the one that was read.</summary>
    public string Read()
    {
        // One byte more than was read: a file that grew since is told from one that did not.
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(_length + 1);
        try
        {
            int read;
            try
            {
                read = ReadInto(buffer.AsSpan(0, _length + 1));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw Changed("could not be read again");
            }

            var bytes = buffer.AsSpan(0, read);
            if (read != _length || System.IO.Hashing.XxHash128.HashToUInt128(bytes) != _hash)
            {
                throw Changed("changed");
            }

            var text = TextFile.Decode(bytes, _byteOffset);
            return _charOffset == 0 ? text : text[_charOffset..];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads the file into <paramref name="buffer"/> until it is full or the file ends; how many bytes were read.</summary>
    private int ReadInto(Span<byte> buffer)
    {
        var path = Path.Join(_folder, _name);
        if (FileKinds.Of(path) is not (FileKind.Regular or FileKind.Unknown))
        {
            throw new IOException("not a regular file any more"); // never opened: a FIFO would block
        }

        using var handle = System.IO.File.OpenHandle(path);
        var total = 0;
        while (total < buffer.Length)
        {
            var want = buffer.Length - total;
            var n = System.IO.RandomAccess.Read(handle, buffer[total..], total);
            total += n;
            if (n < want)
            {
                break; // a short read of a file is its end
            }
        }

        return total;
    }

    private InputChangedException Changed(string what) =>
        new(Diagnostic.Error(File, Line, $"this file {what} during the build (saved, moved or deleted while the pages were made); nothing was published: run the build again"));
}

/// <summary>Whether an article's body begins with its summary's text.</summary>
internal static class Lead
{
    /// <summary>True when the body's letters and digits start with the summary's (a trailing ellipsis or full stop aside): the summary is the body's lead.</summary>
    public static bool StartsWith(string body, string summary)
    {
        static string Plain(string s)
        {
            var sb = new System.Text.StringBuilder(s.Length);
            foreach (var c in s)
            {
                if (char.IsLetterOrDigit(c))
                {
                    sb.Append(c);
                }
            }

            return sb.ToString();
        }

        var lead = Plain(summary.TrimEnd('…', '.'));
        return lead.Length > 0 && Plain(body.Length > summary.Length * 3 ? body[..(summary.Length * 3)] : body).StartsWith(lead, StringComparison.Ordinal);
    }
}

/// <summary>How an en file relates to its zh source.</summary>
internal enum TranslationState
{
    Current,
    Stale,
    Missing,
}

/// <summary>An en translation: its own title, summary and body, plus the hash of the zh text it was made from.</summary>
internal sealed record TranslatedArticle(
    string File,
    string Slug,
    string Title,
    string Summary,
    string SourceHash,
    string Status,
    BodyInFile Body)
{
    /// <summary>Whether the body starts with the translation's summary (<see cref="Lead.StartsWith"/>).</summary>
    public bool BodyStartsWithSummary { get; init; }

    /// <summary>The <c>source_blocks</c> line: a short hash per block of the zh text it was stamped against (null when stamped before SiteGen recorded them).</summary>
    public string? SourceBlocks { get; init; }

    /// <summary>Who reviewed the translation (<c>reviewed_by</c>), when recorded.</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>When the translation was reviewed (<c>reviewed_on</c>), when recorded.</summary>
    public DateOnly? ReviewedOn { get; init; }

    /// <summary>Glossary terms (Chinese) this translation words differently on purpose (<c>glossary_except:</c>).</summary>
    public IReadOnlyList<string> GlossaryExceptions { get; init; } = [];

    public int GlossaryExceptionsLine { get; init; } = 1;

    public int TitleLine { get; init; } = 1;

    public int SummaryLine { get; init; } = 1;
}

/// <summary>Everything read from input/, validated.</summary>
internal sealed record ContentSet(
    SiteConfig Config,
    IReadOnlyList<District> Districts,
    IReadOnlyList<Topic> Topics,
    IReadOnlyList<Sector> Sectors,
    UnitRegistry Units,
    IndicatorRegistry Indicators,
    IReadOnlyList<SourceArticle> Sources,
    IReadOnlyList<TranslatedArticle> Translations,
    EditorialData Editorial);
