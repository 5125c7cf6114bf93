using System.Net;

namespace SiteGen.Core;

/// <summary>
/// URL schemes a link or image in Markdown must not use: they run script or smuggle content
/// (<c>javascript:</c>, <c>vbscript:</c>, <c>data:</c>), in any case, entity-encoded, or with the
/// tabs, newlines and control characters browsers ignore inside a scheme.
/// </summary>
internal static class UrlSafety
{
    private static readonly string[] UnsafeSchemes = ["javascript:", "vbscript:", "data:"];

    public static bool IsUnsafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return false;
        }

        var decoded = url;
        for (var i = 0; i < 3 && decoded.Contains('&'); i++)
        {
            decoded = WebUtility.HtmlDecode(decoded);
        }

        var squeezed = new string([.. decoded.Where(c => c > ' ' && c != '\u007F')]).ToLowerInvariant();
        return UnsafeSchemes.Any(s => squeezed.StartsWith(s, StringComparison.Ordinal));
    }

    /// <summary>An absolute http(s) address of a page on the web (no user name or password, no spaces): what may be linked as an original or a licence.</summary>
    public static bool IsWebUrl(string? url) =>
        url is not null && !url.Any(char.IsWhiteSpace) && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http" && uri.UserInfo.Length == 0 && uri.Host.Length > 0;
}
