using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// Suggests run-in section headings the importer was not sure enough to make: a paragraph of a zh
/// article that opens with a marker (一、 or （一）) and a heading that runs into the text. Each
/// suggestion names the file and line and the split to make by hand.
/// </summary>
internal static partial class RunInHeadingAdvisor
{
    [GeneratedRegex(@"^(?<marker>[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)")]
    private static partial Regex Marker();

    public static IReadOnlyList<Diagnostic> Advise(IEnumerable<SourceArticle> sources)
    {
        var result = new List<Diagnostic>();
        foreach (var source in sources)
        {
            var lines = source.Body.Read().Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var marker = Marker().Match(lines[i]);
                if (!marker.Success)
                {
                    continue;
                }

                var rest = Unescape(lines[i][marker.Length..]);
                if (RunInHeading.Find(rest).Guess is not { } end)
                {
                    continue;
                }

                var level = marker.Value.StartsWith('（') ? "###" : "##";
                var heading = marker.Value + rest[..end];
                result.Add(Diagnostic.Warning(source.File, source.Body.Line + i,
                    $"the paragraph seems to open with the run-in heading \"{heading}\"; if it does, put it on a line of its own, `{level} {heading}`, followed by an empty line"));
            }
        }

        return result;
    }

    private static string Unescape(string text) => EscapedChar().Replace(text, "$1");

    [GeneratedRegex(@"\\([\p{P}\p{S}])")]
    private static partial Regex EscapedChar();
}
