using System.Net;
using System.Text.RegularExpressions;

namespace SiteGen.Tests.Support;

/// <summary>
/// A small HTML walker for site-wide invariants: links and ids, and which text sits inside an
/// element marked with a given language. It follows the tag stack of the well-formed HTML the
/// theme writes (checked separately by the Nu HTML checker).
/// </summary>
internal static partial class HtmlScan
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "!doctype" };

    [GeneratedRegex(@"<(?<close>/?)(?<name>!?[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>[^>]*)>|(?<text>[^<]+)", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"(?<name>[a-zA-Z-:]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF]")]
    private static partial Regex Han();

    public static IEnumerable<(string Name, string Value)> Attributes(string attrs) =>
        Attribute().Matches(attrs).Select(m => (m.Groups["name"].Value.ToLowerInvariant(), WebUtility.HtmlDecode(m.Groups["value"].Value)));

    /// <summary>Every href/src value in the page.</summary>
    public static IEnumerable<string> Links(string html) =>
        Token().Matches(html).Where(m => m.Groups["name"].Success)
            .SelectMany(m => Attributes(m.Groups["attrs"].Value))
            .Where(a => a.Name is "href" or "src")
            .Select(a => a.Value);

    public static HashSet<string> Ids(string html) =>
        Token().Matches(html).Where(m => m.Groups["name"].Success)
            .SelectMany(m => Attributes(m.Groups["attrs"].Value))
            .Where(a => a.Name == "id")
            .Select(a => a.Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Han text (in text nodes and in content/title/alt/aria-label attributes) not inside an element whose lang starts with zh.</summary>
    public static IReadOnlyList<string> HanOutsideChinese(string html)
    {
        var found = new List<string>();
        var stack = new Stack<(string Name, bool Zh)>();
        var inScript = false;
        foreach (Match m in Token().Matches(html))
        {
            var zh = stack.Count > 0 && stack.Peek().Zh;
            if (m.Groups["text"].Success)
            {
                if (!zh && !inScript && Han().IsMatch(m.Value))
                {
                    found.Add(m.Value.Trim());
                }

                continue;
            }

            var name = m.Groups["name"].Value.ToLowerInvariant();
            if (m.Groups["close"].Value == "/")
            {
                inScript &= name != "script";
                while (stack.Count > 0 && stack.Pop().Name != name)
                {
                }

                continue;
            }

            var attrs = Attributes(m.Groups["attrs"].Value).ToList();
            var selfZh = attrs.Any(a => a.Name == "lang" && a.Value.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
            var selfOther = attrs.Any(a => a.Name == "lang" && !a.Value.StartsWith("zh", StringComparison.OrdinalIgnoreCase));
            var elementZh = selfZh || zh && !selfOther;
            foreach (var (_, value) in attrs.Where(a => a.Name is "content" or "title" or "alt" or "aria-label" or "placeholder"))
            {
                if (!elementZh && Han().IsMatch(value))
                {
                    found.Add($"<{name} …=\"{value}\">");
                }
            }

            inScript |= name == "script";
            if (!Void.Contains(name) && !m.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                stack.Push((name, elementZh));
            }
        }

        return found;
    }
}
