using SiteGen.Core;
using SiteGen.Site;
using static SiteGen.Render.TableKit;

namespace SiteGen.Render;

/// <summary>The project tables and their charts: projects and investment by district, by status, by sector, and every project.</summary>
internal sealed class ProjectTables(TableKit kit)
{
    private SiteModel Site => kit.Site;

    public Table ByDistrict(Lang lang)
    {
        var districts = Site.Districts.Where(d => d.Projects.Count > 0).ToList();
        var rows = districts.Select(d =>
        {
            var invested = d.Projects.Count(p => p.Project.Investment is not null);
            return new Row(
            [
                DistrictCell(d.District, lang),
                new Cell(Count(d.Projects.Count, lang), SortValue: N(d.Projects.Count)),
                new Cell(Count(invested, lang), SortValue: N(invested)),
                kit.InvestmentTotal(d.Projects, lang, compact: true),
            ]);
        }).ToList();
        var all = Site.Projects.ToList();
        var allInvested = all.Count(p => p.Project.Investment is not null);
        var bars = districts.Select(d => (d, sum: d.Projects.Where(p => p.Project.Investment is not null).Sum(p => p.Project.Investment!.Value)))
            .Where(p => p.sum > 0)
            .Select(p => new Bar(p.d.District.Name.For(lang), p.sum, Money(p.sum, lang)))
            .ToList();
        var charts = new List<Chart>();
        if (bars.Count > 0)
        {
            // The chart can only show the amounts that are stated: its title says for how many projects.
            var coverage = kit.T(lang, "chart_coverage").Replace("{stated}", Count(allInvested, lang), StringComparison.Ordinal).Replace("{total}", Count(all.Count, lang), StringComparison.Ordinal);
            charts.Add(Chart("chart-investment-by-district", "chart_investment_by_district", "chart_unit_money", lang, all.Where(p => p.Project.Investment is not null), bars, coverage));
        }

        var stacked = districts.Select(d => new StackedBar(d.District.Name.For(lang),
                Project.Statuses.Select(s => (decimal)d.Projects.Count(p => p.Project.Status == s)).ToList(), Count(d.Projects.Count, lang)))
            .ToList();
        var legend = Project.Statuses.Select(st => kit.T(lang, "status_" + st)).ToList();
        var stackedDesc = kit.T(lang, "chart_projects_by_district_status_desc") + " " + Join(lang, stacked.Select(b =>
            $"{b.Label} {b.Display} ({Join(lang, b.Parts.Select((n, k) => (n, k)).Where(x => x.n > 0).Select(x => $"{legend[x.k]} {Count((int)x.n, lang)}"))})"));
        charts.Add(new Chart("chart-projects-by-district-status", kit.T(lang, "chart_projects_by_district_status"), kit.T(lang, "chart_unit_projects"), kit.Period(lang, all),
            kit.Source(lang, all), BarChart.Stacked("chart-projects-by-district-status", kit.T(lang, "chart_projects_by_district_status"), stackedDesc, stacked), stackedDesc) { Legend = legend });
        return Make("projects-by-district", kit.T(lang, "table_projects_by_district"), lang,
            [
                new Column("district", kit.T(lang, "col_district"), false),
                new Column("projects", kit.T(lang, "col_projects"), true),
                new Column("with_investment", kit.T(lang, "col_with_investment"), true),
                new Column("investment_cny", kit.T(lang, "col_investment"), true),
            ],
            rows,
            [new Cell(kit.T(lang, "total"), Header: true), new Cell(Count(all.Count, lang), SortValue: N(all.Count)), new Cell(Count(allInvested, lang), SortValue: N(allInvested)), kit.InvestmentTotal(all, lang)],
            charts);
    }

    public Table ByStatus(Lang lang)
    {
        var counts = Project.Statuses.Select(s => (Status: s, Count: Site.Projects.Count(p => p.Project.Status == s))).ToList();
        var rows = counts.Select(c => new Row([new Cell(kit.T(lang, "status_" + c.Status), Header: true), new Cell(Count(c.Count, lang), SortValue: N(c.Count))])).ToList();
        var bars = counts.Select(c => new Bar(kit.T(lang, "status_" + c.Status), c.Count, Count(c.Count, lang))).ToList();
        var chart = Chart("chart-projects-by-status", "chart_projects_by_status", "chart_unit_projects", lang, Site.Projects, bars);
        return Make("projects-by-status", kit.T(lang, "table_projects_by_status"), lang,
            [new Column("status", kit.T(lang, "col_status"), false), new Column("projects", kit.T(lang, "col_projects"), true)],
            rows,
            [new Cell(kit.T(lang, "total"), Header: true), new Cell(Count(counts.Sum(c => c.Count), lang), SortValue: N(counts.Sum(c => c.Count)))],
            [chart]);
    }

