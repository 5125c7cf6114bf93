namespace SiteGen.Import;

/// <summary>One record of a scraped raw file, exactly as received (line numbers are 1-based).</summary>
internal sealed record RawArticle(
    string File,
    string Label,
    string Title,
    string Body,
    string Date,
    int RecordLine,
    int TitleLine,
    int DateLine);
