using System.CommandLine;
using System.Net;
using SiteGen.Core;
using SiteGen.Serve;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen preview [--port 5080] [--input] [--theme] [--output] [--drafts]</c>: builds, serves
/// output/ on 127.0.0.1, rebuilds on change and reloads open tabs; Ctrl+C stops it.
/// </summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1 to serve at.",
            DefaultValueFactory = _ => 5080,
            HelpName = "port",
            CustomParser = result =>
            {
                var raw = result.Tokens[^1].Value;
                if (int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= 65535)
                {
                    return value;
                }

                result.AddError($"--port must be a whole number from 1 to 65535, not \"{raw}\"");
                return 0;
            },
        };
        var folders = BuildCommand.Folders.Create();
        var drafts = CommandLine.Switch("--drafts", "Include articles marked draft: true.");
        var command = new Command("preview", "Build, serve the site on 127.0.0.1 with live reload, and rebuild when input/ or theme/ changes; Ctrl+C stops.") { port };
        folders.AddTo(command);
        command.Options.Add(drafts);
        command.SetAction(parsed => Run(
            new BuildOptions(parsed.GetValue(folders.Input)!, parsed.GetValue(folders.Theme)!, parsed.GetValue(folders.Output)!, null, parsed.GetValue(drafts)),
            parsed.GetValue(port), stdout, stderr));
        return command;
    }

    public static int Run(BuildOptions options, int port, TextWriter stdout, TextWriter stderr)
    {
        NpmPackages.EnsureInstalled(BuildCommand.NodeRoots(options), stdout, stderr);

        using var stop = new CancellationTokenSource();
        void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, OnSignal);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        return Serve(options, port, stdout, stderr, stop.Token);
    }

    /// <summary>
    /// Builds twice into a scratch folder in the background, so the code paths are compiled and
    /// optimised before the first edit: the first rebuild after a save is then as fast as later ones.
    /// </summary>
    private static void WarmUp(BuildOptions options, Lock buildLock)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"sitegen-warmup-{Guid.NewGuid():N}");
        try
        {
            for (var i = 0; i < 2; i++)
            {
                lock (buildLock)
                {
                    SiteBuilder.Build(options with { OutputDir = scratch, Search = false });
                }
            }
        }
        finally
        {
            Publish.Publisher.Discard(scratch);
        }
    }

    internal static int Serve(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        var reload = new LiveReload();
        var buildLock = new Lock();
        void Rebuild(IReadOnlyList<string> changed)
        {
            lock (buildLock)
            {
                if (changed.Count > 0)
                {
                    stdout.WriteLine($"preview: {changed.Count} file(s) changed, rebuilding");
                }

                var result = SiteBuilder.Build(options);
                BuildCommand.Report(result, options, stdout, stderr);
                if (result.Succeeded)
                {
                    reload.BuildSucceeded();
                }
                else
                {
                    reload.BuildFailed(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
                }
            }
        }

        Rebuild([]);
        _ = Task.Run(() => WarmUp(options, buildLock), CancellationToken.None);
        using var server = new PreviewServer(options.OutputDir, port, reload);
        try
        {
            server.Start();
        }
        catch (HttpListenerException ex)
        {
            stderr.WriteLine($"preview: cannot listen on 127.0.0.1:{port} ({ex.Message}); pass another --port");
            return 1;
        }

        using var watcher = new RebuildWatcher([options.InputDir, options.ThemeDir], TimeSpan.FromMilliseconds(100), Rebuild);
        using var ping = new Timer(_ => reload.Ping(), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
        stdout.WriteLine($"preview: serving {options.OutputDir}/ at {server.Url} (watching {options.InputDir}/ and {options.ThemeDir}/; Ctrl+C stops)");
        var serving = server.RunAsync(stop);
        try
        {
            Task.Delay(Timeout.Infinite, stop).Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
        }

        reload.CloseAll();
        server.Dispose();
        serving.Wait(TimeSpan.FromSeconds(1));
        stdout.WriteLine("preview: stopped");
        return 0;
    }
}
