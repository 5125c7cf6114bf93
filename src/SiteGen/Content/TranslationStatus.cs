namespace SiteGen.Content;

/// <summary>
/// How far an English translation has been checked (<c>translation_status</c>), shown to readers on the page and
/// in the feed: a machine draft nobody has checked yet, a translation a person has reviewed against the zh source,
/// and a final one the editors have signed off. The order is the order of the list.
/// </summary>
internal static class TranslationStatus
{
    public const string MachineDraft = "machine-draft";
    public const string Reviewed = "reviewed";
    public const string Final = "final";

    /// <summary>The former value for a translation made by a person; read as <see cref="Reviewed"/>, with a warning to rename it.</summary>
    public const string LegacyHuman = "human";

    public static readonly string[] All = [MachineDraft, Reviewed, Final];

    /// <summary>The XLIFF 2 segment state of a block that is not stale: translated, reviewed or final.</summary>
    public static string XliffState(string status) => status switch
    {
        Final => "final",
        Reviewed => "reviewed",
        _ => "translated",
    };
}
