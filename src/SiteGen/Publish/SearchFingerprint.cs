using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace SiteGen.Publish;

/// <summary>
/// A hash of what Pagefind reads from a page, cut out by the same rule as search-index.mjs cuts it before
/// sending it: the html element's tag, and every element carrying a <c>data-pagefind-…</c> attribute, whole
/// (a <c>data-pagefind-body</c> element with what it ignores). Two pages with the same fingerprint make the
/// same index entries; a page whose pager or related articles changed keeps its fingerprint, so preview
/// does not re-index its shard.
/// </summary>
internal static class SearchFingerprint
{
    private const string Marker = "data-pagefind-";

    /// <summary>Elements without a closing tag (as search-index.mjs lists them).</summary>
    private static readonly HashSet<string> Void = new(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], StringComparer.OrdinalIgnoreCase);

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

            var end = ElementEnd(html, start);
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

    /// <summary>
    /// The end of the element whose opening tag starts at <paramref name="start"/>: after its matching closing tag, or
    /// after the tag itself for a void or self-closing element.
    /// </summary>
    private static int ElementEnd(string html, int start)
    {
        var nameEnd = start + 1;
        while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = html.AsSpan(start + 1, nameEnd - start - 1).ToString();
        var tag = Tag(html, start);
        if (Void.Contains(name) || tag.EndsWith("/>"))
        {
            return start + tag.Length;
        }

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
