using AngleSharp.Dom;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>How every table of the real site is marked up: the same markup at every width, which the theme lays out as a table or as cards.</summary>
public sealed partial class SmokeTests
{
    [Fact]
    public void Every_table_has_a_caption_header_cells_and_a_label_on_each_data_cell()
    {
        var tables = 0;
        foreach (var file in _site.HtmlFiles)
        {
            var page = HtmlScan.Parse(File.ReadAllText(file));
            foreach (var table in page.QuerySelectorAll("table.data-table"))
            {
                tables++;
                var where = $"{_site.Url(file)} #{table.Closest("section")?.Id}";
                Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{where}: no caption");
                var headers = table.QuerySelectorAll("thead th").ToList();
                Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
                foreach (var row in table.QuerySelectorAll("tbody tr, tfoot tr"))
                {
                    var cells = row.Children.ToList();
                    Assert.True(cells.Count == headers.Count, $"{where}: a row has {cells.Count} cells for {headers.Count} columns");
                    for (var i = 0; i < cells.Count; i++)
                    {
                        var cell = cells[i];
                        if (cell.LocalName == "th")
                        {
                            Assert.Equal("row", cell.GetAttribute("scope"));
                        }
                        else if (!cell.ClassList.Contains("empty"))
                        {
                            // The card layout shows each value after its column's name: the name the header cell gives.
                            Assert.True(cell.GetAttribute("data-label") == headers[i].TextContent.Trim(), $"{where}: cell {i} is labelled \"{cell.GetAttribute("data-label")}\", its column \"{headers[i].TextContent.Trim()}\"");
                        }
                    }
                }
            }
        }

        Assert.True(tables > 20, $"{tables} tables");
    }

    [Fact]
    public void Every_table_region_is_named_by_its_caption_and_no_two_landmarks_of_a_page_share_a_name()
    {
        foreach (var file in _site.HtmlFiles)
        {
            var page = HtmlScan.Parse(File.ReadAllText(file));
            var names = new List<string>();
            foreach (var region in page.QuerySelectorAll("[role=region], section[aria-labelledby], section[aria-label], nav, aside[aria-labelledby]"))
            {
                var name = region.GetAttribute("aria-label") ?? string.Join(" ", (region.GetAttribute("aria-labelledby") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(id => page.GetElementById(id)?.TextContent.Trim() ?? $"(no #{id})"));
                names.Add($"{Role(region)}: {name}");
            }

            foreach (var table in page.QuerySelectorAll("table.data-table"))
            {
                var region = table.Closest("[role=region]");
                Assert.True(region is not null, $"{_site.Url(file)}: a table outside a named region");
                Assert.Equal(table.QuerySelector("caption")!.Id, region!.GetAttribute("aria-labelledby"));
            }

            var repeated = names.GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
            Assert.True(repeated.Count == 0, $"{_site.Url(file)}: landmarks with the same name: {string.Join("; ", repeated)}");
        }
    }

    private static string Role(IElement element) => element.GetAttribute("role") ?? (element.LocalName == "section" ? "region" : element.LocalName);
}
