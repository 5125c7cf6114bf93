namespace SiteGen.Core;

/// <summary>
/// The site's base URL (site.yml's <c>base_url</c>, or <c>--base-url</c>): every canonical, sitemap, feed and robots.txt
/// URL starts with it, so it must be an absolute http(s) URL with a host and nothing a URL prefix cannot carry.
/// </summary>
internal static class BaseUrl
{
    /// <summary>Why <paramref name="text"/> cannot be the base URL, or null when it can.</summary>
    public static string? Problem(string text)
    {
        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "contains a space, tab, line break or control character (a variable with a trailing newline?); remove it";
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Host.Length == 0 || text.Contains('\\'))
        {
            return "must be an absolute http(s) URL such as https://example.org";
        }

        return text.Contains('#') ? "must not have a fragment (#…): every page's URL would point at the home page"
            : text.Contains('?') ? "must not have a query (?…)"
            : uri.UserInfo.Length > 0 || text[(uri.Scheme.Length + 3)..].Split('/')[0].Contains('@') ? "must not carry a user name or password (…@)"
            : null;
    }

    /// <summary>The text with control characters shown as escapes, for a message on one line.</summary>
    public static string Shown(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
