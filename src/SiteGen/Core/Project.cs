namespace SiteGen.Core;

/// <summary>
/// A curated investment project reported by an article (front matter <c>projects:</c>). Language-neutral
/// facts live once in the zh source; names are given in both languages. <see cref="Quote"/> is the
/// article text it was taken from, so every project is traceable. <see cref="Id"/> names a project that
/// several articles report: entries with the same id are one project with several sources.
/// <see cref="Line"/> is the front-matter line of the entry.
/// </summary>
internal sealed record Project(
    Bilingual Name,
    Bilingual? Company,
    string District,
    string Sector,
    decimal? Investment,
    Bilingual? Capacity,
    string Status,
    int? Year,
    string Quote,
    string? Id = null,
    int Line = 0)
{
    /// <summary>Statuses in the order a project moves through them.</summary>
    public static readonly string[] Statuses = ["planned", "signed", "under-construction", "in-operation"];

    /// <summary>1000万亿 yuan: more than any real project, small enough that any sum of projects fits a decimal.</summary>
    public const decimal MaxInvestment = 1_000_000_000_000_000m;
}

/// <summary>An industry sector projects are filed under (input/data/sectors.yml).</summary>
internal sealed record Sector(string Key, Bilingual Name, int Order);
