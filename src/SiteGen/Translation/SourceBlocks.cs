using SiteGen.Content;
using SiteGen.Core;

namespace SiteGen.Translation;

/// <summary>
/// The <c>source_blocks:</c> line of an English file: one short hash per block of the zh source it was
/// translated from (title, summary, then each paragraph, heading, list item and table cell), space-separated
/// on one line. It tells <c>check</c> which zh blocks changed, were added or removed since then.
/// </summary>
internal static class SourceBlocks
{
    public const string Key = "source_blocks";

    /// <summary>Hex digits per block: a changed block is missed once in four billion changes (and the whole-file hash still notices).</summary>
    private const int HashLength = 8;

    /// <summary>A block's hash: its kind (a heading with its level) and its text, normalised as <see cref="TranslationHash"/> does.</summary>
    public static string Hash(TextBlock block) =>
        Slugs.Hash((block.Level > 0 ? block.Kind + block.Level : block.Kind) + "\n" + TranslationHash.Normalise(block.Markdown), HashLength);

    /// <summary>The line's value for these blocks.</summary>
    public static string Format(IEnumerable<TextBlock> blocks) => string.Join(' ', blocks.Select(Hash));

    /// <summary>The hashes of a value; null when it is not one <see cref="Format"/> writes (at least the title and summary).</summary>
    public static IReadOnlyList<string>? Parse(string? value) =>
        TranslationStamp.IsBlockList(value) ? value!.Split(' ') : null;
}
