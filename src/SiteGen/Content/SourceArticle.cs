using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// A zh source article: the language-neutral facts live here, once. <see cref="Date"/> is when the
/// source published it; <see cref="Period"/> is the time it reports on, where it says so.
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
    string Body,
    int BodyLine,
    string TranslationHash,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<Project> Projects)
{
    private string? _body = Body;

    private BodyInFile? _inFile;

    /// <summary>
    /// The Markdown body. In a clean build it is not held but read again from the file each time (<see cref="BodyInFile"/>),
    /// which throws <see cref="InputChangedException"/> when the file changed since the build read it; it throws once released (<see cref="ReleaseBody"/>).
    /// </summary>
    public string Body
    {
        get => _body ?? _inFile?.Read(File, BodyLine) ?? throw ReleasedBody.Read(File);
        init => _body = value;
    }

    /// <summary>Whether the body string is held (a test seam: a clean build holds none from content loading on).</summary>
    internal bool HoldsBody => _body is not null;

    /// <summary>Lets the body string go; it is read again from where it is in its file when needed (a clean build).</summary>
    internal void LeaveBodyIn(BodyInFile where) => (_body, _inFile) = (null, where);

    /// <summary>
    /// Drops the body. A clean build does so as soon as the article's pages have made their HTML from it,
    /// so that 100,000 bodies are not all held until the end; reading it afterwards is a bug, and throws.
    /// </summary>
    internal void ReleaseBody() => (_body, _inFile) = (null, null);

    /// <summary>Whether the body starts with the summary's text (<see cref="Lead.StartsWith"/>): the page then shows no separate lead.</summary>
    public bool BodyStartsWithSummary { get; init; }

    /// <summary>The glossary terms the title, summary and body use, found while the body was read (a clean build); null when not found then.</summary>
    public IReadOnlyList<GlossaryTerm>? Terms { get; init; }

    /// <summary>Editor's notes: what the editors changed relative to the scraped source.</summary>
    public IReadOnlyList<EditorNote> Notes { get; init; } = [];

    public int TitleLine { get; init; } = 1;

    public int SummaryLine { get; init; } = 1;

    public int ProjectsLine { get; init; } = 1;
}

/// <summary>
/// Where an article's body is: its file (the folder's path, shared by every article in it, and the slug), the hash of the
/// file's bytes as the build read them, and where in them the body starts. A clean build keeps this instead of the body
/// and reads the body again when a page renders; a file whose bytes changed since (an editor saved it during the build)
/// fails the build with an error saying so, instead of a page made from text the build did not check.
/// </summary>
internal sealed class BodyInFile
{
    private readonly string _folder;
    private readonly string _name;
    private readonly UInt128 _hash;
    private readonly int _byteOffset;
    private readonly int _charOffset;
    private readonly int _length;

    /// <param name="text">The file's text as <see cref="TextFile.Read(string, string)"/> made it from <paramref name="bytes"/>.</param>
    /// <param name="bodyStart">Where the body starts in <paramref name="text"/>.</param>
    public BodyInFile(string folder, string name, byte[] bytes, string text, int bodyStart)
    {
        _folder = folder;
        _name = name;
        _hash = System.IO.Hashing.XxHash128.HashToUInt128(bytes);
        _length = bytes.Length;
        var bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // Without carriage returns the text is the bytes decoded as they are, so the body starts at a byte offset;
        // with them (normalised away) the whole file is decoded again and the body taken from the same character.
        (_byteOffset, _charOffset) = bytes.AsSpan().IndexOf((byte)'\r') < 0
            ? (bom + System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(0, bodyStart)), 0)
            : (bom, bodyStart);
    }

    /// <summary>The body, read again; throws <see cref="InputChangedException"/> when the file is not the one the build read.</summary>
    public string Read(string file, int line)
    {
        // One byte more than the build read: a file that grew since is told from one that did not.
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
                throw Changed(file, line, "could not be read again");
            }

            var bytes = buffer.AsSpan(0, read);
            if (read != _length || System.IO.Hashing.XxHash128.HashToUInt128(bytes) != _hash)
            {
                throw Changed(file, line, "changed");
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
        using var handle = System.IO.File.OpenHandle(Path.Join(_folder, _name));
        var total = 0;
        while (total < buffer.Length)
        {
            var want = buffer.Length - total;
            var n = System.IO.RandomAccess.Read(handle, buffer[total..], total);
            total += n;
            if (n < want)
            {
                break; // a short read of a file is its end: no second call to be told so
            }
        }

        return total;
    }

    private static InputChangedException Changed(string file, int line, string what) =>
        new(Diagnostic.Error(file, line, $"this file {what} during the build (saved, moved or deleted while the pages were made); nothing was published: run the build again"));
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

/// <summary>The error of reading an article body that a clean build has already released.</summary>
internal static class ReleasedBody
{
    public static InvalidOperationException Read(string file) =>
        new($"{file}: the body was released once the article's pages were made, and is read again; whatever reads it must run before the pages render, or keep the article (PageFactory.ReleaseBodies)");
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
    string Body,
    int BodyLine)
{
    private string? _body = Body;

    private BodyInFile? _inFile;

    /// <summary>The Markdown body, as <see cref="SourceArticle.Body"/>.</summary>
    public string Body
    {
        get => _body ?? _inFile?.Read(File, BodyLine) ?? throw ReleasedBody.Read(File);
        init => _body = value;
    }

    /// <summary>Whether the body string is held (a test seam, as <see cref="SourceArticle.HoldsBody"/>).</summary>
    internal bool HoldsBody => _body is not null;

    /// <summary>As <see cref="SourceArticle.LeaveBodyIn"/>.</summary>
    internal void LeaveBodyIn(BodyInFile where) => (_body, _inFile) = (null, where);

    /// <summary>Drops the body, as <see cref="SourceArticle.ReleaseBody"/> does.</summary>
    internal void ReleaseBody() => (_body, _inFile) = (null, null);

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
