using System.Text;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Serve;

public sealed class PreviewPartsTests
{
    [Fact]
    public void Static_files_resolve_like_the_host_and_never_leave_the_output_folder()
    {
        using var temp = new TempDir();
        temp.Write("site/zh/articles/a/index.html", "<p>a</p>");
        temp.Write("site/zh/404.html", "zh 404");
        temp.Write("site/404.html", "root 404");
        temp.Write("secret.txt", "secret");
        var root = temp["site"];

        Assert.EndsWith("index.html", StaticFiles.Resolve(root, "/zh/articles/a/").File, StringComparison.Ordinal);
        Assert.Equal("/zh/articles/a/", StaticFiles.Resolve(root, "/zh/articles/a").RedirectTo);
        Assert.Null(StaticFiles.Resolve(root, "/../secret.txt").File);
        Assert.Null(StaticFiles.Resolve(root, "/%2e%2e/secret.txt").File);
        Assert.Null(StaticFiles.Resolve(root, "/zh/nope/").File);
        Assert.EndsWith(Path.Combine("zh", "404.html"), StaticFiles.NotFoundPage(root, "/zh/nope/"), StringComparison.Ordinal);
        Assert.Equal(Path.Combine(root, "404.html"), StaticFiles.NotFoundPage(root, "/fr/nope/"));
        Assert.Equal("text/html; charset=utf-8", StaticFiles.ContentType("x/index.html"));
        Assert.Equal("application/wasm", StaticFiles.ContentType("pagefind/wasm.zh.pagefind"[..^9] + ".wasm"));
    }

    [Fact]
    public void The_reload_script_is_injected_before_the_end_of_body()
    {
        var html = Encoding.UTF8.GetString(PreviewServer.InjectReload(Encoding.UTF8.GetBytes("<html><body><p>汉</p></body></html>")));
        Assert.Equal("<html><body><p>汉</p><script src=\"/__sitegen/reload.js\" defer></script>\n</body></html>", html);
    }

    [Fact]
    public void A_burst_of_file_events_triggers_one_rebuild()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["articles"]);
        var calls = 0;
        var changedFiles = 0;
        using var done = new ManualResetEventSlim();
        // A quiet period far longer than the burst, so a busy machine cannot split it.
        using (new RebuildWatcher([temp.Path], TimeSpan.FromSeconds(4), changed =>
               {
                   Interlocked.Increment(ref calls);
                   changedFiles = changed.Count;
                   done.Set();
               }))
        {
            for (var i = 0; i < 20; i++)
            {
                temp.Write($"articles/{i}.md", "x");
            }

            Assert.True(done.Wait(TimeSpan.FromSeconds(60)), "no rebuild after the burst");
            Thread.Sleep(5000); // longer than the quiet period: a second rebuild would have come by now
        }

        Assert.Equal(1, calls);
        Assert.True(changedFiles >= 20, $"{changedFiles} changed paths reported");
    }

    [Fact]
    public void Editor_swap_files_do_not_trigger_rebuilds()
    {
        using var temp = new TempDir();
        var calls = 0;
        using (new RebuildWatcher([temp.Path], TimeSpan.FromMilliseconds(100), _ => Interlocked.Increment(ref calls)))
        {
            temp.Write(".a.md.swp", "x");
            temp.Write("b.md~", "x");
            temp.Write(".b.md.1234.tmp", "x");
            Thread.Sleep(800);
        }

        Assert.Equal(0, calls);
    }
}
