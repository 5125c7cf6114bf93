using SiteGen.Core;
using SiteGen.Content;

namespace SiteGen.Site;

/// <summary>Links translations, districts and topics into a <see cref="SiteModel"/>; drafts only when asked.</summary>
internal static class SiteModelBuilder
{
    public static SiteModel Build(ContentSet content, bool includeDrafts)
    {
        var translations = content.Translations.ToDictionary(t => t.Slug, StringComparer.Ordinal);
        var districts = content.Districts.ToDictionary(d => d.Key, StringComparer.Ordinal);
        var topics = content.Topics.ToDictionary(t => t.Key, StringComparer.Ordinal);

        var articles = content.Sources
            .Where(s => includeDrafts || !s.Draft)
            .Select(s =>
            {
                translations.TryGetValue(s.Slug, out var translation);
                var state = translation is null ? TranslationState.Missing
                    : translation.SourceHash == s.TranslationHash ? TranslationState.Current
                    : TranslationState.Stale;
                return new ArticleEntry(s, translation, state, districts[s.District],
                    s.Topics.Count == 0 ? [] : s.Topics.Select(t => topics[t]).OrderBy(t => t.Order).ToList());
            })
            .OrderByDescending(a => a.Source.Date)
            .ThenBy(a => a.Slug, StringComparer.Ordinal)
            .Select((a, i) => a with { Index = i })
            .ToList();

        var projects = ProjectMerger.Merge(articles);
        var districtEntries = content.Districts
            .OrderBy(d => d.Order)
            .Select(d => new DistrictEntry(d,
                articles.Where(a => a.District.Key == d.Key).ToList(),
                projects.Where(p => p.Project.District == d.Key).OrderByDescending(p => p.Article.Source.Date)
                    .ThenBy(p => p.Article.Slug, StringComparer.Ordinal).ThenBy(p => p.Project.Name.Zh, StringComparer.Ordinal).ToList()))
            .ToList();

        return new SiteModel(content.Config, new Urls(content.Config.BaseUrl), articles, districtEntries,
            content.Topics.OrderBy(t => t.Order).ToList(), content.Sectors.OrderBy(s => s.Order).ToList(), content.Units, content.Indicators)
        {
            Editorial = content.Editorial,
        };
    }
}
