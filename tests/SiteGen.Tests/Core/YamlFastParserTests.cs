using System.Text.Json;
using CsCheck;
using SiteGen.Core;
using SiteGen.Tests.Support;
using YamlDotNet.Core;

namespace SiteGen.Tests.Core;

/// <summary>
/// The fast YAML path builds exactly the tree YamlDotNet's path builds (kinds, values, styles, marks,
/// entry order) for every YAML document of the repo and for tricky snippets, and declines everything
/// outside its subset, so those keep YamlDotNet's result or error. A CsCheck property checks random
/// YAML-ish documents (fixed seed; SITEGEN_FUZZ_SEED / SITEGEN_FUZZ_ITERATIONS as in MutationFuzzTests).
/// </summary>
public sealed class YamlFastParserTests
{
    /// <summary>Every YAML document SiteGen reads from the repo: front matter, data files, site.yml, UI strings.</summary>
    public static TheoryData<string> RepoDocuments()
    {
        var data = new TheoryData<string>();
        var files = Directory.GetFiles(Path.Combine(Repo.Input, "articles"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Repo.Input, "data"), "*.yml"))
            .Append(Path.Combine(Repo.Input, "site.yml"))
            .Concat(Directory.GetFiles(Path.Combine(Repo.Theme, "i18n"), "*.yml"))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            data.Add(Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RepoDocuments))]
    public void Repo_yaml_takes_the_fast_path_and_gives_YamlDotNets_tree(string file)
    {
        var yaml = YamlOf(Path.Combine(Repo.Root, file));
        var fast = YamlNodeLoader.LoadFast(yaml);
        Assert.NotNull(fast);
        Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Dump(fast));
    }

    /// <summary>In the subset: the fast path must accept these and agree with YamlDotNet.</summary>
    [Theory]
    [InlineData("a: 1\n")]
    [InlineData("a: 1")]
    [InlineData("a:\n")]
    [InlineData("a:")]
    [InlineData("a:\nb: 2\n")]
    [InlineData("a:   \n  # note\nb: x # trailing\n")]
    [InlineData("# head\n\n\na: x\n\n# tail\n")]
    [InlineData("title: \"武汉：汉南 \\\"百亿级\\\" 项目\"\ndate: 2025-07-07\n")]
    [InlineData("s: \"a\\\\b \\/ \\n\\t \\u4e2d\\x41 \\0 \\e \\N \\_ \\L \\P \\a \\b \\v \\f \\r \\ \"\n")]
    [InlineData("s: 'it''s ''quoted'' # not a comment'\n")]
    [InlineData("s: \"  spaced  \"\nt: '  '\nu: \"\"\nv: ''\n")]
    [InlineData("u: https://example.org/a#b\nc: C# and F#\nk: a:b\n")]
    [InlineData("a: x , y [z] {w}\nb: it's \"fine\"\n")]
    [InlineData("key  : spaced key\nk2:    many spaces   \n")]
    [InlineData("list: [a, b,c , \"d, e\", 'f']\nempty: []\nmap: {}\n")]
    [InlineData("name: { zh: 武汉市, en: \"Jiang'an District\" }\n")]
    [InlineData("- { key: a, name: { zh: 甲, en: A }, labels: [x, y] }\n- { key: b, name: { zh: 乙, en: B } }\n")]
    [InlineData("- key: wuhan\n  kind: city\n  labels: [武汉, 武汉市]\n  description:\n    zh: 湖北\n    en: Hubei\n- key: b\n")]
    [InlineData("projects:\n  - id: x\n    name: { zh: \"甲\", en: \"A\" }\n  - name: y\n    quote: \"q\"\nfigures: []\n")]
    [InlineData("notes:\n  - date: 2026-11-30\n    zh: \"中\"\n    en: \"E\"\n")]
    [InlineData("- a\n- b\n-\n- 'c'\n- -1\n")]
    [InlineData("-\n  a: 1\n- \n  - x\n  - y\n")]
    [InlineData("a:\n    deep:\n        deeper: 1\n    back: 2\nc: 3\n")]
    [InlineData("n: -3.5\nd: 2025-07-07\nb: true\nnull: ~\n")]
    [InlineData("a: x\n   \n  # indented comment\nb: y\n")]
    [InlineData("a: \"x\" # c\nb: [1, 2] # c\nc: {k: v} # c\n")]
    [InlineData("中文键: 中文值\n全角　空格: 值　\n")]
    [InlineData("a:\n- indentless\n-\n- x: 1\n  y: 2\nb: 3\n")]
    [InlineData("- k:\n  - a\n  - b\n  j: c\n- d\n")]
    [InlineData("a: # note\n- x\n# c\n- y\n")]
    public void Subset_snippets_take_the_fast_path_and_match(string yaml)
    {
        var fast = YamlNodeLoader.LoadFast(yaml);
        Assert.NotNull(fast);
        Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Dump(fast));
    }

    /// <summary>Outside the subset (odd syntax, errors): the fast path declines and Load keeps YamlDotNet's result or error.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("plain scalar root\n")]
    [InlineData("a: 1\na: 2\n")]
    [InlineData("m: { k: 1, k: 2 }\n")]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !tag 1\n")]
    [InlineData("a: |\n  block\n")]
    [InlineData("a: >\n  folded\n")]
    [InlineData("a: multi\n  line plain\n")]
    [InlineData("a: \"multi\n  line quoted\"\n")]
    [InlineData("a: [1,\n  2]\n")]
    [InlineData("a:\tb\n")]
    [InlineData("a: x\r\nb: y\r\n")]
    [InlineData("---\na: 1\n")]
    [InlineData("a: 1\n...\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: [unclosed\n")]
    [InlineData("a: {unclosed: 1\n")]
    [InlineData("a: \"unclosed\n")]
    [InlineData("a: \"x\" y\n")]
    [InlineData("a: \"x\"# c\n")]
    [InlineData("a: \"\\U0001F600\"\n")]
    [InlineData("a: \"\\ud83d\\ude00\"\n")]
    [InlineData("a: \"\\q\"\n")]
    [InlineData("a: 😀\n")]
    [InlineData("a: 1\n b: 2\n")]
    [InlineData("  a: 1\n")]
    [InlineData("a:\n    b: 1\n  c: 2\n")]
    [InlineData("? complex\n: key\n")]
    [InlineData("\"quoted key\": 1\n")]
    [InlineData("- - nested\n")]
    [InlineData("a: [x: y]\n")]
    [InlineData("a: [a, ]\n")]
    [InlineData("a: {k: }\n")]
    [InlineData("a: [http://x]\n")]
    [InlineData("a: @x\n")]
    [InlineData("a: x\nb\n")]
    [InlineData("- a\nb: 1\n")]
    [InlineData("k:{ *x: y #z\n")]
    [InlineData("k: a *b: c\n")]
    [InlineData("a: 1\n- b\n")]
    public void Other_yaml_falls_back_to_YamlDotNet(string yaml)
    {
        Assert.Null(YamlNodeLoader.LoadFast(yaml));
        Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Outcome(() => YamlNodeLoader.Load(yaml)));
    }

    [Fact]
    public void Short_values_that_repeat_from_file_to_file_are_one_string_and_long_ones_are_not_shared()
    {
        // 100,000 articles repeat the same keys, districts, units and statuses: one string each, not one per file.
        const string Summary = "A summary long enough not to be shared between files";
        var first = (YamlMappingNode)YamlNodeLoader.LoadFast($"district: jiangxia\nunit: \"亿元\"\nsummary: \"{Summary}\"\n")!;
        var second = (YamlMappingNode)YamlNodeLoader.LoadFast($"district: jiangxia\nunit: \"亿元\"\nsummary: \"{Summary}\"\n")!;

        foreach (var key in new[] { "district", "unit" })
        {
            Assert.Same(((YamlScalarNode)first[key]!).Value, ((YamlScalarNode)second[key]!).Value);
            Assert.Same(first.Entries.First(e => e.Key.Value == key).Key.Value, second.Entries.First(e => e.Key.Value == key).Key.Value);
        }

        Assert.Equal(Summary, ((YamlScalarNode)first["summary"]!).Value);
        Assert.NotSame(((YamlScalarNode)first["summary"]!).Value, ((YamlScalarNode)second["summary"]!).Value);
    }

    [Fact]
    public void Deep_nesting_falls_back()
    {
        var flow = "a: " + new string('[', 40) + "x" + new string(']', 40) + "\n";
        var block = string.Concat(Enumerable.Range(0, 40).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 80) + "k: v\n";
        foreach (var yaml in new[] { flow, block })
        {
            Assert.Null(YamlNodeLoader.LoadFast(yaml));
            Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Outcome(() => YamlNodeLoader.Load(yaml)));
        }

        var shallow = "a: " + new string('[', 20) + "x" + new string(']', 20) + "\n";
        Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(shallow)), Dump(YamlNodeLoader.LoadFast(shallow)));
    }

    [Fact]
    public void A_key_too_long_for_YamlDotNets_simple_key_falls_back()
    {
        var yaml = new string('k', 1100) + ": v\n";
        Assert.Null(YamlNodeLoader.LoadFast(yaml));
        Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Outcome(() => YamlNodeLoader.Load(yaml)));
    }

    [Fact]
    public void A_duplicate_key_far_down_a_long_mapping_falls_back_with_YamlDotNets_error()
    {
        var block = string.Concat(Enumerable.Range(0, 30).Select(i => $"k{i}: v{i}\n")) + "k7: again\n";
        var flow = "m: { " + string.Join(", ", Enumerable.Range(0, 30).Select(i => $"k{i}: v{i}")) + ", k29: again }\n";
        foreach (var yaml in new[] { block, flow })
        {
            Assert.Null(YamlNodeLoader.LoadFast(yaml));
            var error = Outcome(() => YamlNodeLoader.Load(yaml));
            Assert.Contains("duplicate key", error);
            Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), error);
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void A_mapping_finds_every_key_and_no_other(int count)
    {
        var yaml = string.Concat(Enumerable.Range(0, count).Select(i => $"k{i}: v{i}\n"));
        foreach (var map in new[] { YamlNodeLoader.LoadFast(yaml), YamlNodeLoader.LoadWithYamlDotNet(yaml) }.Cast<YamlMappingNode>())
        {
            for (var i = 0; i < count; i++)
            {
                Assert.Equal($"v{i}", Assert.IsType<YamlScalarNode>(map[$"k{i}"]).Value);
            }

            Assert.Null(map["missing"]);
            Assert.Null(map["K1"]);
        }
    }

    [Fact]
    public void Random_yamlish_documents_the_fast_path_accepts_match_YamlDotNet_and_it_never_throws()
    {
        var accepted = 0;
        var total = 0;
        Document.Sample(yaml =>
        {
            Interlocked.Increment(ref total);
            var fast = YamlNodeLoader.LoadFast(yaml); // must not throw
            if (fast is not null)
            {
                Interlocked.Increment(ref accepted);
                Assert.Equal(Outcome(() => YamlNodeLoader.LoadWithYamlDotNet(yaml)), Dump(fast));
            }
        }, seed: Fuzz.Seed, iter: Iterations, print: yaml => JsonSerializer.Serialize(yaml));

        // The generator must exercise the fast path, not only its refusals.
        Assert.True(accepted * 5 >= total, $"only {accepted} of {total} random documents took the fast path");
    }

    private static int Iterations => Fuzz.Iterations(3000);


    /// <summary>Pieces of text: words, CJK, numbers, and everything that means something to YAML.</summary>
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Gen.OneOf("a", "key", "b c", "x1", "武汉", "汉南区", "项目", "1", "-2", "3.5", "2025-07-07", "true", "~", "null", "https://x.org/a")),
        (3, Gen.OneOf(" ", "  ", ":", ": ", "#", " #", "# ", ",", ", ", "[", "]", "{", "}", "'", "''", "\"", "-", "- ", "?", "&", "*", "!", "|", ">", "%", "@", "`", "\\")),
        (1, Gen.OneOf("\\\"", "\\\\", "\\n", "\\t", "\\/", "\\u4e2d", "\\x41", "\\u00e9", "\\0", "\\q", "\\U0001F600", "\\ud83d", "\t", "\u3000", "é", "\u00a0", "😀", "\r", "：", "，")));

    private static readonly Gen<string> Text = Fragment.Array[0, 4].Select(parts => string.Concat(parts));

    private static readonly Gen<string> Scalar = Gen.Frequency(
        (4, Text),
        (2, Text.Select(t => "\"" + t + "\"")),
        (1, Text.Select(t => "'" + t + "'")));

    private static readonly Gen<string> FlowSequence = Scalar.Array[0, 4].Select(items => "[" + string.Join(", ", items) + "]");

    private static readonly Gen<string> FlowMapping = Gen.Select(Gen.Frequency((4, Text), (1, Scalar)), Gen.Frequency((4, Scalar), (1, FlowSequence)))
        .Array[0, 3].Select(pairs => "{ " + string.Join(", ", pairs.Select(p => p.Item1 + ": " + p.Item2)) + " }");

    private static readonly Gen<string> Value = Gen.Frequency((5, Scalar), (2, Gen.Const("")), (1, FlowSequence), (1, FlowMapping));

    /// <summary>One line: indentation, maybe `- `, maybe `key:`, a value, maybe a comment.</summary>
    private static readonly Gen<string> Line = Gen.Select(
        Gen.Frequency((6, Gen.OneOf(0, 2, 4)), (1, Gen.OneOf(1, 3, 6))),
        Gen.Frequency((3, Gen.Const("")), (1, Gen.OneOf("- ", "-", "-  "))),
        Gen.Frequency((6, Gen.OneOf("a", "b", "c", "title", "标题", "key word", "x1", "id")), (1, Text)),
        Gen.Frequency((8, Gen.OneOf(": ", ":")), (1, Gen.OneOf(":  ", " : ", "", ":x"))),
        Value,
        Gen.Frequency((6, Gen.Const("")), (1, Gen.OneOf(" # note", "# x", "  # 注释"))),
        (indent, dash, key, colon, value, comment) => new string(' ', indent) + dash + key + colon + value + comment);

    private static readonly Gen<string> LineSoup = Gen.Select(
        Gen.Frequency((8, Line), (1, Gen.OneOf("", "# comment", "  ", "---"))).Array[1, 8],
        Gen.Bool,
        (lines, newline) => string.Join("\n", lines) + (newline ? "\n" : ""));

    /// <summary>Mostly well-formed text: words and CJK, with now and then a piece YAML cares about.</summary>
    private static readonly Gen<string> MildText = Gen.Frequency(
        (10, Gen.OneOf("a", "key", "b c", "武汉", "汉南区 项目", "1", "-2", "3.5", "2025-07-07", "it's", "C#", "a:b", "x, y", "(z)", "100亿元", "en-US")),
        (1, Fragment)).Array[1, 3].Select(parts => string.Concat(parts));

    private static readonly Gen<string> MildScalar = Gen.Frequency(
        (4, MildText),
        (2, MildText.Select(t => "\"" + t + "\"")),
        (1, MildText.Select(t => "'" + t + "'")));

    private static readonly Gen<string> MildValue = Gen.Frequency(
        (6, MildScalar),
        (1, Gen.Const("")),
        (1, MildScalar.Array[0, 3].Select(items => "[" + string.Join(", ", items) + "]")),
        (1, Gen.Select(Gen.OneOf("zh", "en", "k"), MildScalar, (k, v) => k + ": " + v).Array[1, 2].Select(pairs => "{ " + string.Join(", ", pairs) + " }")));

    private static readonly Gen<string> Key = Gen.Frequency((12, Gen.OneOf("a", "b", "c", "d", "title", "标题", "key word", "x1", "id", "zh", "en")), (1, MildText));

    private static readonly Gen<string> Comment = Gen.Frequency((8, Gen.Const("")), (1, Gen.OneOf(" # note", "  # 注释", "\n# line", "\n\n", "\n    # deep")));

    /// <summary>`key: value` lines at one indentation (the marker is replaced by the indentation).</summary>
    private static readonly Gen<string[]> FlatMapping = Gen.Select(Key, MildValue, Comment, (k, v, c) => k + ": " + v + c).Array[1, 4];

    private static readonly Gen<string> SequenceItem = Gen.Frequency(
        (2, Gen.Select(MildValue, Comment, (v, c) => "- " + v + c)),
        (2, FlatMapping.Select(lines => "- " + string.Join("\n  ", lines))),
        (1, Gen.Select(Key, MildValue.Array[1, 2], Gen.OneOf("\n  - ", "\n    - "), (k, values, dash) => "- " + k + ":" + string.Concat(values.Select(v => dash + v)))));

    private static readonly Gen<string> TopEntry = Gen.Frequency(
        (5, Gen.Select(Key, MildValue, Comment, (k, v, c) => k + ": " + v + c)),
        (1, Gen.Select(Key, FlatMapping, Gen.OneOf(2, 4), (k, lines, i) => k + ":\n" + string.Join("\n", lines.Select(l => new string(' ', i) + l)))),
        (1, Gen.Select(Key, SequenceItem.Array[1, 3], Gen.OneOf(0, 2, 4), (k, items, i) =>
            k + ":\n" + string.Join("\n", items.Select(item => new string(' ', i) + item.Replace("\n  ", "\n  " + new string(' ', i), StringComparison.Ordinal))))));

    private static readonly Gen<string> Structured = Gen.Select(
        Gen.Frequency((4, TopEntry.Array[1, 6]), (1, SequenceItem.Array[1, 4])),
        Gen.Bool,
        (lines, newline) => string.Join("\n", lines) + (newline ? "\n" : ""));

    private static readonly Gen<string> Document = Gen.Frequency((1, LineSoup), (2, Structured));

    /// <summary>The front matter exactly as MarkdownFile hands it to the loader, or a whole YAML file.</summary>
    private static string YamlOf(string path)
    {
        var text = SiteGen.Core.TextFile.NormaliseNewlines(File.ReadAllText(path));
        if (!path.EndsWith(".md", StringComparison.Ordinal))
        {
            return text;
        }

        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return text[4..(end + 1)];
    }

    /// <summary>What a loader gives: the tree, or the exception it throws (type, message, mark).</summary>
    private static string Outcome(Func<YamlNode?> load)
    {
        try
        {
            return Dump(load());
        }
        catch (YamlException ex)
        {
            return $"throws {ex.GetType().Name} {Mark(ex.Start)}-{Mark(ex.End)}: {ex.Message}";
        }
    }

    /// <summary>The whole tree as text: node kinds, marks, styles, values and entry order.</summary>
    internal static string Dump(YamlNode? node) => node switch
    {
        null => "null",
        YamlScalarNode s => $"S{Mark(s.Start)}{s.Style}:{(s.Value is null ? "~null" : JsonSerializer.Serialize(s.Value))}",
        YamlSequenceNode q => $"Q{Mark(q.Start)}[{string.Join(", ", q.Children.Select(Dump))}]",
        YamlMappingNode m => $"M{Mark(m.Start)}{{{string.Join(", ", m.Entries.Select(e => Dump(e.Key) + " = " + Dump(e.Value)))}}}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string Mark(Mark mark) => $"@{mark.Index}:{mark.Line}:{mark.Column}";
}
