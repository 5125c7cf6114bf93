using System.Text.RegularExpressions;
using SiteGen.Core;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Snapshots;

/// <summary>
/// Snapshot of each page kind in both languages (Verify's file convention:
/// PageSnapshotTests.&lt;name&gt;.verified.html beside this file; asset fingerprints scrubbed).
/// </summary>
public sealed partial class PageSnapshotTests : IClassFixture<PageSnapshotTests.SnapshotSite>
{
    private readonly SnapshotSite _site;

    public PageSnapshotTests(SnapshotSite site) => _site = site;

    public sealed class SnapshotSite : IDisposable
    {
        public SnapshotSite()
        {
            var hash = TranslationHash.Of("汉南新能源电池项目开工", "摘要。", "\n" + Body + "\n");
            Site = new TestSite(
                TestSite.Zh("hannan-battery", title: "汉南新能源电池项目开工", body: Body, extra: "aliases: [/zh/articles/old-battery/]\nnotes:\n  - { date: 2024-05-02, zh: \"编辑更正了投资额。\", en: \"The editors corrected the amount invested.\" }\n").Replace("topics: []", "topics: [new-energy-vehicles]", StringComparison.Ordinal)
                + TestSite.En("hannan-battery", hash, title: "Hannan battery project breaks ground", body: "The **CALB** base in Hannan.\n\n## I. Background\n\nDetails & more <b>text</b>.\n\n## II. Progress\n\nPhase one has started.\n\n## III. Outlook\n\nPhase two will follow.")
                + TestSite.Zh("hanyang-report", title: "汉阳区政府工作报告", district: "hanyang", date: "2021-01-05", body: "汉阳区2020年工作回顾。"));
            Assert.Equal(0, Site.Build().ExitCode);
        }

        private const string Body = "中创新航武汉基地总投资100亿元。\n\n## 一、项目背景\n\n项目位于武汉经开区。\n\n## 二、建设进展\n\n一期已开工。\n\n## 三、发展前景\n\n二期将投产。";

        internal TestSite Site { get; }

        public void Dispose() => Site.Dispose();
    }

    [GeneratedRegex(@"(/assets/[^""]+?)\.[0-9a-f]{10}\.")]
    private static partial Regex Fingerprint();

    [Theory]
    [InlineData("chooser", "/")]
    [InlineData("zh-home", "/zh/")]
    [InlineData("en-home", "/en/")]
    [InlineData("zh-article", "/zh/articles/hannan-battery/")]
    [InlineData("en-article", "/en/articles/hannan-battery/")]
    [InlineData("en-article-fallback", "/en/articles/hanyang-report/")]
    [InlineData("zh-articles", "/zh/articles/")]
    [InlineData("en-districts", "/en/districts/")]
    [InlineData("zh-district", "/zh/districts/hannan/")]
    [InlineData("en-district", "/en/districts/hannan/")]
    [InlineData("zh-summary", "/zh/summary/")]
    [InlineData("en-summary", "/en/summary/")]
    [InlineData("en-search", "/en/search/")]
    [InlineData("zh-topics", "/zh/topics/")]
    [InlineData("en-topic", "/en/topics/new-energy-vehicles/")]
    [InlineData("zh-glossary", "/zh/glossary/")]
    [InlineData("en-glossary", "/en/glossary/")]
    [InlineData("zh-404", "/zh/404.html")]
    [InlineData("en-404", "/en/404.html")]
    [InlineData("en-feed", "/en/feed.xml")]
    [InlineData("sitemap", "/sitemap.xml")]
    public void Page(string name, string url)
    {
        var text = Fingerprint().Replace(_site.Site.Page(url), "$1.HASH.");
        var ext = url.EndsWith(".xml", StringComparison.Ordinal) ? "xml" : "html";
        Snapshot.Match(Path.Combine(Repo.TestsDir, "Snapshots", $"PageSnapshotTests.{name}.verified.{ext}"), text);
    }
}
