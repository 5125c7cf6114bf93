using SiteGen.Core;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>The "Method and coverage" page's model: its explanations are UI strings; its numbers come from <see cref="NumberCoverage"/>, counted once per build.</summary>
internal sealed class MethodPage(PageParts parts)
{
    private readonly Lazy<NumberCoverage> _coverage = new(() => NumberCoverage.Of(parts.Site));

    public MethodView Model(Lang lang)
    {
        var c = _coverage.Value;
        string T(string key) => parts.T(lang, key);
        string N(int n) => Formats.Count(n, lang);
        string OfTotal(int part, int total) => parts.Strings.Fill(lang, "coverage_of", ("part", N(part)), ("total", N(total)));
        return new MethodView(
            [
                new CoverageLine(T("coverage_articles"), N(c.Articles)),
                new CoverageLine(T("coverage_articles_period"), OfTotal(c.ArticlesWithPeriod, c.Articles)),
                new CoverageLine(T("coverage_projects"), parts.Strings.Fill(lang, "coverage_projects_value", ("projects", N(c.Projects)), ("entries", N(c.ProjectEntries)))),
                new CoverageLine(T("coverage_projects_investment"), OfTotal(c.ProjectsWithInvestment, c.Projects)),
                new CoverageLine(T("coverage_figures"), N(c.Figures)),
                new CoverageLine(T("coverage_indicator_figures"), OfTotal(c.IndicatorFigures, c.Figures)),
                new CoverageLine(T("coverage_indicator_period"), OfTotal(c.IndicatorFiguresWithPeriod, c.IndicatorFigures)),
                new CoverageLine(T("coverage_facts"), N(c.IndicatorFacts)),
                new CoverageLine(T("coverage_conflicts"), N(c.ConflictingFacts)),
            ],
            [.. c.ByStatus.Select(s => new CoverageLine(parts.Text.Status(s.Status, lang), N(s.Count)))],
            [.. c.ByMeasure.Select(m => new CoverageLine(parts.Text.Measure(m.Measure, null, lang), N(m.Count)))])
        {
            ByTranslation =
            [
                .. Content.TranslationStatus.All.Select(s => new CoverageLine(T("translation_" + s), N(parts.Site.Articles.Count(a => a.Translation?.Status == s)))),
                new CoverageLine(T("method_translation_missing"), N(parts.Site.Articles.Count(a => a.Translation is null))),
            ],
        };
    }
}
