using SiteGen.Core;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>The translation coverage as JSON: /translation-status.json and `sitegen translate-status --json`.</summary>
internal static class TranslationStatusFile
{
    /// <summary>Snake-case, indented with "\n" line ends on every system, non-ASCII kept as it is; the type metadata is generated at compile time (no reflection at start-up).</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = TranslationStatusJson.Default,
    };

    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<TranslationCoverage> TypeInfo =
        (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TranslationCoverage>)Options.GetTypeInfo(typeof(TranslationCoverage));

    public static string Json(TranslationCoverage coverage) => JsonSerializer.Serialize(coverage, TypeInfo) + "\n";

    public static readonly string Path = Urls.TranslationStatus.TrimStart('/');

    /// <summary>Writes /translation-status.json, the same text as <see cref="Json"/>, streamed (it has a line for every article).</summary>
    public static void Write(TranslationCoverage coverage, OutputSink sink) => sink.Write(Path, stream =>
    {
        JsonSerializer.Serialize(stream, coverage, TypeInfo);
        stream.WriteByte((byte)'\n');
    });
}

[System.Text.Json.Serialization.JsonSerializable(typeof(TranslationCoverage))]
internal sealed partial class TranslationStatusJson : System.Text.Json.Serialization.JsonSerializerContext;
