using SiteGen.Core;

namespace SiteGen.Site;

/// <summary>
/// One project, one entry: article entries that share a project <c>id</c> become one
/// <see cref="ProjectEntry"/> with several sources. The merged facts take each value from the newest
/// article that states it; the status is the furthest one reported (a project signed in one article
/// and under construction in a later one is under construction).
/// </summary>
internal static class ProjectMerger
{
    public static IReadOnlyList<ProjectEntry> Merge(IReadOnlyList<ArticleEntry> articlesNewestFirst)
    {
        var mentions = articlesNewestFirst.SelectMany(a => a.Source.Projects.Select(p => new ProjectMention(p, a))).ToList();
        var result = new List<ProjectEntry>();
        var byId = new Dictionary<string, List<ProjectMention>>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Project.Id is not { } id)
            {
                result.Add(new ProjectEntry(mention.Project, [mention]));
                continue;
            }

            if (!byId.TryGetValue(id, out var list))
            {
                list = [];
                byId[id] = list;
                result.Add(new ProjectEntry(mention.Project, list));
            }

            list.Add(mention);
        }

        return result.Select(e => e.Mentions.Count == 1 ? e : e with { Project = Combine(e.Mentions.Select(m => m.Project).ToList()) }).ToList();
    }

    private static Project Combine(IReadOnlyList<Project> entries)
    {
        var first = entries[0];
        return first with
        {
            Company = entries.Select(p => p.Company).FirstOrDefault(c => c is not null),
            Investment = entries.Select(p => p.Investment).FirstOrDefault(i => i is not null),
            Capacity = entries.Select(p => p.Capacity).FirstOrDefault(c => c is not null),
            Year = entries.Select(p => p.Year).FirstOrDefault(y => y is not null),
            Status = entries.Select(p => p.Status).MaxBy(s => Array.IndexOf(Project.Statuses, s))!,
        };
    }
}
