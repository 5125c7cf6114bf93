using CsCheck;
using SiteGen.Core;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The duplicate-project check finds the same pairs as comparing every pair of projects (the oracle here), without
/// doing so: its candidates are found by grouping names and companies and looking names up by their substrings.
/// </summary>
public sealed class DuplicateProjectTests
{
    /// <summary>Short names from a few characters, so that names contain one another often; a few companies, districts and ids.</summary>
    private static readonly Gen<Project> OneProject =
        Gen.Select(Gen.String[Gen.Char["园区港一二"], 0, 5], Gen.Int[0, 3], Gen.Int[0, 2], Gen.Int[0, 3], (name, company, district, id) =>
            new Project(new Bilingual(name, "n"), company == 0 ? null : new Bilingual("公司" + company, "c"), "d" + district, "s", null, null, "signed", null, "q",
                id == 0 ? null : "id-" + id));

    private static List<(int, int)> EveryPair(IReadOnlyList<Project> projects) =>
        [.. from i in Enumerable.Range(0, projects.Count)
            from j in Enumerable.Range(i + 1, projects.Count - i - 1)
            where NumberChecks.Reason(projects[i], projects[j]) is not null
            select (i, j)];

    private static List<(int, int)> FromCandidates(IReadOnlyList<Project> projects)
    {
        var candidates = NumberChecks.Candidates(projects);
        return [.. from i in Enumerable.Range(0, projects.Count)
            from j in candidates[i]
            where NumberChecks.Reason(projects[i], projects[j]) is not null
            select (i, j)];
    }

    [Fact]
    public void Candidates_give_the_pairs_of_comparing_every_pair_in_the_same_order() =>
        OneProject.List[0, 40].Sample(projects => Assert.Equal(EveryPair(projects), FromCandidates(projects)), iter: Fuzz.Iterations(2000), seed: Fuzz.Seed);

    [Fact]
    public void Candidates_are_later_projects_in_order_without_repeats()
    {
        var projects = new[] { "港", "一港二", "港", "园区", "一港" }.Select(n => new Project(new Bilingual(n, "n"), null, "d", "s", null, null, "signed", null, "q")).ToList();
        var candidates = NumberChecks.Candidates(projects);
        Assert.Equal([1, 2, 4], candidates[0]);
        Assert.Equal([2, 4], candidates[1]);
        Assert.Equal([4], candidates[2]);
        Assert.Empty(candidates[3]);
        Assert.Empty(candidates[4]);
    }
}
