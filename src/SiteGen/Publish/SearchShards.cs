using System.IO.Hashing;
using System.Text;
using SiteGen.Core;

namespace SiteGen.Publish;

/// <summary>An article page in the site folder that the search index reads.</summary>
internal sealed record SearchPage(string Lang, string Slug, string File, string Url, long Bytes, DateTime Modified);

/// <summary>One shard of the search index: the article pages of one language whose slug hashes to <see cref="Number"/>.</summary>
internal sealed record SearchShard(string Lang, int Number, IReadOnlyList<SearchPage> Pages)
{
    /// <summary>Its folder under pagefind/, e.g. <c>zh-3</c>.</summary>
    public string Name => $"{Lang}-{Number}";
}

/// <summary>
/// How the search index is split. Each language's article pages go into a power of two of shards,
/// as few as keep every shard near <see cref="Budget"/> bytes of HTML (Pagefind's memory follows
/// the pages it holds, so this bounds it per shard, not per site). A page's shard is the low bits of
/// a fixed hash of its slug: adding or editing an article changes one shard, and when a language
/// outgrows its shards and their count doubles, each shard splits in two.
/// </summary>
internal static class SearchShards
{
    /// <summary>The HTML a shard holds at most, unless a language needs more than <see cref="MaxShards"/> shards.</summary>
    public const long Budget = 8L * 1024 * 1024;

    /// <summary>The most shards per language: the search page merges them all at query time.</summary>
    public const int MaxShards = 64;

    /// <summary>The article pages (<c>{lang}/articles/{slug}/index.html</c>) of the site folder, in language and slug order.</summary>
    public static IReadOnlyList<SearchPage> Pages(string siteDir)
    {
        var pages = new List<SearchPage>();
        foreach (var lang in Lang.All)
        {
            var articles = Path.Combine(Paths.Absolute(siteDir), lang, "articles");
            if (!Directory.Exists(articles))
            {
                continue;
            }

            foreach (var dir in Directory.EnumerateDirectories(articles).Order(StringComparer.Ordinal))
            {
                var slug = Path.GetFileName(dir);
                var file = new FileInfo(Path.Combine(dir, "index.html"));
                if (slug != Urls.PageFolder && file.Exists)
                {
                    pages.Add(new SearchPage(lang.Code, slug, file.FullName, Urls.Article(lang, slug), file.Length, file.LastWriteTimeUtc));
                }
            }
        }

        return pages;
    }

    /// <summary>Every language's shards (empty ones included), each language's in number order.</summary>
    public static IReadOnlyList<SearchShard> Assign(IEnumerable<SearchPage> pages, long budget = Budget)
    {
        var shards = new List<SearchShard>();
        foreach (var language in pages.GroupBy(p => p.Lang, StringComparer.Ordinal))
        {
            var count = CountFor(language.Sum(p => p.Bytes), budget);
            var members = language.ToLookup(p => ShardOf(p.Slug, count));
            for (var number = 0; number < count; number++)
            {
                shards.Add(new SearchShard(language.Key, number, members[number].ToList()));
            }
        }

        return shards;
    }

    /// <summary>The fewest shards, a power of two up to <see cref="MaxShards"/>, that keep each near <paramref name="budget"/> bytes.</summary>
    public static int CountFor(long bytes, long budget)
    {
        var count = 1;
        while (count < MaxShards && (long)count * budget < bytes)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>The shard of a slug among <paramref name="count"/> (a power of two): the low bits of its XxHash32.</summary>
    public static int ShardOf(string slug, int count) =>
        (int)(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(slug)) & (uint)(count - 1));
}
