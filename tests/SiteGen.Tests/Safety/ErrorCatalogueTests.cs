using System.Text;
using SiteGen.Core;
using SiteGen.Serve;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Safety;

/// <summary>
/// The catalogue of issue #10: each bad input gets one clear file:line error (or warning), exit 0/1,
/// no stack trace, and a previous output stays exactly as it was.
/// </summary>
public sealed class ErrorCatalogueTests
{
    private const string Valid = "测试标题";

    private static string HashOf(string title = Valid, string body = "正文第一段。") => TranslationHash.Of(title, "摘要。", "\n" + body + "\n");

    /// <summary>Builds a good site, applies <paramref name="breakIt"/>, builds again: exit 1, the message, output unchanged.</summary>
    private static CliResult FailsKeepingOutput(Action<TestSite> breakIt, string expected, string files = "")
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.En("a-1", HashOf()) + files);
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var before = Fingerprint.Of(site.Output);
        breakIt(site);
        var result = site.Build("--no-search");
        AssertClean(result);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.Equal(before, Fingerprint.Of(site.Output));
        Assert.Empty(Fingerprint.Leftovers(site.Output));
        return result;
    }

    private static void AssertClean(CliResult result)
    {
        Assert.True(result.ExitCode is 0 or 1 or 2, $"exit {result.ExitCode}");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen.Core", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Operation is not valid", result.Stderr, StringComparison.Ordinal);
    }

    private static int ErrorCount(CliResult result) => result.Stderr.Split('\n').Count(l => l.Contains(": error: ", StringComparison.Ordinal));

    [Fact]
    public void An_unclosed_bracket_in_front_matter_is_one_error_at_its_line_for_build_check_and_status()
    {
        var result = FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1").Replace("topics: []", "topics: [a, b", StringComparison.Ordinal)),
            "input/articles/zh/a-1.md:8: error: invalid YAML: YAML cannot be read from here on: is a `[`, `{` or quote left open?");
        Assert.Equal(1, ErrorCount(result));
        using var site = new TestSite(TestSite.Zh("a-1").Replace("topics: []", "topics: [a, b", StringComparison.Ordinal) + TestSite.En("a-1", HashOf()));
        foreach (var command in new[] { "check", "translate-status" })
        {
            var checkResult = RunCli.Run(site.Root, command, "--input", site.Input);
            AssertClean(checkResult);
            Assert.Equal(1, checkResult.ExitCode);
            Assert.Contains("a-1.md:8: error: invalid YAML", checkResult.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("has no zh source", checkResult.Stderr, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("original_date: 2024-06-01\n", "input/articles/zh/a-1.md:5: error: \"original_date\" 2024-06-01 (when the original was given or issued) is after \"date\" 2024-05-01 (when the source listed it); correct one of them")]
    [InlineData("original_date: 2024-13-01\n", "input/articles/zh/a-1.md:5: error: \"original_date\" must be a date written yyyy-mm-dd, not \"2024-13-01\"")]
    public void An_original_date_must_be_a_date_no_later_than_the_listing(string line, string expected) =>
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1").Replace("district: hannan\n", "district: hannan\n" + line, StringComparison.Ordinal)), expected);

    [Fact]
    public void Editor_scratch_files_and_broken_symlinks_are_ignored_by_build_and_check()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + "-- input/articles/zh/a-1.md~ --\nold\n-- input/articles/zh/.DS_Store --\nx\n-- input/articles/zh/.a-1.md.swp --\nx\n");
        File.CreateSymbolicLink(Path.Combine(site.Input, "articles", "zh", ".#a-1.md"), "root@host.1234:1700000000");
        File.CreateSymbolicLink(Path.Combine(site.Input, "articles", "zh", "gone.md"), "nowhere.md");
        var build = site.Build("--no-search");
        AssertClean(build);
        Assert.True(build.ExitCode == 0, build.Stderr);
        var check = RunCli.Run(site.Root, "check", "--input", site.Input);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void Investments_too_large_to_sum_are_an_error_not_an_overflow()
    {
        const string projects = "projects:\n  - name: { zh: \"甲\", en: \"A\" }\n    district: hannan\n    sector: new-energy-vehicles\n    investment: 70000000000000000000000000000\n    status: signed\n    quote: \"正文\"\n  - name: { zh: \"乙\", en: \"B\" }\n    district: hannan\n    sector: new-energy-vehicles\n    investment: 70000000000000000000000000000\n    status: signed\n    quote: \"正文\"\n";
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1", extra: projects)), "a-1.md:13: error: \"investment\" 70000000000000000000000000000 is more than 1000000000000000 yuan");
    }

    [Fact]
    public void A_control_character_in_a_title_is_rejected_at_build()
    {
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1", title: "标题\\x1B[31m")), "input/articles/zh/a-1.md:2: error: \"title\" contains the control character U+001B");
    }

    [Fact]
    public void A_control_character_in_a_body_is_rejected_at_its_line()
    {
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1", body: "第一行。\n\n第二行\u0007。")), "input/articles/zh/a-1.md:13: error: this line contains the control character U+0007");
    }

    [Fact]
    public void Import_rejects_a_record_with_a_control_character_at_its_line_and_imports_the_others()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("a.txt", "-\n【武汉招商】好标题\n正文。\n2024-01-01\n-\n【武汉招商】坏\u001b标题\n正文。\n2024-01-02\n");
        var result = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        AssertClean(result);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a.txt:6: error: this line contains the control character U+001B", result.Stderr, StringComparison.Ordinal);
        var files = Directory.GetFiles(temp["input/articles/zh"]);
        Assert.Single(files);
        Assert.DoesNotContain("\u001b", File.ReadAllText(files[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_into_a_folder_it_cannot_write_is_an_error_not_a_crash()
    {
        using var temp = new TempDir();
        Repo.CopyData(temp["input"]);
        temp.Write("input/articles/zh", "a file where the folder should be");
        temp.Write("a.txt", "-\n【武汉招商】标题\n正文。\n2024-01-01\n");
        var result = RunCli.Run(temp.Path, "import", "a.txt", "--input", "input");
        AssertClean(result);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("input/articles/zh: error: cannot write the imported articles here", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_longer_than_a_million_characters_is_written_whole()
    {
        var body = string.Concat(Enumerable.Repeat(new string('长', 1000) + "。\n\n", 1200));
        using var site = new TestSite(TestSite.Zh("long-1", body: body));
        Assert.Equal(0, site.Build("--no-search").ExitCode);
        var page = site.Page("/zh/articles/long-1/");
        Assert.True(page.Length > 1_048_576, $"{page.Length} characters");
        Assert.EndsWith("</html>\n", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[点我](javascript:alert(1))", "link to \"javascript:alert(1)\" dropped")]
    [InlineData("[点我](JaVaScRiPt:alert(1))", "link to \"JaVaScRiPt:alert(1)\" dropped")]
    [InlineData("[点我](&#106;avascript&#58;alert(1))", "link to \"javascript:alert(1)\" dropped")]
    [InlineData("[点我](vbscript:msgbox)", "link to \"vbscript:msgbox\" dropped")]
    [InlineData("![点我](data:image/svg+xml;base64,PHN2Zz4=)", "image to \"data:image/svg+xml;base64,PHN2Zz4=\" dropped")]
    public void Unsafe_link_schemes_are_dropped_with_a_warning(string markdown, string warning)
    {
        using var site = new TestSite(TestSite.Zh("a-1", body: "正文 " + markdown + " 结束。"));
        var result = site.Build("--no-search");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input/articles/zh/a-1.md:11: warning: " + warning, result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        var page = site.Page("/zh/articles/a-1/");
        Assert.Contains("点我", page, StringComparison.Ordinal);
        foreach (var scheme in new[] { "javascript:", "vbscript:", "data:image" })
        {
            Assert.DoesNotContain(scheme, page, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Raw_html_when_allowed_still_goes_through_the_sanitizer()
    {
        using var site = new TestSite(TestSite.Zh("a-1", body: "正文 <b onclick=\"steal()\">粗</b><script>alert(1)</script> <a href=\"javascript:x()\">链</a>"));
        var config = Path.Combine(site.Input, "site.yml");
        File.WriteAllLines(config, File.ReadAllLines(config).Where(l => !l.StartsWith("allow_raw_html:", StringComparison.Ordinal)).Append("allow_raw_html: true"));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var page = site.Page("/zh/articles/a-1/");
        Assert.Contains("<b>粗</b>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(1)", page, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_cells_that_look_like_formulas_are_escaped_and_numbers_stay_numbers()
    {
        const string projects = "projects:\n  - name: { zh: \"=HYPERLINK(1)\", en: \"+cmd\" }\n    company: { zh: \"@SUM(A1)\", en: \"-2+3\" }\n    district: hannan\n    sector: new-energy-vehicles\n    investment: 10000000000\n    status: signed\n    quote: \"正文\"\n";
        using var site = new TestSite(TestSite.Zh("a-1", extra: projects));
        var result = site.Build("--no-search");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var zhFiles = Directory.GetFiles(Path.Combine(site.Output, "zh", "data"), "*.csv").Select(File.ReadAllText).Where(t => t.Contains("HYPERLINK", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(zhFiles);
        foreach (var csv in zhFiles)
        {
            Assert.Contains("'=HYPERLINK(1)", csv, StringComparison.Ordinal);
            Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
            Assert.DoesNotContain(",@", csv, StringComparison.Ordinal);
            Assert.DoesNotContain("\n=", csv, StringComparison.Ordinal);
        }

        Assert.Contains(zhFiles, csv => csv.Contains("'@SUM(A1)", StringComparison.Ordinal));
        Assert.Contains(zhFiles, csv => csv.Contains(",10000000000", StringComparison.Ordinal));
        Assert.DoesNotContain(zhFiles, csv => csv.Contains("'10000000000", StringComparison.Ordinal));
        var en = string.Concat(Directory.GetFiles(Path.Combine(site.Output, "en", "data"), "*.csv").Select(File.ReadAllText));
        Assert.Contains("'+cmd", en, StringComparison.Ordinal);
        Assert.Contains("'-2+3", en, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_zh_file_does_not_make_its_translation_an_orphan()
    {
        var result = FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1").Replace("date: 2024-05-01", "date: [", StringComparison.Ordinal)), "input/articles/zh/a-1.md:");
        Assert.DoesNotContain("has no zh source", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, ErrorCount(result));
    }

    [Fact]
    public void One_bad_key_in_districts_yml_is_one_error_in_yaml_terms()
    {
        var result = FailsKeepingOutput(s => File.WriteAllText(Path.Combine(s.Input, "data", "districts.yml"),
                File.ReadAllText(Path.Combine(s.Input, "data", "districts.yml")).Replace("- key: hannan\n", "- key: hannan\n  color: red\n", StringComparison.Ordinal)),
            "districts.yml");
        Assert.Equal(1, ErrorCount(result));
        Assert.Contains("unknown key \"color\"; allowed keys: key, kind, name, description, labels", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_key_in_a_districts_yml_entry_is_an_error()
    {
        var result = FailsKeepingOutput(s => File.WriteAllText(Path.Combine(s.Input, "data", "districts.yml"),
                File.ReadAllText(Path.Combine(s.Input, "data", "districts.yml")).Replace("- key: hannan\n", "- key: hannan\n  key: hanyang\n", StringComparison.Ordinal)),
            "duplicate key \"key\"");
        Assert.Equal(1, ErrorCount(result));
    }

    [Fact]
    public void A_missing_data_file_is_named_as_missing()
    {
        var result = FailsKeepingOutput(s => File.Delete(Path.Combine(s.Input, "data", "sectors.yml")), "input/data/sectors.yml: error: data file data/sectors.yml is missing");
        Assert.Equal(1, ErrorCount(result));
    }

    /// <summary>Every kind of page needs its layout: a missing one is named with its file before anything is read, whichever it is.</summary>
    [Theory]
    [InlineData("glossary")]
    [InlineData("topic")]
    [InlineData("topics")]
    [InlineData("article")]
    [InlineData("baseof")]
    public void A_missing_layout_is_an_error_naming_its_file(string layout)
    {
        using var theme = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        File.Delete(Path.Combine(theme.Path, "layouts", layout + ".sbn-html"));
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"layouts/{layout}.sbn-html: error: layout \"{layout}\" is missing from the theme", result.Stderr.Replace('\\', '/'), StringComparison.Ordinal);
        Assert.DoesNotContain("SiteGen bug", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_layout_syntax_error_is_not_also_reported_missing()
    {
        using var theme = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        File.AppendAllText(Path.Combine(theme.Path, "layouts", "home.sbn-html"), "{{ if }}");
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("home.sbn-html:", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("is missing from the theme", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_typo_in_the_ui_strings_fails_the_build()
    {
        using var theme = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        var en = Path.Combine(theme.Path, "i18n", "en.yml");
        File.WriteAllText(en, File.ReadAllText(en).Replace("\"{count} articles\"", "\"{cnt} articles\"", StringComparison.Ordinal));
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("en.yml:13: error: UI string \"article_count\" uses {cnt} here but {count} in zh.yml line", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, ErrorCount(result));
    }

    [Fact]
    public void A_negative_amount_is_an_error()
    {
        const string figures = "figures:\n  - value: -100\n    unit: 亿元\n    normalized: -10000000000\n    label: \"总投资\"\n    sentence: \"正文\"\n";
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1", extra: figures)), "a negative value is a decline, so write `measure: change`");
    }

    [Fact]
    public void A_source_hash_that_siteGen_did_not_write_is_an_error()
    {
        FailsKeepingOutput(s => s.Write(TestSite.En("a-1", "sha256:zzzz")), "input/articles/en/a-1.md:5: error: \"source_hash\" \"sha256:zzzz\" is not a hash SiteGen wrote");
    }

    [Theory]
    [InlineData("[/zh/]", "alias \"/zh/\" would redirect a page of the site itself")]
    [InlineData("[/en/districts/hannan/]", "alias \"/en/districts/hannan/\" would redirect a page of the site itself")]
    [InlineData("[\"/*\"]", "alias \"/*\" must be a site path")]
    [InlineData("[\"/old:slug\"]", "alias \"/old:slug\" must be a site path")]
    [InlineData("[/zh/articles/b-1/]", "is already the article")]
    [InlineData("[/en/articles/page/2/]", "alias \"/en/articles/page/2/\" would redirect a page of the site itself")]
    [InlineData("[/page/3]", "alias \"/page/3\" would redirect a page of the site itself")]
    [InlineData("[/zh/topics/investment/]", "alias \"/zh/topics/investment/\" would redirect a page of the site itself")]
    public void Aliases_that_shadow_a_page_or_act_as_wildcards_are_errors(string aliases, string expected)
    {
        FailsKeepingOutput(s => s.Write(TestSite.Zh("a-1", extra: $"aliases: {aliases}\n")), expected, TestSite.Zh("b-1"));
    }

    [Fact]
    public void The_slug_page_is_reserved_for_the_article_lists_later_pages()
    {
        FailsKeepingOutput(s => s.Write(TestSite.Zh("page")),
            "input/articles/zh/page.md:6: error: slug \"page\" is reserved: /zh/articles/page/2/ and so on are the article list's later pages");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10001")]
    public void A_page_size_out_of_range_is_an_error_at_its_line(string value)
    {
        FailsKeepingOutput(s => File.AppendAllText(Path.Combine(s.Input, "site.yml"), $"page_size: {value}\n"),
            $"input/site.yml:{File.ReadAllLines(Path.Combine(Repo.Input, "site.yml")).Length + 1}: error: page_size {value} must be from 1 to 10000");
    }

    [Fact]
    public void A_page_size_that_is_not_a_number_is_an_error_at_its_line()
    {
        FailsKeepingOutput(s => File.AppendAllText(Path.Combine(s.Input, "site.yml"), "page_size: many\n"), "\"page_size\" must be a whole number, not \"many\"");
    }

    [Fact]
    public void Stamp_refuses_a_zh_file_and_keeps_bom_and_crlf_of_an_en_file()
    {
        using var site = new TestSite(TestSite.Zh("a-1") + TestSite.En("a-1", "sha256:0000000000000000"));
        var zh = Path.Combine(site.Input, "articles", "zh", "a-1.md");
        var zhBefore = File.ReadAllBytes(zh);
        var refused = RunCli.Run(site.Root, "translations", "stamp", zh, "--input", site.Input);
        AssertClean(refused);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("translations stamp works only on English files in", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(zhBefore, File.ReadAllBytes(zh));

        var en = Path.Combine(site.Input, "articles", "en", "a-1.md");
        File.WriteAllBytes(en, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(File.ReadAllText(en).Replace("\n", "\r\n", StringComparison.Ordinal))]);
        var stamped = RunCli.Run(site.Root, "translations", "stamp", en, "--input", site.Input);
        Assert.Equal(0, stamped.ExitCode);
        var bytes = File.ReadAllBytes(en);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Contains("source_hash: " + HashOf() + "\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r\r", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length - 1, text.Split("\r\n").Length - 1);
    }

    [Fact]
    public void Preview_redirects_stay_on_the_same_origin()
    {
        using var temp = new TempDir();
        temp.Write("site/zh/index.html", "zh");
        Assert.Equal("/zh/", StaticFiles.Resolve(temp["site"], "//zh").RedirectTo);
        Assert.Equal("/zh/", StaticFiles.Resolve(temp["site"], "/zh").RedirectTo);
    }

    [Fact]
    public void A_theme_asset_that_links_outside_the_theme_is_refused()
    {
        using var theme = new TempDir();
        SiteGen.Tests.Build.BuildTests.CopyDirectory(Repo.Theme, theme.Path);
        using var secret = new TempDir();
        secret.Write("secret.txt", "private");
        File.CreateSymbolicLink(Path.Combine(theme.Path, "assets", "leak.txt"), secret["secret.txt"]);
        using var site = new TestSite(TestSite.Zh("a-1")) { ThemeDir = theme.Path };
        var result = site.Build("--no-search");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("leak.txt: error: this leads outside ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("/ through a symlink (to " + secret["secret.txt"] + ")", result.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }
}
