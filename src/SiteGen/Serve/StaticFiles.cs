namespace SiteGen.Serve;

/// <summary>How the preview resolves a request path to a file under output/, as Netlify would.</summary>
internal static class StaticFiles
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".mjs"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".csv"] = "text/csv; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".wasm"] = "application/wasm",
        [".pf_meta"] = "application/octet-stream",
        [".pf_index"] = "application/octet-stream",
        [".pf_fragment"] = "application/octet-stream",
        [".pf_filter"] = "application/octet-stream",
    };

    public static string ContentType(string path) => Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");

    public sealed record Resolution(string? File, string? RedirectTo);

    /// <summary>A file for the path, a redirect (folder without slash), or neither (404).</summary>
    public static Resolution Resolve(string root, string urlPath)
    {
        var decoded = Uri.UnescapeDataString(urlPath);
        if (decoded.Contains("..", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.Contains('\0'))
        {
            return new Resolution(null, null);
        }

        var relative = decoded.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!full.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal))
        {
            return new Resolution(null, null);
        }

        if (File.Exists(full))
        {
            return new Resolution(full, null);
        }

        if (Directory.Exists(full))
        {
            return decoded.EndsWith('/')
                ? new Resolution(File.Exists(Path.Combine(full, "index.html")) ? Path.Combine(full, "index.html") : null, null)
                : new Resolution(null, "/" + relative + "/"); // one leading slash: never a protocol-relative //host/
        }

        return new Resolution(null, null);
    }

    /// <summary>The 404 page for a path: /en/… gets /en/404.html, and so on.</summary>
    public static string? NotFoundPage(string root, string urlPath)
    {
        var first = urlPath.TrimStart('/').Split('/')[0];
        var perLanguage = Path.Combine(root, first, "404.html");
        if (first.Length > 0 && File.Exists(perLanguage))
        {
            return perLanguage;
        }

        var rootPage = Path.Combine(root, "404.html");
        return File.Exists(rootPage) ? rootPage : null;
    }

    /// <summary>Reads output/_redirects (the aliases) as from → to.</summary>
    public static Dictionary<string, string> Redirects(string root)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var file = Path.Combine(root, "_redirects");
        if (!File.Exists(file))
        {
            return map;
        }

        foreach (var line in File.ReadAllLines(file))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 2 && !parts[0].StartsWith('#'))
            {
                map[parts[0]] = parts[1];
            }
        }

        return map;
    }
}
