namespace SiteGen.Render;

// What templates see: plain typed values, already in the page's language. Text is escaped in the
// templates; only *Html members are rendered HTML. A *Lang member is set when that text is in the
// other language, so templates can mark it (lang="zh-CN" on an English page).

internal sealed record Link(string Url, string Text, string? Lang = null);

/// <summary>A page model that shows tables; those with downloads are also published as CSV and JSON beside the page.</summary>
internal interface IHasTables
{
    IReadOnlyList<Table> Tables { get; }
}

internal sealed record Alternate(string Hreflang, string Href);

internal sealed record NavLink(string Url, string Text, bool Current);

/// <summary>What every page shows of the site: its title, the language, the named URLs of its site-wide pages, the navigation, the assets.</summary>
internal sealed record SiteView(
    string Title,
    string Description,
    string Lang,
    string HtmlLang,
    Core.SiteUrls Urls,
    IReadOnlyList<NavLink> Nav,
    Link? OtherLanguage,
    string CssUrl,
    string JsUrl,
    string FaviconUrl,
    string Publisher);

internal sealed record HeadView(
    string Kind,
    string Title,
    string Description,
    string Url,
    string Canonical,
    IReadOnlyList<Alternate> Alternates,
    string OgType,
    string OgLocale,
    string? OgLocaleAlternate,
    bool Noindex,
    string? TextLang = null)
{
    /// <summary>The page's structured data (<see cref="StructuredData"/>), JSON-LD escaped for a script element; null for none.</summary>
    public string? JsonLd { get; init; }
}

/// <summary>An article as lists show it. <see cref="Date"/> is the day the source listed it; <see cref="Original"/> the day the original was given or issued, where known.</summary>
internal sealed record ArticleCard(
    string Url,
    string Title,
    string? TitleLang,
    string Date,
    string DateIso,
    string? Reports,
    Link District,
    string Summary,
    string? SummaryLang,
    string? Badge)
{
    public string? Original { get; init; }

    public string? OriginalIso { get; init; }
}

internal sealed record Notice(string Kind, string Text, Link? Link)
{
    /// <summary>On a stale translation: what changed in the zh text since (<see cref="TranslationNotices.Changes"/>).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];
}

internal sealed record ArticleView(
    ArticleCard Card,
    Link? Original,
    string Source,
    string? SourceLang,
    IReadOnlyList<Link> Topics,
    string BodyHtml,
    IReadOnlyList<BodyHeading> Contents,
    string? BodyLang,
    bool ShowLead,
    Notice? Notice,
    ArticleCard? Newer,
    ArticleCard? Older,
    IReadOnlyList<ArticleCard> Related,
    IReadOnlyList<Table> Tables,
    string? Period = null) : IHasTables
{
    /// <summary>Editor's notes: what the editors changed relative to the source.</summary>
    public IReadOnlyList<NoteView> Notes { get; init; } = [];

    /// <summary>An English page's translation status, linked to the method page (<see cref="TranslationNotices.Status"/>).</summary>
    public Link? Translation { get; init; }

    /// <summary>Glossary terms whose first use in the body links here.</summary>
    public IReadOnlyList<TermView> Terms { get; init; } = [];

    /// <summary>The original article where it is published (front matter <c>source_url</c>), or null.</summary>
    public Link? SourceLink { get; init; }

    /// <summary>How to cite this page: its title, the publisher, its date and address.</summary>
    public CitationView? Citation { get; init; }
}

/// <summary>An editor's note as shown: label, date and text in the page's language.</summary>
internal sealed record NoteView(string Label, string Date, string DateIso, string Text);

/// <summary>A glossary term: anchor id, English rendering, Chinese term, note, and where it is used.</summary>
internal sealed record TermView(string Id, string En, string Zh, string Notes, string GlossaryUrl, IReadOnlyList<ArticleCard> UsedIn)
{
    /// <summary>The glossary lists at most this many articles per term, the latest; <see cref="More"/> searches for the rest (its intro, glossary_intro in theme/i18n, says so).</summary>
    public const int MaxUsedIn = 10;

    /// <summary>When more articles use the term than <see cref="UsedIn"/> lists: how many more, linked to a search for the term.</summary>
    public Link? More { get; init; }
}

internal sealed record GlossaryView(IReadOnlyList<TermView> Terms);

internal sealed record DistrictCard(string Key, string Url, string Name, string Description, int Count, string CountText, string? ProjectsText);

internal sealed record Stat(string Value, string Label);

