using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The noun written right after a number's unit, which is what a count counts: 改造4家定点医院,
/// 1326个亿元以上重大项目全面复工, 5亿元消费券, 4000万元的落户奖励.
/// </summary>
internal static class CountedNoun
{
    private const int MaxLength = 10;

    /// <summary>Han text (or an opening quote) follows the unit: the counted noun is there, not before the number.</summary>
    public static bool Follows(string sentence, int tailEnd) =>
        tailEnd < sentence.Length && (Cjk.IsHan(sentence[tailEnd]) || sentence[tailEnd] == '“');

    /// <summary>The noun written right after the unit (4家定点医院、…; 5亿元消费券; 4000万元的落户奖励), if short and clearly ended.</summary>
    public static string? After(string sentence, int tailEnd)
    {
        var i = tailEnd < sentence.Length && sentence[tailEnd] == '的' ? tailEnd + 1 : tailEnd;
        var start = i;
        for (; i < sentence.Length && (Cjk.IsHan(sentence[i]) || sentence[i] is '“' or '”'); i++)
        {
            if (i > start && LabelWords.AfterStops.Any(w => string.CompareOrdinal(sentence, i, w, 0, w.Length) == 0))
            {
                break;
            }

            if (HeadNounAt(sentence, i) > 0)
            {
                for (int length; (length = HeadNounAt(sentence, i)) > 0;)
                {
                    i += length; // 企业总部 is one noun
                }

                break;
            }
        }

        var phrase = sentence[start..i];
        return phrase.Count(Cjk.IsHan) is >= 2 and <= MaxLength && LabelWords.IsMeaningful(phrase) ? phrase : null;
    }

    private static int HeadNounAt(string sentence, int i) =>
        LabelWords.HeadNouns.FirstOrDefault(w => string.CompareOrdinal(sentence, i, w, 0, w.Length) == 0)?.Length ?? 0;
}
