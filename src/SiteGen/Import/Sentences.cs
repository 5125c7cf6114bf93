namespace SiteGen.Import;

/// <summary>Splits Chinese text into sentences: each ends at 。！？； (closing quotes stay with it) or at a line break.</summary>
internal static class Sentences
{
    public static IReadOnlyList<string> Split(string text) => Split(text, semicolons: true);

    /// <summary>Whole sentences, which end at 。！？ or a line break only: a ； joins the parts of one sentence.</summary>
    public static IReadOnlyList<string> Whole(string text) => Split(text, semicolons: false);

    /// <summary>The parts of a whole sentence split at ；, each with where it starts in the sentence.</summary>
    public static IEnumerable<(int Offset, string Part)> Parts(string sentence)
    {
        var start = 0;
        foreach (var part in Split(sentence, semicolons: true))
        {
            var at = sentence.IndexOf(part, start, StringComparison.Ordinal);
            yield return (at, part);
            start = at + part.Length;
        }
    }

    private static IReadOnlyList<string> Split(string text, bool semicolons)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(start, i);
                start = i + 1;
            }
            else if (c is '。' or '！' or '？' or '!' or '?' || semicolons && c == '；')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '’' or '）' or '」' or '』')
                {
                    end++;
                }

                Add(start, end);
                start = end;
                i = end - 1;
            }
        }

        Add(start, text.Length);
        return result;

        void Add(int from, int to)
        {
            var sentence = text[from..to].Trim();
            if (sentence.Length > 0)
            {
                result.Add(sentence);
            }
        }
    }
}