/// <summary>The stated project investment as a reader should read it: "CNY 10 billion stated for 1 of 96 projects", or "not stated".</summary>
internal sealed record InvestmentStat(string Value, string Note);

/// <summary>
/// A key figure: what it measures (with measure), linked to the indicator's page; the value with its bound; the
/// period; the status (as shown, and its code for styling); the district when it is not the page's; the sentence it
/// comes from, linked; and for a level, its change on the period before.
/// </summary>
internal sealed record KeyFigure(string Label, string IndicatorUrl, string Value, string Period, string Status, string StatusCode, Link? District, Link Source, string Sentence, string? SentenceLang)
{
    public KeyChange? Change { get; init; }
}

/// <summary>A change on the period before: its label ("Change (year on year)", "Change on 2019, computed") and value; computed when no article states it.</summary>
internal sealed record KeyChange(string Label, string Value, bool Computed);

/// <summary>The key figures of a page (the latest reported value per indicator) and its targets.</summary>
internal sealed record KeyFiguresView(IReadOnlyList<KeyFigure> Figures, IReadOnlyList<KeyFigure> Targets);

internal sealed record HomeView(IReadOnlyList<Stat> Stats, int ProjectCount, InvestmentStat? Investment, KeyFiguresView KeyFigures, IReadOnlyList<ArticleCard> Latest, IReadOnlyList<DistrictCard> Districts);

internal sealed record ArticlesView(IReadOnlyList<ArticleCard> Articles, Pager? Pager = null);

/// <summary>
/// Where a list page is among the pages of a long list (null on a list that fits one page): its number, the range of
/// cards it shows, the newer and older pages, and the numbered links (the first, the last and those near this one;
/// a link without a URL is a gap).
/// </summary>
internal sealed record Pager(int Number, int Count, string Status, string? Newer, string? Older, IReadOnlyList<PagerLink> Links);

/// <summary>A numbered link of a <see cref="Pager"/> with its spoken label ("Page 3"); <see cref="Url"/> is null for a gap ("…") between numbers.</summary>
internal sealed record PagerLink(string? Url, string Text, string? Label, bool Current);

/// <summary>The search page: Pagefind's UI strings in the page's language, as the JSON its script reads.</summary>
internal sealed record SearchView(string TranslationsJson);

internal sealed record DistrictsView(IReadOnlyList<DistrictCard> Districts);

internal sealed record DistrictView(DistrictCard District, string Kind, IReadOnlyList<ArticleCard> Articles, IReadOnlyList<Table> Tables, Pager? Pager = null) : IHasTables
{
    /// <summary>On the district's first page: its key figures and targets, shown before its tables.</summary>
    public KeyFiguresView? KeyFigures { get; init; }
}

internal sealed record SummaryView(KeyFiguresView KeyFigures, IReadOnlyList<Table> Tables) : IHasTables;

/// <summary>One coverage count on the method page: what is counted, and how many of how many.</summary>
internal sealed record CoverageLine(string Label, string Value);

internal sealed record MethodView(IReadOnlyList<CoverageLine> Coverage, IReadOnlyList<CoverageLine> ByStatus, IReadOnlyList<CoverageLine> ByMeasure)
{
    /// <summary>English translations by status (and those not yet translated).</summary>
    public IReadOnlyList<CoverageLine> ByTranslation { get; init; } = [];
}

/// <summary>The codebook page: one section per kind of downloadable table.</summary>
internal sealed record CodebookView(IReadOnlyList<CodebookSection> Sections);

/// <summary>A kind of table: its anchor, what it holds, every file of that kind (the site's and each district's), and its columns.</summary>
internal sealed record CodebookSection(string Id, string Description, IReadOnlyList<CodebookFile> Files, IReadOnlyList<CodebookColumn> Columns);

/// <summary>One downloadable table: its caption and its CSV and JSON links.</summary>
internal sealed record CodebookFile(string Caption, IReadOnlyList<Link> Downloads);

/// <summary>A column of a download: its CSV header (in the page's language), its JSON key, what it means and the values it takes.</summary>
internal sealed record CodebookColumn(string Header, string Key, string Meaning, string Values);

internal sealed record TopicCard(string Key, string Url, string Name, int Count, string CountText, string? ProjectsText);

internal sealed record TopicsView(IReadOnlyList<TopicCard> Topics);

internal sealed record TopicView(TopicCard Topic, string Description, IReadOnlyList<ArticleCard> Articles, IReadOnlyList<Table> Tables, Pager? Pager = null) : IHasTables;

