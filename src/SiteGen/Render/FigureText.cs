using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// How a figure reads in each language, saying what it is: its period (2020, 2016–2020, since 2023),
/// its measure (GDP growth, cumulative fixed-asset investment) and its status (target, estimate),
/// e.g. "GDP growth, 2020 (target): 10%", and its bound as the language words it ("more than CNY 110
/// billion", "超过1100亿元"). The words come from theme/i18n.
/// </summary>
internal sealed class FigureText(Func<Lang, string, string> t)
{
    public string Period(Period? period, Lang lang) => period switch
    {
        null => t(lang, "period_not_stated"),
        { IsYear: true } => lang == Lang.Zh ? $"{period.From}年" : period.ToString(),
        { To: null } => t(lang, "period_since").Replace("{year}", period.From.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
        _ => lang == Lang.Zh ? $"{period.From}–{period.To}年" : period.ToString(),
    };

    /// <summary>The indicator as measured: GDP, GDP growth, cumulative GDP, GDP share, GDP rank.</summary>
    public string Indicator(Indicator indicator, string measure, Lang lang) =>
        t(lang, "measure_name_" + measure).Replace("{indicator}", indicator.Name.For(lang), StringComparison.Ordinal);

    /// <summary>Level, Change (year on year), Cumulative, Share, Rank.</summary>
    public string Measure(string measure, string? basis, Lang lang) =>
        basis is null ? t(lang, "measure_" + measure) : $"{t(lang, "measure_" + measure)} ({t(lang, "base_" + basis)})";

    public string Status(string status, Lang lang) => t(lang, "figure_status_" + status);

    /// <summary>
    /// The value as readers see it, with its bound: 15616.1亿元 / CNY 1,561.61 billion; 超过1100亿元 / more than CNY 110 billion;
    /// 10% growth is +10% (a bounded one has no sign: more than 10%); a rank is No. 3.
    /// </summary>
    public string Value(Figure figure, Unit unit, Lang lang)
    {
        if (figure.Measure == Figure.Rank)
        {
            var place = Formats.Plain(figure.Value, 0);
            return lang == Lang.Zh ? $"第{place}{unit.Text}" : $"No. {place}";
        }

        var text = Formats.Figure(figure, unit, lang);
        return figure.Bound is { } bound ? t(lang, "bound_" + bound).Replace("{value}", text, StringComparison.Ordinal)
            : figure.Measure == Figure.Change && figure.Value > 0 ? "+" + text : text;
    }

    /// <summary>"GDP growth, 2020 (target): +10%" / "地区生产总值增速（2020年，目标）：+10%".</summary>
    public string Sentence(IndicatorFact fact, Lang lang)
    {
        var name = Indicator(fact.Indicator, fact.Measure, lang);
        var period = Period(fact.Period, lang);
        var status = fact.Status == Figure.Actual ? "" : (lang == Lang.Zh ? "，" : ", ") + Status(fact.Status, lang).ToLowerInvariant();
        var value = string.Join(lang == Lang.Zh ? "、" : " / ", fact.Values.Select(v => Value(v.Figure, v.Unit, lang)));
        return lang == Lang.Zh ? $"{name}（{period}{status}）：{value}" : $"{name}, {period}{(status.Length > 0 ? $" ({status[2..]})" : "")}: {value}";
    }
}
