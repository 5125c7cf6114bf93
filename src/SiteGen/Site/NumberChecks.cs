using System.Globalization;
using System.Runtime.InteropServices;
using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>
/// Checks across articles that no single file can make, as warnings with the file:line of both
/// sides: one indicator fact reported with different values, and projects that look like the same
/// project entered twice (same company and district, or one name inside the other) without a shared
/// <c>id</c> (entries with different ids are different projects by the editor's word), or entries
/// sharing an id that disagree.
/// </summary>
internal static class NumberChecks
{
    public static IReadOnlyList<Diagnostic> Of(SiteModel site) => [.. Conflicts(site), .. DuplicateProjects(site)];

    public static IEnumerable<Diagnostic> Conflicts(SiteModel site)
    {
        foreach (var fact in site.IndicatorFacts.Where(f => f.Conflicting))
        {
            var first = fact.First;
            foreach (var other in fact.Reports.Skip(1).Where(r => r.Figure.Normalized != first.Figure.Normalized))
            {
                yield return Diagnostic.Warning(other.Article.Source.File, other.Figure.Line,
                    $"{fact.Indicator.Key} of {fact.District.Key}, {fact.Period?.ToString() ?? "no period"}, {fact.Measure}, {fact.Status} is {Value(other.Figure)} here "
                    + $"but {Value(first.Figure)} at {first.Article.Source.File}:{first.Figure.Line}; correct the wrong one, or set a different period, measure or status if they are different facts");
            }
        }
    }

    public static IEnumerable<Diagnostic> DuplicateProjects(SiteModel site)
    {
        var projects = site.Projects.ToList();
        var candidates = Candidates([.. projects.Select(p => p.Project)]);
        for (var i = 0; i < projects.Count; i++)
        {
            foreach (var j in candidates[i])
            {
                var (a, b) = (projects[i], projects[j]);
                if (Reason(a.Project, b.Project) is { } reason)
                {
                    var (ma, mb) = (a.Mentions[0], b.Mentions[0]);
                    yield return Diagnostic.Warning(mb.Article.Source.File, mb.Project.Line,
                        $"project \"{b.Project.Name.Zh}\" may be the same as \"{a.Project.Name.Zh}\" at {ma.Article.Source.File}:{ma.Project.Line} ({reason}); "
                        + "if they are one project, give both entries the same `id:` (e.g. id: " + Suggest(a.Project) + "); if not, give them different ids");
                }
            }

            foreach (var disagreement in Disagreements(projects[i]))
            {
                yield return disagreement;
            }
        }
    }

    /// <summary>
    /// For each project (by index), the later projects that may be the same one (<see cref="Reason"/> decides), in
    /// order: those with the same company in the same district, and those whose Chinese name contains its name or is
    /// contained in it. Found without comparing every pair (100,000 projects are 5·10⁹ pairs): names are grouped, and
    /// each distinct name is looked up by its substrings of the lengths the names have.
    /// </summary>
    internal static List<int>[] Candidates(IReadOnlyList<Project> projects)
    {
        var found = new HashSet<int>[projects.Count];
        void Pair(int x, int y)
        {
            var (i, j) = x < y ? (x, y) : (y, x);
            if (i != j)
            {
                (found[i] ??= []).Add(j);
            }
        }

        void Within(List<int> group, List<int>? other)
        {
            foreach (var x in group)
            {
                foreach (var y in other ?? group)
                {
                    Pair(x, y);
                }
            }
        }

        foreach (var group in Enumerable.Range(0, projects.Count)
                     .Where(i => projects[i].Company is not null)
                     .GroupBy(i => (projects[i].Company!.Zh, projects[i].District)))
        {
            Within([.. group], null);
        }

        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < projects.Count; i++)
        {
            ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(byName, projects[i].Name.Zh, out _);
            (group ??= []).Add(i);
        }

        var names = byName.Keys.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var lengths = byName.Keys.Select(n => n.Length).Distinct().Order().ToArray();
        foreach (var (name, group) in byName)
        {
            Within(group, null);
            var inside = new HashSet<string>(StringComparer.Ordinal);
            foreach (var length in lengths.TakeWhile(l => l < name.Length))
            {
                for (var start = 0; start + length <= name.Length; start++)
                {
                    if (names.TryGetValue(name.AsSpan(start, length), out var shorter) && inside.Add(shorter))
                    {
                        Within(group, byName[shorter]);
                    }
                }
            }
        }

        return [.. found.Select(js => js is null ? [] : js.Order().ToList())];
    }

    internal static string? Reason(Project a, Project b)
    {
        if (a.Id is not null && b.Id is not null && a.Id != b.Id)
        {
            return null; // an editor gave them different ids: they are different projects
        }

        if (a.Company is { } ca && b.Company is { } cb && ca.Zh == cb.Zh && a.District == b.District)
        {
            return $"same company {ca.Zh} in the same district";
        }

        return a.Name.Zh.Contains(b.Name.Zh, StringComparison.Ordinal) || b.Name.Zh.Contains(a.Name.Zh, StringComparison.Ordinal)
            ? "one name contains the other"
            : null;
    }

    private static string Suggest(Project project) =>
        project.Company?.En is { } company && Slugs.IsSafeKey(Slug(company) + "-" + project.District) ? Slug(company) + "-" + project.District
        : Slugs.IsSafeKey(Slug(project.Name.En)) ? Slug(project.Name.En) : "my-project";

    private static string Slug(string text) =>
        string.Join('-', new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Entries of one project (same id) that state different districts or investments.</summary>
    private static IEnumerable<Diagnostic> Disagreements(ProjectEntry entry)
    {
        var first = entry.Mentions[0];
        foreach (var other in entry.Mentions.Skip(1))
        {
            if (other.Project.District != first.Project.District)
            {
                yield return Diagnostic.Warning(other.Article.Source.File, other.Project.Line,
                    $"project id \"{entry.Project.Id}\" is in district {other.Project.District} here but {first.Project.District} at {first.Article.Source.File}:{first.Project.Line}; make them agree");
            }

            if (other.Project.Investment is { } x && first.Project.Investment is { } y && x != y)
            {
                yield return Diagnostic.Warning(other.Article.Source.File, other.Project.Line,
                    $"project id \"{entry.Project.Id}\" states investment {x.ToString(CultureInfo.InvariantCulture)} here but {y.ToString(CultureInfo.InvariantCulture)} at {first.Article.Source.File}:{first.Project.Line}; make them agree");
            }
        }
    }

    private static string Value(Figure figure) => YamlText.Number(figure.Value) + figure.Unit;
}
