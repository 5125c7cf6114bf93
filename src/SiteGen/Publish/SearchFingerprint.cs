using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SiteGen.Publish;

/// <summary>
/// A hash of what Pagefind reads from a page: the html element's lang, every element marked
/// <c>data-pagefind-body</c> (as written, with what it ignores), and every other tag carrying a
/// <c>data-pagefind-…</c> attribute with the text after it. Two pages with the same fingerprint make
/// the same index entries; a page whose pager or related articles changed keeps its fingerprint, so
/// preview does not re-index its shard.
/// </summary>
internal static class SearchFingerprint
{
    private const string Marker = "data-pagefind-";
    private const string Body = "data-pagefind-body";

    public static ulong Of(string html)
    {
        var hash = new XxHash64();
        void Add(ReadOnlySpan<char> part) => hash.Append(MemoryMarshal.AsBytes(part));

        var lang = html.IndexOf("<html", StringComparison.OrdinalIgnoreCase);
        if (lang >= 0)
        {
            Add(Tag(html, lang));
        }

        var at = 0;
        while ((at = html.IndexOf(Marker, at, StringComparison.Ordinal)) >= 0)
        {
            var start = html.LastIndexOf('<', at);
            if (start < 0)
            {
                at += Marker.Length;
                continue;
            }

            var end = string.CompareOrdinal(html, at, Body, 0, Body.Length) == 0 ? ElementEnd(html, start) : TextEnd(html, start);
            Add(html.AsSpan(start, end - start));
            at = Math.Max(end, at + Marker.Length);
        }

        return hash.GetCurrentHashAsUInt64();
    }

    /// <summary>The opening tag that starts at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> Tag(string html, int start)
    {
        var close = html.IndexOf('>', start);
        return html.AsSpan(start, (close < 0 ? html.Length : close + 1) - start);
    }

    /// <summary>Where the tag at <paramref name="start"/> and the text after it end (the next tag).</summary>
    private static int TextEnd(string html, int start)
    {
        var close = html.IndexOf('>', start);
        if (close < 0)
        {
            return html.Length;
        }

        var next = html.IndexOf('<', close);
        return next < 0 ? html.Length : next;
    }

    /// <summary>The end of the element whose opening tag starts at <paramref name="start"/>: after its matching closing tag.</summary>
    private static int ElementEnd(string html, int start)
    {
        var nameEnd = start + 1;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = html.AsSpan(start + 1, nameEnd - start - 1).ToString();
        var depth = 0;
        var at = start;
        while ((at = html.IndexOf('<', at)) >= 0)
        {
            var closing = at + 1 < html.Length && html[at + 1] == '/';
            var nameAt = at + (closing ? 2 : 1);
            if (IsName(html, nameAt, name))
            {
                depth += closing ? -1 : 1;
                if (depth == 0)
                {
                    var close = html.IndexOf('>', at);
                    return close < 0 ? html.Length : close + 1;
                }
            }

            at++;
        }

        return html.Length;
    }

    private static bool IsName(string html, int at, string name) =>
        string.Compare(html, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
        && at + name.Length < html.Length && html[at + name.Length] is ' ' or '>' or '/' or '\t' or '\n' or '\r';
}
