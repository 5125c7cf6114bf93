using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

/// <summary>
/// End to end in headless Chromium (tests/tools/browser-checks.mjs with playwright-core): search in both
/// languages, accessibility, sortable tables, live reload and the error overlay, against a
/// real `sitegen preview` process on a scratch copy of the site; then Ctrl+C with a tab connected.
/// </summary>
public sealed class PreviewBrowserTests
{
    [SkippableFact]
    public Task Preview_search_and_live_reload_work_in_chromium_and_ctrl_c_stops_it() =>
        CheckPreview(["dotnet", typeof(SiteGen.Cli.CommandLine).Assembly.Location]);

    /// <summary>The same checks against the published native executable (see NativeExecutableTests).</summary>
    [SkippableFact]
    public Task Native_preview_search_and_live_reload_work_in_chromium_and_ctrl_c_stops_it() =>
        CheckPreview([SiteGen.Tests.Cli.NativeExecutableTests.RequireNative()]);

    private static async Task CheckPreview(string[] command)
    {
        NodeTools.EnsureInstalled();
        NodeTools.RequireChromium();
        using var temp = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Input, temp["input"]);
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, temp["theme"]);
        var port = FreePort();
        // A process started in the background by a non-interactive shell (as CI may start this suite)
        // inherits SIGINT as ignored, and .NET keeps it so, as Ctrl+C is meant to be ignored there.
        // preview is started as a terminal would start it: with SIGINT at its default (coreutils env).
        var resetSigint = NodeTools.Run("env", "--default-signal=INT true").ExitCode == 0;
        var start = new ProcessStartInfo(resetSigint ? "env" : command[0])
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (resetSigint)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add(command[0]);
        }

        foreach (var arg in command.Skip(1).Concat(["preview", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--input", temp["input"], "--theme", temp["theme"], "--output", temp["output"]]))
        {
            start.ArgumentList.Add(arg);
        }

        using var preview = Process.Start(start)!;
        var log = new System.Text.StringBuilder();
        string Log()
        {
            lock (log)
            {
                return log.ToString();
            }
        }

        var serving = new TaskCompletionSource();
        var indexed = new TaskCompletionSource();
        preview.OutputDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data?.Contains("preview: serving", StringComparison.Ordinal) == true)
            {
                serving.TrySetResult();
            }

            if (e.Data?.Contains("preview: search is current", StringComparison.Ordinal) == true)
            {
                indexed.TrySetResult();
            }
        };
        preview.ErrorDataReceived += (_, e) =>
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }
        };
        preview.BeginOutputReadLine();
        preview.BeginErrorReadLine();
        try
        {
            await serving.Task.WaitAsync(TimeSpan.FromSeconds(120));

            // Preview indexes in the background after serving (never in the way of a reload): wait for it.
            await indexed.Task.WaitAsync(TimeSpan.FromSeconds(120));

            var checks = NodeTools.Run("node", $"tests/tools/browser-checks.mjs http://127.0.0.1:{port} \"{temp["input"]}\"");
            Assert.True(checks.ExitCode == 0, checks.Output + "\n--- preview log ---\n" + log);
            Assert.Contains("0 failed", checks.Output, StringComparison.Ordinal);

            using var client = new HttpClient();
            using var events = await client.GetStreamAsync(new Uri($"http://127.0.0.1:{port}/__sitegen/events"));
            Assert.Equal(0, NodeTools.Run("kill", $"-INT {preview.Id}").ExitCode);
            // That it stops is asserted; how fast is not (a deadline a loaded machine meets).
            Assert.True(preview.WaitForExit(TimeSpan.FromSeconds(90)), "preview did not stop after SIGINT with a tab connected\n--- preview log ---\n" + Log());
            Assert.Equal(0, preview.ExitCode);
        }
        finally
        {
            if (!preview.HasExited)
            {
                preview.Kill(entireProcessTree: true);
            }
        }

        Assert.False(File.ReadAllText(Path.Combine(temp["output"], "zh", "index.html")).Contains("__sitegen", StringComparison.Ordinal), "the reload script must not be baked into output/");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
