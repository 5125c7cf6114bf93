using Markdig;

namespace SiteGen.Core;

/// <summary>
/// The Markdown SiteGen reads, defined once for every stage that parses a body: CommonMark with pipe tables,
/// emphasis extras, CJK-friendly emphasis and autolinks; raw HTML only where the site allows it.
/// </summary>
internal static class MarkdownSyntax
{
    private static readonly MarkdownPipeline WithoutHtml = Build(allowRawHtml: false);
    private static readonly MarkdownPipeline WithHtml = Build(allowRawHtml: true);

    /// <summary>The pipeline for a site that does (or does not) allow raw HTML in Markdown; thread-safe.</summary>
    public static MarkdownPipeline Pipeline(bool allowRawHtml) => allowRawHtml ? WithHtml : WithoutHtml;

    /// <summary>
    /// The same syntax with exact source positions, for finding where each block stands in its file
    /// (translation blocks); raw HTML is read as HTML, so an HTML block is not a block of translatable text.
    /// </summary>
    public static MarkdownPipeline Located { get; } = Build(allowRawHtml: true, preciseSourceLocation: true);

    private static MarkdownPipeline Build(bool allowRawHtml, bool preciseSourceLocation = false)
    {
        var builder = new MarkdownPipelineBuilder();
        if (preciseSourceLocation)
        {
            builder.UsePreciseSourceLocation();
        }

        builder
            .UsePipeTables()
            .UseEmphasisExtras()
            .UseCjkFriendlyEmphasis()
            .UseAutoLinks();
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        return builder.Build();
    }
}
