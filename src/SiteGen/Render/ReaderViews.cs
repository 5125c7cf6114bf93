namespace SiteGen.Render;

// What the indicator pages and the about page show (see Views.cs for the conventions).

/// <summary>
/// One headline indicator across periods and districts: what it measures, its unit and caveats, where and when the
/// articles report it, its charts and its table of every figure (with downloads), and how to cite the page.
/// </summary>
internal sealed record IndicatorView(string Name, string Definition, string? Unit, string? Caveats, IReadOnlyList<Link> Districts, string Period, string Counts,
    IReadOnlyList<Table> Tables, CitationView Citation, string? DataAsOf) : IHasTables;

/// <summary>An indicator as the list of indicators shows it: its name linked to its page, its definition, and what the site has of it.</summary>
internal sealed record IndicatorCard(string Url, string Name, string Definition, string Counts, string Period, string Districts);

internal sealed record IndicatorsView(IReadOnlyList<IndicatorCard> Indicators);

/// <summary>
/// The about page: who publishes the site, the licence of its text and data, how current it is, how it is made, how
/// to report an error and how to cite it.
/// </summary>
internal sealed record AboutView(string Publisher, Link License, string? DataAsOf, string? DataAsOfIso, int Articles, CitationView Citation, Link? Contact);

/// <summary>A "Cite this" line, split around the cited page's title (which may be in the other language: <see cref="TitleLang"/>).</summary>
internal sealed record CitationView(string Before, string Title, string After, string? TitleLang);
