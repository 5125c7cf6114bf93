using System.Collections.Concurrent;
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

    /// <summary>
    /// The burst comes as one rebuild naming every file; a file saved after it comes as the next rebuild,
    /// without the burst's files. Each file of the burst is written once the previous one's event has reached
    /// this process (a watcher of the test's own sees it), so a watcher that did not wait for the burst to end
    /// would have started a rebuild in between.
    /// </summary>
    [Fact]
    public void A_burst_of_file_events_triggers_one_rebuild()
    {
        using var temp = new TempDir();
        Directory.CreateDirectory(temp["articles"]);
        using var rebuilds = new BlockingCollection<IReadOnlyList<string>>();
        using var seen = new BlockingCollection<string>();
        using var probe = new FileSystemWatcher(temp["articles"]) { EnableRaisingEvents = true };
        probe.Created += (_, e) => seen.Add(e.FullPath);
        // A quiet period far longer than the burst (each write waits only for its own event), so a busy machine with
        // the other tests running beside this one cannot split it.
        using (new RebuildWatcher([temp.Path], TimeSpan.FromSeconds(15), rebuilds.Add))
        {
            var burst = new List<string>();
            for (var i = 0; i < 20; i++)
            {
                burst.Add(temp.Write($"articles/{i}.md", "x"));
                while (Assert.IsType<string>(Next(seen)) != burst[^1])
                {
                }
            }

            var first = Next(rebuilds);
            Assert.Equal(burst.Order(StringComparer.Ordinal), first.Intersect(burst).Order(StringComparer.Ordinal));

            var sentinel = temp.Write("articles/sentinel.md", "x");
            var second = Next(rebuilds);
            Assert.Contains(sentinel, second);
            Assert.Empty(second.Intersect(burst));
        }
    }

    /// <summary>
    /// Editor swap and backup files and SiteGen's own temp files are not reported: they are written first, then
    /// an article is saved the way editors and SiteGen save atomically (a temp file renamed over it), and the
    /// rebuilds up to the one naming the article name the article only.
    /// </summary>
    [Fact]
    public void Editor_swap_files_do_not_trigger_rebuilds()
    {
        using var temp = new TempDir();
        using var rebuilds = new BlockingCollection<IReadOnlyList<string>>();
        using (new RebuildWatcher([temp.Path], TimeSpan.FromMilliseconds(100), rebuilds.Add))
        {
            temp.Write(".a.md.swp", "x");
            temp.Write("b.md~", "x");
            temp.Write(".#b.md", "x");
            temp.Write(".b.md.1234.tmp", "x");
            var sentinel = temp["sentinel.md"];
            File.Move(temp.Write(".sentinel.md.5678.tmp", "x"), sentinel);

            var reported = new List<string>();
            while (!reported.Contains(sentinel))
            {
                reported.AddRange(Next(rebuilds));
            }

            Assert.Equal([sentinel], reported.Distinct());
        }
    }

    /// <summary>The next item (a rebuild's changed paths, an event); fails after a generous deadline.</summary>
    private static T Next<T>(BlockingCollection<T> items)
    {
        Assert.True(items.TryTake(out var item, TimeSpan.FromSeconds(60)), "nothing within 60 s");
        return item;
    }
}
