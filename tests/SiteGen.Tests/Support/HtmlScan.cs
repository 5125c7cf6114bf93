using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>
/// Site-wide invariants over the DOM a browser builds (AngleSharp's HTML5 parser): links and ids,
/// and which text sits inside an element whose language is Chinese.
/// </summary>
internal static partial class HtmlScan
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] TextAttributes = ["content", "title", "alt", "aria-label", "placeholder"];

    [GeneratedRegex(@"[\u3400-\u9FFF\uF900-\uFAFF]")]
    private static partial Regex Han();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Every href/src value in the page.</summary>
    public static IEnumerable<string> Links(string html) =>
        Parse(html).All
            .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
            .OfType<string>()
            .ToList();

    public static HashSet<string> Ids(string html) =>
        Parse(html).All.Select(e => e.GetAttribute("id")).OfType<string>().ToHashSet(StringComparer.Ordinal);

    /// <summary>Han text (in text nodes and in content/title/alt/aria-label/placeholder attributes) not inside an element whose lang starts with zh.</summary>
    public static IReadOnlyList<string> HanOutsideChinese(string html)
    {
        var document = Parse(html);
        var found = new List<string>();
        foreach (var element in document.All)
        {
            var zh = IsChinese(element);
            foreach (var name in TextAttributes)
            {
                if (!zh && element.GetAttribute(name) is { } value && Han().IsMatch(value))
                {
                    found.Add($"<{element.LocalName} {name}=\"{value}\">");
                }
            }

            if (zh || element.LocalName is "script" or "style")
            {
                continue;
            }

            foreach (var text in element.ChildNodes.OfType<IText>().Where(t => Han().IsMatch(t.Data)))
            {
                found.Add(text.Data.Trim());
            }
        }

        return found;
    }

    /// <summary>The element's language is that of the nearest lang attribute, itself included.</summary>
    private static bool IsChinese(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("lang") is { } lang)
            {
                return lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }
}
