using System.Text.Json;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Publish;

/// <summary>
/// The downloads of the real site keep what a figure is (period as a range, bound, place, measure, status, source), agree
/// with the pages and with each other, and the codebook at /{lang}/data/ describes every download and every column.
/// </summary>
public sealed partial class DownloadColumnsTests(DownloadColumnsTests.RealSite site) : IClassFixture<DownloadColumnsTests.RealSite>
{
    public sealed class RealSite : IDisposable
    {
        private readonly TempDir _temp = new();

        public RealSite()
        {
            var result = RunCli.Run(Repo.Root, "build", "--no-search", "--output", Output);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(result.Stderr);
            }
        }

        public string Output => _temp["output"];

        public string Read(string url) => File.ReadAllText(Path.Combine(Output, SiteGen.Core.Urls.OutputPath(url)));

        public void Dispose() => _temp.Dispose();
    }

    [GeneratedRegex(@"<code>([^<]+)</code>")]
    private static partial Regex CodeKey();

    /// <summary>The rows of a CSV download (RFC 4180: quoted fields, doubled quotes, CRLF), the header first, without the byte order mark.</summary>
    private List<string[]> Csv(string url)
    {
        var text = site.Read(url).TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        return rows;
    }

    private static Dictionary<string, string> Row(List<string[]> rows, Func<Dictionary<string, string>, bool> which)
    {
        var header = rows[0];
        return rows.Skip(1).Select(r => header.Zip(r).ToDictionary(p => p.First, p => p.Second)).Single(which);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_codebook_lists_every_download_and_every_json_key_of_it(string lang)
    {
        var codebook = site.Read($"/{lang}/data/");
        var keys = CodeKey().Matches(codebook).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(Path.Combine(site.Output, lang, "data"), "*.json");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            Assert.Contains($"href=\"/{lang}/data/{name}.csv\"", codebook, StringComparison.Ordinal);
            Assert.Contains($"href=\"/{lang}/data/{name}.json\"", codebook, StringComparison.Ordinal);
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray())
            {
                foreach (var property in row.EnumerateObject().Where(p => !p.Name.EndsWith("_urls", StringComparison.Ordinal)))
                {
                    Assert.True(keys.Contains(property.Name), $"{lang}/data/{name}.json has \"{property.Name}\", which the codebook does not describe");
                }
            }
        }
    }

    [Theory]
    [InlineData("en", "/en/summary/")]
    [InlineData("zh", "/zh/districts/hanyang/")]
    public void Every_tables_download_links_lead_to_its_codebook_section(string lang, string page)
    {
        var html = site.Read(page);
        var codebook = site.Read($"/{lang}/data/");
        var links = Regex.Matches(html, $"href=\"/{lang}/data/#([a-z-]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(Regex.Matches(html, "class=\"downloads\"").Count, links.Count);
        Assert.All(links, id => Assert.Contains($"id=\"{id}\"", codebook, StringComparison.Ordinal));
    }

    [Fact]
    public void Indicator_downloads_keep_the_period_range_bound_place_measure_status_and_source()
    {
        var rows = Csv("/en/data/indicators.csv");
        Assert.Equal(
            ["Indicator", "Indicator key", "Place", "Place URL", "Place key", "Period", "Period start", "Period end", "Measure", "Base", "Status", "Value", "Bound", "Unit", "Chinese wording", "Sources", "Sources URL"],
            rows[0]);

        // 地区生产总值突破1100亿元 in Hanyang's “十四五” targets: more than 110 billion, 2021–2025, a target.
        var target = Row(rows, r => r["Place key"] == "hanyang" && r["Value"] == "110000000000");
        Assert.Equal(("2021–2025", "2021", "2025", "level", "target", "over", "gdp"), (target["Period"], target["Period start"], target["Period end"], target["Measure"], target["Status"], target["Bound"], target["Indicator key"]));
        Assert.StartsWith("https://wuhan-invest.netlify.app/en/articles/hanyang-2025-07-07-51ed49/#figure-", target["Sources URL"], StringComparison.Ordinal);

        // 预计全年…；固定资产投资438亿元: an estimate.
        Assert.Equal("estimate", Row(rows, r => r["Place key"] == "hanyang" && r["Value"] == "43800000000")["Status"]);

        // 武汉经开区…总投资超400亿元 in a Hannan article: the development zone's, since April 2023, more than.
        var zone = Row(rows, r => r["Value"] == "40000000000");
        Assert.Equal(("wuhan-economic-development-zone", "2023–", "2023", "", "cumulative", "over"), (zone["Place key"], zone["Period"], zone["Period start"], zone["Period end"], zone["Measure"], zone["Bound"]));

        // The CALB base's 100亿元 is the project's, never an indicator.
        Assert.DoesNotContain(rows, r => r.Contains("10000000000"));
    }

    [Fact]
    public void The_pages_the_csv_and_the_json_agree_on_a_figure_in_both_languages()
    {
        var en = Row(Csv("/en/data/indicators.csv"), r => r["Value"] == "40000000000");
        var zh = Row(Csv("/zh/data/indicators.csv"), r => r["数值"] == "40000000000");
        Assert.Equal((en["Place key"], en["Period"], en["Bound"], en["Status"], en["Measure"]), (zh["地区键"], zh["期间"], zh["界限"], zh["状态"], zh["类型"]));

        using var json = JsonDocument.Parse(site.Read("/en/data/indicators.json"));
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("value").GetDecimal() == 40000000000m);
        Assert.Equal((2023m, JsonValueKind.Null, "over", "2023–"), (row.GetProperty("period_start").GetDecimal(), row.GetProperty("period_end").ValueKind, row.GetProperty("bound").GetString(), row.GetProperty("period").GetString()));

        Assert.Contains("more than CNY 40 billion", site.Read("/en/districts/wuhan-economic-development-zone/"), StringComparison.Ordinal);
        Assert.Contains("超过400亿元", site.Read("/zh/districts/wuhan-economic-development-zone/"), StringComparison.Ordinal);
        Assert.DoesNotContain("400亿元", site.Read("/zh/districts/hannan/").Split("<table")[1..].FirstOrDefault(t => t.Contains("indicator", StringComparison.Ordinal)) ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_projects_figures_are_in_the_project_table_and_link_their_sentence()
    {
        var row = Row(Csv("/en/data/projects.csv"), r => r["Project"] == "CALB Wuhan base for power batteries and energy storage batteries" || r["Project"] == "CALB Wuhan base");
        Assert.Contains("CNY 10 billion", row["Figures stated"], StringComparison.Ordinal);
        Assert.Contains("nearly 600 mu", row["Figures stated"], StringComparison.Ordinal);
        // A planned capacity says so; an actual investment needs no word.
        Assert.Contains("CNY 10 billion; 20 GWh (plan);", row["Figures stated"], StringComparison.Ordinal);
        Assert.Contains("规划产能20GWh（计划）", site.Read("/zh/districts/hannan/"), StringComparison.Ordinal);
        Assert.Contains("/en/articles/hannan-2025-07-07-e145d5/#figure-", row["Figures stated URL"], StringComparison.Ordinal);
        Assert.Contains("总投资100亿元", site.Read("/zh/districts/hannan/"), StringComparison.Ordinal);
    }
}