    public Table BySector(Lang lang)
    {
        var sectors = Site.Sectors.Select(s => (Sector: s, Projects: Site.Projects.Where(p => p.Project.Sector == s.Key).ToList()))
            .Where(s => s.Projects.Count > 0)
            .OrderByDescending(s => s.Projects.Count)
            .ToList();
        var rows = sectors.Select(s => new Row(
            [
                new Cell(s.Sector.Name.For(lang), Header: true),
                new Cell(Count(s.Projects.Count, lang), SortValue: N(s.Projects.Count)),
                kit.InvestmentTotal(s.Projects, lang, compact: true),
            ])).ToList();
        var bars = sectors.Select(s => new Bar(s.Sector.Name.For(lang), s.Projects.Count, Count(s.Projects.Count, lang))).ToList();
        var chart = Chart("chart-projects-by-sector", "chart_projects_by_sector", "chart_unit_projects", lang, Site.Projects, bars);
        return Make("projects-by-sector", kit.T(lang, "table_projects_by_sector"), lang,
            [new Column("sector", kit.T(lang, "col_sector"), false), new Column("projects", kit.T(lang, "col_projects"), true), new Column("investment_cny", kit.T(lang, "col_investment"), true)],
            rows,
            null,
            [chart]);
    }

    /// <summary>A bar chart of one table's numbers, with the caption every chart carries: title, unit, period, source.</summary>
    private Chart Chart(string id, string titleKey, string unitKey, Lang lang, IEnumerable<ProjectEntry> from, IReadOnlyList<Bar> bars, string? note = null)
    {
        var title = note is null ? kit.T(lang, titleKey) : kit.T(lang, titleKey) + " " + note;
        var description = kit.T(lang, titleKey + "_desc") + " " + Join(lang, bars.Select(b => $"{b.Label} {b.Display}")) + (note is null ? "" : (lang == Lang.Zh ? "。" : ". ") + note);
        var projects = from.ToList();
        return new Chart(id, title, kit.T(lang, unitKey), kit.Period(lang, projects), kit.Source(lang, projects), BarChart.Svg(id, title, description, bars), description);
    }

    /// <summary>Every project of a list, one row each, with its sources; the footer totals the stated investment.</summary>
    public Table Projects(string id, IReadOnlyList<ProjectEntry> projects, Lang lang, string caption)
    {
        var rows = projects.Select(p =>
        {
            var project = p.Project;
            var district = Site.DistrictOf(project.District).District;
            return new Row(
            [
                new Cell(project.Name.For(lang), Header: true),
                new Cell(project.Company?.For(lang) ?? "—"),
                new Cell(district.Name.For(lang), Urls.District(lang, district.Key)),
                new Cell(Site.Sector(project.Sector).Name.For(lang)),
                new Cell(kit.T(lang, "status_" + project.Status), SortValue: N(Array.IndexOf(Project.Statuses, project.Status))),
                new Cell(project.Year is { } y ? N(y) : "—", SortValue: project.Year is { } year ? N(year) : null),
                new Cell(project.Investment is { } i ? Money(i, lang) : kit.T(lang, "not_stated"), SortValue: project.Investment is { } amount ? N(amount) : null),
                new Cell(project.Capacity?.For(lang) ?? "—"),
                Figures(p, lang),
                kit.SourcesCell(p.Sources.Select(a => (a, (string?)null)).ToList(), lang),
            ]);
        }).ToList();
        return Make(id, caption, lang,
            [
                new Column("project", kit.T(lang, "col_project"), false),
                new Column("company", kit.T(lang, "col_company"), false),
                new Column("district", kit.T(lang, "col_district"), false),
                new Column("sector", kit.T(lang, "col_sector"), false),
                new Column("status", kit.T(lang, "col_status"), false),
                new Column("year", kit.T(lang, "col_year"), true),
                new Column("investment_cny", kit.T(lang, "col_investment"), true),
                new Column("capacity", kit.T(lang, "col_capacity"), false),
                new Column("figures", kit.T(lang, "col_project_figures"), false),
                new Column("article", kit.T(lang, "col_sources"), false),
            ],
            rows,
            [new Cell(kit.T(lang, "total") + " (" + Count(projects.Count, lang) + ")", Header: true), new Cell(""), new Cell(""), new Cell(""), new Cell(""), new Cell(""), kit.InvestmentTotal(projects, lang), new Cell(""), new Cell(""), new Cell("")]);
    }

    /// <summary>
    /// The figures the articles link to a project (its investment, capacity, land), each with its bound, and its status
    /// unless it is an actual one, linked to its sentence under the article: 规划产能20GWh（计划） / 20 GWh (plan). They are
    /// the project's, never a district's indicators.
    /// </summary>
    private Cell Figures(ProjectEntry project, Lang lang)
    {
        var links = project.Figures.Select(p =>
        {
            var value = kit.Text.Value(p.Figure, Site.Units.Find(p.Figure.Unit)!, lang);
            var text = lang == Lang.Zh ? p.Figure.Label + value : value;
            if (p.Figure.Status != Figure.Actual)
            {
                text = kit.T(lang, "figure_with_status").Replace("{figure}", text, StringComparison.Ordinal)
                    .Replace("{status}", kit.Text.Status(p.Figure.Status, lang).ToLowerInvariant(), StringComparison.Ordinal);
            }

            return new Link(kit.Cards.Article(p.Article, lang).Url + "#" + IndicatorTables.FigureAnchor(p.Figure), text);
        }).ToList();
        return links.Count switch
        {
            0 => new Cell("—"),
            1 => new Cell(links[0].Text, links[0].Url),
            _ => new Cell(string.Join(lang == Lang.Zh ? "；" : "; ", links.Select(l => l.Text)), links[0].Url, Links: links),
        };
    }
}
