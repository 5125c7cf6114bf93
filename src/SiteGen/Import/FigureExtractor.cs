using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// Finds the quantities in an article's plain text (Chinese typography, full-width punctuation):
/// a number in digits followed by a unit of data/units.yml, with what it measures, its bound, the
/// indicator its label names, the place it is about, and (from the sentence and the article's dating)
/// its period, measure and status. Precision first: years, dates, ordinals, model numbers (5G, PM2.5,
/// t5), 500强, durations (3个月), ranges (20%-30%) and numbers that only name a class of things
/// (10亿元以上项目) are left out, as is anything without a registered unit. A project's own number
/// (总投资100亿元的…项目) is never filed under an indicator.
/// </summary>
internal static partial class FigureExtractor
{
    private static readonly string[] DurationWords = ["小时", "工作日", "季度", "星期", "分钟", "月", "日", "天", "周", "年"];

    [GeneratedRegex(@"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?")]
    private static partial Regex Number();

    private sealed record Reading(Unit Unit, int TailEnd, string? Bound, bool Ranked);

    /// <summary>
    /// The figures of an article's plain text. <paramref name="time"/> is what the article says about its own dating
    /// (<see cref="ArticleTime.Of"/>); with it, each figure gets its period, measure and status (<see cref="FigureQualifier"/>).
    /// <paramref name="places"/> knows the article's district and the others (<see cref="FigurePlace"/>).
    /// </summary>
    public static IReadOnlyList<Figure> Extract(string text, UnitRegistry units, IndicatorRegistry indicators, ArticleTime? time = null, FigurePlace? places = null)
    {
        time ??= ArticleTime.None;
        var figures = new List<Figure>();
        var seen = new HashSet<(decimal, string, string, string)>();
        var section = new FigureQualifier.Section(null, null);
        foreach (var whole in Sentences.Whole(text))
        {
            section = FigureQualifier.Next(section, whole, time);
            var mentions = TimeWords.In(whole, time);
            foreach (var (offset, sentence) in Sentences.Parts(whole))
            {
                var placed = new List<FigureLabel.Placed>();
                Figure? previous = null;
                foreach (Match number in Number().Matches(sentence))
                {
                    if (Read(sentence, number, units) is not { } reading)
                    {
                        continue;
                    }

                    var (label, indicator) = FigureLabel.For(sentence, number.Index, reading.TailEnd, reading.Unit, placed, indicators);
                    placed.Add(new FigureLabel.Placed(number.Index, reading.TailEnd, label));
                    if (!decimal.TryParse(number.Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                        || Math.Abs(value) > Figure.MaxValue / Math.Max(1, reading.Unit.Factor))
                    {
                        continue; // a number too large to be a real quantity: not a figure
                    }

                    var (start, end) = (offset + number.Index, offset + reading.TailEnd);
                    var starts = Clauses.Starts(whole, start);
                    var words = indicator is null ? null : IndicatorLabel.Words(label, indicators);
                    var q = FigureQualifier.Qualify(whole, start, end, reading.Unit, reading.Ranked, mentions, section, time, words);
                    if (q.Measure == Figure.Change && LabelWords.IsGrowthOnly(label) && previous is { Measure: Figure.Level, Label.Length: > 0 })
                    {
                        (label, indicator) = (previous.Label + label, previous.Indicator); // 经济总量达到15616.1亿元，同比下降4.7% → 经济总量同比下降
                    }

                    if (ProjectFigure.Is(whole, start, end, starts))
                    {
                        indicator = null; // one project's number, shown with the project: never a district indicator
                    }

                    value = q.Negative ? -value : value;
                    if (seen.Add((value, reading.Unit.Text, sentence, label)))
                    {
                        previous = new Figure(value, reading.Unit.Text, value * reading.Unit.Factor, label, reading.Bound, q.Period, q.Measure, q.Base, q.Status, indicator, sentence)
                        {
                            Place = places?.Of(whole, start, starts),
                        };
                        figures.Add(previous);
                    }
                }
            }
        }

        return figures;
    }

    /// <summary>The unit after the number (余/多 and 万/亿 may come between), with the bound around it, or null when this is no figure.</summary>
    private static Reading? Read(string sentence, Match number, UnitRegistry units)
    {
        var before = number.Index > 0 ? sentence[number.Index - 1] : ' ';
        var beforeThat = number.Index > 1 ? sentence[number.Index - 2] : ' ';
        var end = number.Index + number.Length;
        var ranked = before == '第' && (At(sentence, end, "位") || At(sentence, end, "名")); // 位居全国第3位
        if (char.IsAsciiLetter(before) || before is '.' or ':' or '/' or '_' or '#' or '+' or '-' or '–' or '—' or '~' or '～' or '前' || before == '第' && !ranked
            || before is '至' or '到' && IsRangeEnd(beforeThat))
        {
            return null; // t5, PM2.5, 12:30, 第1, 前3名, 20-30%, 10亿至20亿元
        }

        var pos = number.Index + number.Length;
        pos += At(sentence, pos, " ") && !At(sentence, pos + 1, " ") ? 1 : 0;
        string? bound = null;
        if (At(sentence, pos, "余") || At(sentence, pos, "多"))
        {
            bound = Figure.Over; // 40余亿元
            pos++;
        }

        var unit = units.MatchAt(sentence, pos);
        var unitEnd = pos + (unit?.Text.Length ?? 0);
        if (unit is null && pos + 2 < sentence.Length && sentence[pos] is '万' or '亿' && sentence[pos + 1] is '余' or '多'
            && units.MatchAt(sentence, pos + 2) is { } inner && units.Find(sentence[pos] + inner.Text) is { } scaled)
        {
            (unit, unitEnd, bound) = (scaled, pos + 2 + inner.Text.Length, Figure.Over); // 1万多家 = more than 1 万家
        }

        if (unit is null
            || char.IsAsciiLetter(unit.Text[^1]) && unitEnd < sentence.Length && char.IsAsciiLetterOrDigit(sentence[unitEnd])
            || unit.Text == "人" && At(sentence, unitEnd, "民"))
        {
            return null;
        }

        var next = unitEnd + (At(sentence, unitEnd, "多") || At(sentence, unitEnd, "余") ? 1 : 0);
        if (DurationWords.Any(w => At(sentence, next, w))
            || next < sentence.Length - 1 && sentence[next] is '-' or '–' or '—' or '~' or '～' or '至' or '到' && char.IsAsciiDigit(sentence[next + 1]))
        {
            return null; // 3个月, 90多个日日夜夜, 20%-30%
        }

        var (after, length) = FigureBound.AfterUnit(sentence, unitEnd);
        var tailEnd = unitEnd + length;
        if (FigureBound.NamesAClass(sentence, number.Index, unitEnd, tailEnd))
        {
            return null; // 10亿元以上项目15个, 不足1亿元的项目: a class of things, not a figure
        }

        return new Reading(unit, tailEnd, FigureBound.BeforeNumber(sentence, number.Index) ?? bound ?? after, ranked);
    }

    private static bool IsRangeEnd(char c) => char.IsAsciiDigit(c) || c is '%' or '万' or '亿' or '千' or '百' or '元';

    private static bool At(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;

}
