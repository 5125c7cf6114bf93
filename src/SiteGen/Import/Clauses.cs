namespace SiteGen.Import;

/// <summary>
/// The clauses of a sentence (split at ，；：), which words such as 预计, 力争 and 2020年， reach over:
/// a word that opens a chain of clauses covers every figure in it, up to the end of the sentence.
/// </summary>
internal static class Clauses
{
    /// <summary>Characters that may sit between a time word and the comma that makes it the topic of what follows: 今年1-11月，“十三五”时期，.</summary>
    private const string TimeTail = "0123456789-–—~至年月日份底末初中上下半季度一二三四前后以来期间时内里“”";

    /// <summary>Words that may open a clause before its time word: 预计到2025年，…; 力争到2025年，….</summary>
    private static readonly string[] StatusLead = ["预计", "预期", "力争", "争取", "确保", "计划"];

    /// <summary>Where each clause of sentence[..end] starts, in order (the first at 0).</summary>
    public static IReadOnlyList<int> Starts(string sentence, int end)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < end; i++)
        {
            if (sentence[i] is '，' or '；' or '：' or '。' or '！' or '？' or ',' or ';' or ':')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }

    /// <summary>The start of the clause the position <paramref name="at"/> is in.</summary>
    public static int StartOf(IReadOnlyList<int> starts, int at)
    {
        var start = 0;
        foreach (var s in starts)
        {
            if (s <= at)
            {
                start = s;
            }
        }

        return start;
    }

    /// <summary>
    /// A time word is the topic of the rest of the sentence when it opens the sentence (去年全区新签约…), or opens its
    /// clause and a comma follows it (2020年，…; 到2025年，…; 今年1-11月，…). Inside a clause (2021年达到1350亿元) it is
    /// that clause's alone.
    /// </summary>
    public static bool IsTopic(string sentence, TimeWords.Mention mention, int clauseStart)
    {
        var lead = sentence[clauseStart..mention.At].Trim();
        lead = StatusLead.FirstOrDefault(w => lead.StartsWith(w, StringComparison.Ordinal)) is { } word ? lead[word.Length..] : lead; // 预计到2025年，…
        if (lead.Length > 2 || lead.Any(c => c is not ('在' or '于' or '自' or '从' or '到' or '至' or '截' or '“')))
        {
            return false;
        }

        if (clauseStart == 0)
        {
            return true;
        }

        var i = mention.End;
        while (i < sentence.Length && TimeTail.Contains(sentence[i]) && i - mention.End < 8)
        {
            i++;
        }

        return i < sentence.Length && sentence[i] is '，' or ',';
    }
}
