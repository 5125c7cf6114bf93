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
        var verbose = CommandLine.Switch("--verbose", "Print how long each stage of every rebuild took.");
        var command = new Command("preview", "Build, serve the site on 127.0.0.1 with live reload, and rebuild when input/ or theme/ changes; Ctrl+C stops.") { port };
        folders.AddTo(command);
        command.Options.Add(drafts);
        command.Options.Add(verbose);
        command.SetAction(parsed => Run(
            folders.Options(parsed, parsed.GetValue(drafts)),
            parsed.GetValue(port), stdout, stderr, parsed.GetValue(verbose)));
        return command;
    }

    public static int Run(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, bool verbose = false)
    {
        NpmPackages.EnsureInstalled(BuildCommand.NodeRoots(options), stdout, stderr);

        using var stop = new CancellationTokenSource();
        var stopping = 0;
        void OnSignal(System.Runtime.InteropServices.PosixSignalContext context)
        {
            context.Cancel = true;
            if (Interlocked.Exchange(ref stopping, 1) == 0)
            {
                // The orderly stop must not hang on something still running (a rebuild, Pagefind, a
                // client): if it has not finished 15 s after the signal, the process exits anyway. A
                // thread of its own, so a busy thread pool cannot delay it.
                new Thread(() =>
                {
                    Thread.Sleep(TimeSpan.FromSeconds(15));
                    Environment.Exit(0);
                }) { IsBackground = true, Name = "preview stop watchdog" }.Start();
            }

            stop.Cancel();
        }

        using var sigint = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, OnSignal);
        using var sigterm = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, OnSignal);
        return Serve(options, port, stdout, stderr, stop.Token, verbose);
    }

    internal static int Serve(BuildOptions options, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop, bool verbose = false)
    {
        var refused = new List<Diagnostic>();
        using var outputLock = Publish.OutputFolder.MayUse(options.OutputDir, options.InputDir, options.ThemeDir, refused)
            ? Publish.OutputLock.Take(options.OutputDir, refused) : null;
        if (outputLock is null || Publish.OutputFolder.Claim(options.OutputDir, options.InputDir, options.ThemeDir, refused) is null)
        {
            refused.ForEach(stderr.WriteLine); // never serve (or replace) a folder the build does not own
            return 1;
        }

        var reload = new LiveReload();
        var buildLock = new Lock();
        var session = new BuildSession();
        using var search = options.Search
            ? new BackgroundSearchIndex(options.OutputDir, BuildCommand.NodeRoots(options), buildLock, stdout, TimeSpan.FromMilliseconds(500))
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
                BuildResult result;
                try
                {
                    result = SiteBuilder.Build(buildOptions, session);
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // preview never exits on a content or file problem: it keeps serving and shows the overlay.
                    result = new BuildResult(false, [Diagnostic.Error(options.InputDir, 0, CommandLine.Explain(ex))], new Dictionary<string, int>(), 0, TimeSpan.Zero);
                }

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

        using var watcher = new RebuildWatcher([options.InputDir, options.ThemeDir], TimeSpan.FromMilliseconds(100), Rebuild, stdout.WriteLine);
        session.Watching();

        // A rebuild of the newest article, unchanged, writes nothing; it compiles the incremental path
        // before the first save, and takes the article listing the watcher keeps up to date from here.
        // The site is served meanwhile; "serving" is printed when a save is rebuilt at full speed.
        using var ping = new Timer(_ => reload.Ping(), null, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(15));
        var serving = server.RunAsync(stop);
        lock (buildLock)
        {
            try
            {
                session.WarmUp(buildOptions);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // Nothing was written; the next save rebuilds and reports whatever is wrong.
            }
        }

        stdout.WriteLine($"preview: serving {Paths.Display(options.OutputDir)}/ at {server.Url} (watching {Paths.Display(options.InputDir)}/ and {Paths.Display(options.ThemeDir)}/; Ctrl+C stops)");
        stop.WaitHandle.WaitOne();

        search?.Dispose(); // kills a Pagefind that is indexing
        reload.CloseAll();
        server.Dispose();
        serving.Wait(TimeSpan.FromSeconds(1));
        stdout.WriteLine("preview: stopped");
        return 0;
    }
}
