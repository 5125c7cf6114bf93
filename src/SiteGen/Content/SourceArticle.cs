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

    /// <summary>The Markdown body; it throws once released (<see cref="ReleaseBody"/>).</summary>
    public string Body
    {
        get => _body ?? throw ReleasedBody.Read(File);
        init => _body = value;
    }

    /// <summary>
    /// Drops the body. A clean build does so as soon as the article's pages have made their HTML from it,
    /// so that 100,000 bodies are not all held until the end; reading it afterwards is a bug, and throws.
    /// </summary>
    internal void ReleaseBody() => _body = null;

    /// <summary>Editor's notes: what the editors changed relative to the scraped source.</summary>
    public IReadOnlyList<EditorNote> Notes { get; init; } = [];

    public int TitleLine { get; init; } = 1;

    public int SummaryLine { get; init; } = 1;

    public int ProjectsLine { get; init; } = 1;
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

    /// <summary>The Markdown body; it throws once released (<see cref="ReleaseBody"/>).</summary>
    public string Body
    {
        get => _body ?? throw ReleasedBody.Read(File);
        init => _body = value;
    }

    /// <summary>Drops the body, as <see cref="SourceArticle.ReleaseBody"/> does.</summary>
    internal void ReleaseBody() => _body = null;

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
