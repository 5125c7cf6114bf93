using SiteGen.Core;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Site;

namespace SiteGen.Publish;

/// <summary>The translation coverage as JSON: /translation-status.json and `sitegen translate-status --json`.</summary>
internal static class TranslationStatusFile
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(TranslationCoverage coverage) => JsonSerializer.Serialize(coverage, Options).Replace("\r\n", "\n") + "\n";

    public static readonly string Path = Urls.TranslationStatus.TrimStart('/');

    public static OutputFile Build(TranslationCoverage coverage) => OutputFile.Text(Path, Json(coverage));
}
