using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace SiteGen.Serve;

/// <summary>
/// Server-Sent Events to open browser tabs: <c>reload</c> after a good build, <c>build-error</c> with
/// the diagnostics after a failed one. A tab that connects gets the current state at once.
/// </summary>
internal sealed class LiveReload
{
    public const string EventsPath = "/__sitegen/events";
    public const string ScriptPath = "/__sitegen/reload.js";

    private readonly ConcurrentDictionary<Guid, HttpListenerResponse> _clients = new();
    private readonly Lock _stateLock = new();
    private string? _errorJson;

    public void Connect(HttpListenerResponse response)
    {
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        var id = Guid.NewGuid();
        _clients[id] = response;
        string? error;
        lock (_stateLock)
        {
            error = _errorJson;
        }

        Send(id, response, error is null ? "event: hello\ndata: ok\n\n" : $"event: build-error\ndata: {error}\n\n");
    }

    public void BuildSucceeded()
    {
        lock (_stateLock)
        {
            _errorJson = null;
        }

        Broadcast("event: reload\ndata: ok\n\n");
    }

    public void BuildFailed(IEnumerable<string> messages)
    {
        var json = JsonSerializer.Serialize(messages.ToArray(), LiveReloadJson.Default.StringArray);
        lock (_stateLock)
        {
            _errorJson = json;
        }

        Broadcast($"event: build-error\ndata: {json}\n\n");
    }

    /// <summary>Keeps connections alive through proxies and notices closed tabs.</summary>
    public void Ping() => Broadcast(": ping\n\n");

    public void CloseAll()
    {
        foreach (var (id, response) in _clients)
        {
            _clients.TryRemove(id, out _);
            try
            {
                response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    private void Broadcast(string message)
    {
        foreach (var (id, response) in _clients)
        {
            Send(id, response, message);
        }
    }

    private void Send(Guid id, HttpListenerResponse response, string message)
    {
        try
        {
            var bytes = Encoding.UTF8.GetBytes(message);
            response.OutputStream.Write(bytes);
            response.OutputStream.Flush();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            _clients.TryRemove(id, out _);
        }
    }

    /// <summary>The script the server injects into every HTML page it serves (never into output/).</summary>
    public const string Script = """
        (function () {
          "use strict";
          var overlay = null;
          function show(messages) {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "sitegen-error-overlay";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem;overflow:auto;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "SiteGen build failed: fix the file and save; this page reloads when the build succeeds.\n\n" + messages.join("\n");
          }
          var source = new EventSource("/__sitegen/events");
          function connected() { document.documentElement.setAttribute("data-sitegen-live", "connected"); }
          source.addEventListener("hello", connected);
          source.addEventListener("reload", function () { window.location.reload(); });
          source.addEventListener("build-error", function (e) { connected(); show(JSON.parse(e.data)); });
        })();
        """;
}

/// <summary>The build-error messages sent to the browser, serialised without reflection.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
internal sealed partial class LiveReloadJson : System.Text.Json.Serialization.JsonSerializerContext;
