using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>
/// What the site's numbers cover, computed at build time for the method page: how many articles say
/// what period they report on, how many projects state an investment, and how the figures divide by
/// status and measure, so a reader knows what is missing.
/// </summary>
internal sealed record NumberCoverage(
    int Articles,
    int ArticlesWithPeriod,
    int ProjectEntries,
    int Projects,
    int ProjectsWithInvestment,
    int Figures,
    int IndicatorFigures,
    int IndicatorFiguresWithPeriod,
    int IndicatorFacts,
    int ConflictingFacts,
    IReadOnlyList<(string Status, int Count)> ByStatus,
    IReadOnlyList<(string Measure, int Count)> ByMeasure)
{
    public static NumberCoverage Of(SiteModel site)
    {
        var figures = site.Articles.SelectMany(a => a.Source.Figures).ToList();
        var indicatorFigures = figures.Where(f => f.Indicator is not null).ToList();
        var projects = site.Projects.ToList();
        return new NumberCoverage(
            site.Articles.Count,
            site.Articles.Count(a => a.Source.Period is not null),
            site.Articles.Sum(a => a.Source.Projects.Count),
            projects.Count,
            projects.Count(p => p.Project.Investment is not null),
            figures.Count,
            indicatorFigures.Count,
            indicatorFigures.Count(f => f.Period is not null),
            site.IndicatorFacts.Count,
            site.IndicatorFacts.Count(f => f.Conflicting),
            Figure.Statuses.Select(s => (s, figures.Count(f => f.Status == s))).ToList(),
            Figure.Measures.Select(m => (m, figures.Count(f => f.Measure == m))).ToList());
    }
}

/// <summary>
/// The investment a set of projects states: the sum over those that state one (null when none does:
/// an unknown total is never 0), how many state one, and of how many.
/// </summary>
internal sealed record StatedInvestment(decimal? Sum, int Stated, int Total)
{
    public static StatedInvestment Of(IReadOnlyCollection<ProjectEntry> projects)
    {
        var stated = projects.Where(p => p.Project.Investment is not null).Select(p => p.Project.Investment!.Value).ToList();
        return new StatedInvestment(stated.Count == 0 ? null : stated.Sum(), stated.Count, projects.Count);
    }
}
