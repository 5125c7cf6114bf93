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
    public const string Usage = "preview [--port 5080] [--input ./input] [--theme ./theme] [--output ./output] [--drafts] [--verbose]";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var parsed = ParsedArgs.Parse(args, new HashSet<string> { "port", "input", "theme", "output" }, new HashSet<string> { "drafts", "verbose" });
        parsed.NoPositionals("preview");
        var port = parsed.IntValue("port", 5080, 1, 65535);
        var options = new BuildOptions(parsed.Value("input", "input"), parsed.Value("theme", "theme"), parsed.Value("output", "output"), null, parsed.Has("drafts"));

        using var stop = new CancellationTokenSource();
        void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }

        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, OnSignal);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        return Serve(options, port, stdout, stderr, stop.Token, parsed.Has("verbose"));
    }

    internal static int Serve(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop, bool verbose = false)
    {
        var reload = new LiveReload();
        var buildLock = new Lock();
        var session = new BuildSession();
        using var search = options.Search
            ? new BackgroundSearchIndex(options.OutputDir, [Directory.GetCurrentDirectory(), options.InputDir], buildLock, stdout, TimeSpan.FromSeconds(2))
            : null;
        var buildOptions = options with { Search = false };
        void Rebuild(IReadOnlyList<string> changed)
        {
            lock (buildLock)
            {
                if (changed.Count > 0)
                {
                    stdout.WriteLine($"preview: {changed.Count} file(s) changed, rebuilding");
                }

                session.Changed(changed);
                var result = SiteBuilder.Build(buildOptions, session);
                BuildCommand.Report(result, options, stdout, stderr);
                if (verbose)
                {
                    BuildCommand.ReportStages(result, stdout);
                }

                if (result.Succeeded)
                {
                    reload.BuildSucceeded();
                    search?.Schedule();
                }
                else
                {
                    reload.BuildFailed(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
                }
            }
        }

        Rebuild([]);

        // A rebuild with nothing changed writes nothing; it compiles the incremental path before the first save.
        _ = Task.Run(() =>
        {
            lock (buildLock)
            {
                if (session.Previous is not null)
                {
                    SiteBuilder.Build(buildOptions, session);
                }
            }
        }, CancellationToken.None);
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
