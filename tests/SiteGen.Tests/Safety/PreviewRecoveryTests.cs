using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// Preview recovers (issue #21): when input/ is removed and comes back it says so and rebuilds, a FIFO appearing in
/// it is an error in the overlay (never a hang), and later saves are still rebuilt. The test waits for each of these
/// to show up in preview's output or the built page, with a generous deadline; it never waits for a length of time.
/// </summary>
public sealed class PreviewRecoveryTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public async Task Preview_recovers_when_input_goes_and_comes_back_and_when_a_fifo_appears()
    {
        Skip.IfNot(SpecialFiles.Supported, "FIFOs need a Unix file system");
        using var site = new TestSite(TestSite.Zh("a-1"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var (outWriter, errWriter) = (TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr));
        string Log()
        {
            lock (outWriter)
            {
                lock (errWriter)
                {
                    return stdout + "\n--- stderr ---\n" + stderr;
                }
            }
        }

        // Looks every 50 ms (not in a spin, which would take a CPU from the preview it waits for) until the deadline.
        void Until(Func<bool> condition, string what)
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            using var pause = new ManualResetEventSlim();
            while (!condition())
            {
                Assert.True(waited.Elapsed < Deadline, $"{what}\n--- preview log ---\n{Log()}");
                pause.Wait(50);
            }
        }

        bool PageHas(string text)
        {
            try
            {
                return site.Exists("/zh/articles/a-1/") && site.Page("/zh/articles/a-1/").Contains(text, StringComparison.Ordinal);
            }
            catch (IOException)
            {
                return false;
            }
        }

        var article = Path.Combine(site.Input, "articles", "zh", "a-1.md");
        var options = new BuildOptions(site.Input, site.ThemeDir, site.Output, null, Drafts: false, Search: false);
        using var stop = new CancellationTokenSource();
        var preview = Task.Run(() => PreviewCommand.Serve(options, FreePort(), outWriter, errWriter, stop.Token));
        try
        {
            Until(() => Log().Contains("preview: serving", StringComparison.Ordinal), "preview did not start serving");

            var away = site.Input + "-away";
            Directory.Move(site.Input, away);
            Until(() => Log().Contains("/ was removed; the site is rebuilt when it is back", StringComparison.Ordinal), "preview did not notice input/ going");
            Until(() => Log().Contains("site.yml: error: file not found", StringComparison.Ordinal), "the rebuild without input/ did not fail");
            Directory.Move(away, site.Input);
            Until(() => Log().Contains("/ is back; rebuilding", StringComparison.Ordinal), "preview did not notice input/ coming back");
            File.AppendAllText(article, "\n回来以后的修改。\n");
            Until(() => PageHas("回来以后的修改。"), "a save after input/ came back was not rebuilt");

            SpecialFiles.Fifo(Path.Combine(site.Input, "articles", "zh", "pipe.md"));
            Until(() => Log().Contains("pipe.md: error: this is a FIFO (named pipe), not a regular file", StringComparison.Ordinal), "the FIFO was not reported");
            File.Delete(Path.Combine(site.Input, "articles", "zh", "pipe.md"));
            File.AppendAllText(article, "\n管道之后的修改。\n");
            Until(() => PageHas("管道之后的修改。"), "a save after the FIFO was not rebuilt");
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await preview.WaitAsync(Deadline));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
