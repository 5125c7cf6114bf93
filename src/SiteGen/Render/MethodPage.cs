using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>The "Method and coverage" page: its explanations are UI strings; its numbers come from <see cref="NumberCoverage"/>.</summary>
internal static class MethodPage
{
    public static MethodView View(SiteModel site, PageFactory pages, string lang)
    {
        var c = pages.NumberCoverage;
        string T(string key) => pages.T(lang, key);
        string N(int n) => Formats.Count(n, lang);
        string OfTotal(int part, int total) => T("coverage_of").Replace("{part}", N(part), StringComparison.Ordinal).Replace("{total}", N(total), StringComparison.Ordinal);
        var text = new FigureText(pages.T);
        return new MethodView(
            [
                new CoverageLine(T("coverage_articles"), N(c.Articles)),
                new CoverageLine(T("coverage_articles_period"), OfTotal(c.ArticlesWithPeriod, c.Articles)),
                new CoverageLine(T("coverage_projects"), T("coverage_projects_value").Replace("{projects}", N(c.Projects), StringComparison.Ordinal).Replace("{entries}", N(c.ProjectEntries), StringComparison.Ordinal)),
                new CoverageLine(T("coverage_projects_investment"), OfTotal(c.ProjectsWithInvestment, c.Projects)),
                new CoverageLine(T("coverage_figures"), N(c.Figures)),
                new CoverageLine(T("coverage_indicator_figures"), OfTotal(c.IndicatorFigures, c.Figures)),
                new CoverageLine(T("coverage_indicator_period"), OfTotal(c.IndicatorFiguresWithPeriod, c.IndicatorFigures)),
                new CoverageLine(T("coverage_facts"), N(c.IndicatorFacts)),
                new CoverageLine(T("coverage_conflicts"), N(c.ConflictingFacts)),
            ],
            c.ByStatus.Select(s => new CoverageLine(text.Status(s.Status, lang), N(s.Count))).ToList(),
            c.ByMeasure.Select(m => new CoverageLine(text.Measure(m.Measure, null, lang), N(m.Count))).ToList())
        {
            ByTranslation =
            [
                .. Content.TranslationStatus.All.Select(s => new CoverageLine(T("translation_" + s), N(site.Articles.Count(a => a.Translation?.Status == s)))),
                new CoverageLine(T("method_translation_missing"), N(site.Articles.Count(a => a.Translation is null))),
            ],
        };
    }
}