internal sealed record NotFoundView(IReadOnlyList<ArticleCard> Latest, IReadOnlyList<DistrictCard> Districts);

internal sealed record ChooserView(IReadOnlyList<ChooserLanguage> Languages);

internal sealed record ChooserLanguage(string Lang, string HtmlLang, string Url, string SiteTitle, string LanguageName, string Description, string Enter);

/// <summary>
/// A data table: caption, header cells, rows; numeric columns sort as numbers. This is the data (the
/// downloads hold it all); <see cref="Shown"/> is how a page presents it (see <see cref="TableLayout"/>).
/// </summary>
internal sealed record Table(
    string Id,
    string Caption,
    IReadOnlyList<Column> Columns,
    IReadOnlyList<Row> Rows,
    IReadOnlyList<Cell>? Footer,
    IReadOnlyList<Link> Downloads)
{
    /// <summary>Pages show at most this many rows; the downloads always hold every row.</summary>
    public const int MaxDisplayRows = 500;

    public int DisplayLimit => Math.Min(Rows.Count, MaxDisplayRows);

    public bool Truncated => Rows.Count > MaxDisplayRows;

    /// <summary>The URL of the page the table is shown on: a column whose every cell links there says nothing new.</summary>
    public string? PageUrl { get; init; }

    /// <summary>Charts drawn from this table's data, shown before it.</summary>
    public IReadOnlyList<Chart> Charts { get; init; } = [];

    /// <summary>Where the downloads' columns are explained: the codebook's section for this table (set with the downloads).</summary>
    public string? Codebook { get; init; }

    /// <summary>The table as the page shows it: important columns first, redundant ones left out.</summary>
    public ShownTable Shown => TableLayout.Show(this);
}

internal sealed record Column(string Key, string Label, bool Numeric, bool DownloadOnly = false);

internal sealed record Row(IReadOnlyList<Cell> Cells, string? Id = null);

/// <summary>
/// One table cell; <see cref="SortValue"/> is the raw number for sorting (null when unknown: never a
/// made-up 0), <see cref="Url"/> links the cell. <see cref="Links"/> is set instead when the cell names
/// several sources. <see cref="Coverage"/> says how many of the rows behind a total state a value.
/// <see cref="Download"/>, when set, is what the downloads hold instead of the page's words: a code the codebook
/// lists (over, estimate) or a language-neutral form (2016–2020).
/// </summary>
internal sealed record Cell(string Text, string? Url = null, string? Lang = null, string? SortValue = null, bool Header = false,
    IReadOnlyList<Link>? Links = null, Coverage? Coverage = null, string? Download = null);

/// <summary>A total over partly unknown values: <see cref="Stated"/> of <see cref="Of"/> rows state one.</summary>
internal sealed record Coverage(int Stated, int Of);

/// <summary>A table laid out for a page: the columns shown, in order, and the rows' cells in that order.</summary>
internal sealed record ShownTable(IReadOnlyList<Column> Columns, IReadOnlyList<ShownRow> Rows, IReadOnlyList<ShownCell>? Footer, bool Wide);

internal sealed record ShownRow(string? Id, IReadOnlyList<ShownCell> Cells);

/// <summary>A cell with what the template needs from its column: numeric alignment, the label, and whether its link text may be shortened.</summary>
internal sealed record ShownCell(string Text, string? Url, string? Lang, string? SortValue, bool Header, IReadOnlyList<Link>? Links, bool Numeric, string Label, bool Long, bool Prose = false);

/// <summary>A build-time SVG chart with its visible caption: title, unit, period and source.</summary>
internal sealed record Chart(string Id, string Title, string Unit, string? Period, string Source, string Svg, string Description)
{
    /// <summary>Names of the series of a stacked chart, in order (drawn as a legend); empty for one series.</summary>
    public IReadOnlyList<string> Legend { get; init; } = [];

    /// <summary>The series colour (1 to 6) of each <see cref="Legend"/> entry, where a series keeps its colour across charts; empty: in order.</summary>
    public IReadOnlyList<int> LegendColours { get; init; } = [];

    /// <summary>The kinds of mark a time series draws (actual, estimate, planned, range), each with its legend text.</summary>
    public IReadOnlyList<ChartMark> Marks { get; init; } = [];
}

/// <summary>A kind of mark in a chart's legend: its code (the CSS class of its sample) and what it stands for.</summary>
internal sealed record ChartMark(string Kind, string Text);
