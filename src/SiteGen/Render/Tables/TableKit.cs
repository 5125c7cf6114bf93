using System.Globalization;
using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// What every table is made with: the UI strings, the article cards its cells link, number formats, and the cells
/// and captions that tables share (district names, lists of sources, investment totals that say how much is known,
/// the period and source of a chart).
/// </summary>
internal sealed class TableKit(SiteModel site, Strings strings, Cards cards, FigureText text)
{
    public SiteModel Site => site;

    public Cards Cards => cards;

    public FigureText Text => text;

    public string T(Lang lang, string key) => strings.T(lang, key);

    public static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Money(decimal amount, Lang lang) => Formats.Money(amount, "CNY", lang);

    public static string Count(int value, Lang lang) => Formats.Count(value, lang);

    public static string Join(Lang lang, IEnumerable<string> items) => string.Join(lang == Lang.Zh ? "、" : ", ", items);

    public string CountText(Lang lang, string key, int count) => strings.Count(lang, key, count);

    /// <summary>A table with its CSV and JSON downloads, and where the codebook explains their columns.</summary>
    public static Table Make(string id, string caption, Lang lang, IReadOnlyList<Column> columns, IReadOnlyList<Row> rows, IReadOnlyList<Cell>? footer = null, IReadOnlyList<Chart>? charts = null) =>
        new(id, caption, columns, rows, footer,
            [new Link(Urls.Data(lang, id + ".csv"), "CSV"), new Link(Urls.Data(lang, id + ".json"), "JSON")])
        {
            Charts = charts ?? [],
            Codebook = Urls.DataIndex(lang) + "#" + Render.Codebook.Section(id),
        };

    public static Cell DistrictCell(District district, Lang lang) => new(district.Name.For(lang), Urls.District(lang, district.Key), Header: true);

    /// <summary>
    /// A total of project investment that says how much is known: "CNY 10 billion stated for 1 of 3
    /// projects", the amount alone when every project states one, "not stated" when none does. Never 0.
    /// </summary>
    public Cell InvestmentTotal(IReadOnlyList<ProjectEntry> projects, Lang lang, bool compact = false)
    {
        var total = StatedInvestment.Of(projects);
        var coverage = new Coverage(total.Stated, total.Total);
        if (total.Sum is not { } sum)
        {
            return new Cell(T(lang, "not_stated"), Coverage: coverage);
        }

        var shown = total.Stated == total.Total ? Money(sum, lang)
            : strings.Fill(lang, compact ? "stated_for_short" : "stated_for", ("amount", Money(sum, lang)), ("stated", Count(total.Stated, lang)), ("total", Count(total.Total, lang)));
        return new Cell(shown, SortValue: N(sum), Coverage: coverage);
    }

    /// <summary>One source links its article; several are listed, each linked (one fact or project, several sources).</summary>
    public Cell SourcesCell(IReadOnlyList<(ArticleEntry Article, string? Fragment)> sources, Lang lang)
    {
        var distinct = sources.DistinctBy(s => (s.Article.Slug, s.Fragment)).ToList();
        if (distinct.Count == 1)
        {
            var card = cards.Article(distinct[0].Article, lang);
            return new Cell(card.Title, card.Url + distinct[0].Fragment, card.TitleLang);
        }

        var links = distinct.Select(s =>
        {
            var card = cards.Article(s.Article, lang);
            return new Link(card.Url + s.Fragment, card.Title, card.TitleLang);
        }).ToList();
        return new Cell(string.Join(" | ", links.Select(l => l.Text)), links[0].Url, Links: links);
    }

    /// <summary>The period the numbers of a chart cover: the years the projects state, or else the articles' publication dates.</summary>
    public string Period(Lang lang, IReadOnlyList<ProjectEntry> projects)
    {
        var years = projects.Where(p => p.Project.Year is not null).Select(p => p.Project.Year!.Value).ToList();
        var dates = projects.SelectMany(p => p.Sources).Select(a => a.Source.Date).ToList();
        if (dates.Count == 0)
        {
            return "";
        }

        var published = dates.Min() == dates.Max()
            ? strings.Fill(lang, "chart_period_published_on", ("date", Formats.Date(dates.Min(), lang, site.Config.English)))
            : strings.Fill(lang, "chart_period_published", ("from", Formats.Date(dates.Min(), lang, site.Config.English)), ("to", Formats.Date(dates.Max(), lang, site.Config.English)));
        return years.Count == 0 ? published
            : strings.Fill(lang, "chart_period_years", ("years", YearRange(years, lang))) + (lang == Lang.Zh ? "；" : "; ") + published;
    }

    /// <summary>The years from first to last, written as a figure's period is (<see cref="FigureText.Period"/>): 2016–2020年 / 2016–2020.</summary>
    public static string YearRange(IReadOnlyList<int> years, Lang lang)
    {
        var (min, max) = (years.Min(), years.Max());
        var suffix = lang == Lang.Zh ? "年" : "";
        return min == max ? $"{N(min)}{suffix}" : $"{N(min)}–{N(max)}{suffix}";
    }

    /// <summary>A chart's source line: how many articles its numbers come from.</summary>
    public string Source(Lang lang, IReadOnlyList<ProjectEntry> projects) =>
        CountText(lang, "chart_source_articles", projects.SelectMany(p => p.Sources).Select(a => a.Slug).Distinct().Count());
}
