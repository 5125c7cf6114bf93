using System.Net;
using System.Text;

namespace SiteGen.Serve;

/// <summary>
/// Serves output/ on 127.0.0.1 like the host would (pretty URLs, per-language 404s, alias
/// redirects, correct types) but with no caching, and with the live-reload script injected into
/// HTML responses; the files in output/ never contain it.
/// </summary>
internal sealed class PreviewServer(string outputDir, int port, LiveReload reload) : IDisposable
{
    /// <summary>The Content-Security-Policy netlify.toml sends (a test keeps the two equal), so the preview shows CSP problems before deploy.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private readonly HttpListener _listener = new();

    public string Url => $"http://127.0.0.1:{port}/";

    public void Start()
    {
        _listener.Prefixes.Add(Url);
        _listener.Start();
    }

    public async Task RunAsync(CancellationToken cancel)
    {
        // The listener is closed by Dispose on the stopping thread, never inside a cancellation
        // callback: a signal handler must only signal, not wait for the listener's connections.
        while (!cancel.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                break;
            }

            _ = Task.Run(() => Handle(context), CancellationToken.None);
        }
    }

    private void Handle(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = context.Request.Url?.AbsolutePath ?? "/";
            response.Headers["Cache-Control"] = "no-store";
            response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
            if (path == LiveReload.EventsPath)
            {
                reload.Connect(response);
                return; // stays open; closed by LiveReload
            }

            if (path == LiveReload.ScriptPath)
            {
                Write(response, 200, "text/javascript; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Script));
                return;
            }

            if (context.Request.HttpMethod is not ("GET" or "HEAD"))
            {
                Write(response, 405, "text/plain; charset=utf-8", "method not allowed\n"u8.ToArray());
                return;
            }

            if (StaticFiles.Redirects(outputDir).TryGetValue(path, out var alias))
            {
                Redirect(response, 301, alias);
                return;
            }

            var resolved = StaticFiles.Resolve(outputDir, path);
            if (resolved.RedirectTo is not null)
            {
                Redirect(response, 301, resolved.RedirectTo);
            }
            else if (resolved.File is not null)
            {
                Serve(response, 200, resolved.File);
            }
            else if (StaticFiles.NotFoundPage(outputDir, path) is { } notFound)
            {
                Serve(response, 404, notFound);
            }
            else
            {
                Write(response, 404, "text/plain; charset=utf-8", "not found (the site has not been built yet?)\n"u8.ToArray());
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response.
        }
    }

    private static void Serve(HttpListenerResponse response, int status, string file)
    {
        var bytes = File.ReadAllBytes(file);
        var type = StaticFiles.ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            bytes = InjectReload(bytes);
        }

        Write(response, status, type, bytes);
    }

    internal static byte[] InjectReload(byte[] html)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{LiveReload.ScriptPath}\" defer></script>";
        var at = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(at < 0 ? text + tag : text.Insert(at, tag + "\n"));
    }

    private static void Redirect(HttpListenerResponse response, int status, string location)
    {
        response.StatusCode = status;
        response.RedirectLocation = "/" + location.TrimStart('/', '\\'); // same origin only: never //host/ or /\\host/
        response.Close();
    }

    private static void Write(HttpListenerResponse response, int status, string type, byte[] bytes)
    {
        response.StatusCode = status;
        response.ContentType = type;
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
        response.Close();
    }

    public void Dispose() => _listener.Close();
}
