using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Core;

/// <summary>A YAML node with the position it starts at (for file:line errors).</summary>
internal abstract class YamlNode(Mark start)
{
    public Mark Start { get; } = start;
}

internal sealed class YamlScalarNode(Mark start, string? value, ScalarStyle style) : YamlNode(start)
{
    public string? Value { get; } = value;

    public ScalarStyle Style { get; } = style;
}

internal sealed class YamlSequenceNode(Mark start, IReadOnlyList<YamlNode> children) : YamlNode(start)
{
    public IReadOnlyList<YamlNode> Children { get; } = children;
}

/// <summary>A mapping, in file order; duplicate keys are rejected while loading.</summary>
internal sealed class YamlMappingNode(Mark start, IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> entries) : YamlNode(start)
{
    /// <summary>Up to this many entries a key is looked up by a linear search (most mappings: no dictionary to build).</summary>
    private const int LinearLookup = 12;

    private Dictionary<string, YamlNode>? _byKey;

    public IReadOnlyList<(YamlScalarNode Key, YamlNode Value)> Entries { get; } = entries;

    public YamlNode? this[string key]
    {
        get
        {
            if (Entries.Count <= LinearLookup)
            {
                foreach (var (k, value) in Entries)
                {
                    if (string.Equals(k.Value ?? "", key, StringComparison.Ordinal))
                    {
                        return value;
                    }
                }

                return null;
            }

            // Built on first use; threads that race build equal dictionaries, and either one is kept.
            _byKey ??= Entries.ToDictionary(e => e.Key.Value ?? "", e => e.Value, StringComparer.Ordinal);
            return _byKey.GetValueOrDefault(key);
        }
    }
}

/// <summary>YAML that parses but breaks one of SiteGen's rules (too deep, two documents): its message says all there is to say.</summary>
internal sealed class YamlRuleException(Mark at, string message) : YamlException(at, at, message);

/// <summary>
/// Builds nodes for SiteGen's YAML from YamlDotNet's parser events, keeping what SiteGen reads: values, their
/// style and position, mappings in file order (a key written twice is an error), anchors and aliases.
/// </summary>
internal static class YamlNodeLoader
{
    /// <summary>
    /// How deep lists and mappings may nest (SiteGen's own files nest three deep). Deeper is an error at the line
    /// that goes past it, found before any recursion could exhaust the stack.
    /// </summary>
    public const int MaxDepth = 32;

    /// <summary>The message of a YAML error that nests past <see cref="MaxDepth"/>.</summary>
    public static readonly string TooDeep =
        $"lists and mappings nest more than {MaxDepth} levels deep here (the limit); SiteGen's files nest a few levels: flatten it";

    /// <summary>The message of a YAML error where a second document starts.</summary>
    public const string SecondDocument =
        "a second YAML document starts here (after a `---` or `...` line); a file holds one document, whose rest would be ignored: remove the marker line or move the rest into the file's one document";

    /// <summary>The document's root node, or null for an empty stream; more than one document is an error.</summary>
    public static YamlNode? Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : Node(parser, anchors, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                var next = parser.Current?.Start ?? Mark.Empty;
                throw new YamlRuleException(next, SecondDocument);
            }

            return root;
        }
        catch (YamlException ex) when (ex.Message.Contains("flow sequence", StringComparison.Ordinal) || ex.Message.Contains("flow mapping", StringComparison.Ordinal))
        {
            // The parser notices an unclosed [ or { only lines later: point at the line that opened it.
            var mark = new Mark(0, OpenBracketLine(text, (int)Math.Max(1, ex.Start.Line)), 1);
            throw new YamlException(mark, mark, Unreadable);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws these (not YamlException) on, e.g., an unclosed `[`: report where it got to.
            var at = parser.Current?.Start ?? Mark.Empty;
            var line = OpenBracketLine(text, (int)Math.Max(1, at.Line));
            var mark = new Mark(0, line, 1);
            throw new YamlException(mark, mark, Unreadable);
        }
    }

    /// <summary>The first line that opens more `[`/`{` than it closes (else <paramref name="from"/>, where the parser stopped).</summary>
    private static int OpenBracketLine(string text, int from)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Count(c => c is '[' or '{') > lines[i].Count(c => c is ']' or '}'))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>The message for YAML that the scanner cannot read at all.</summary>
    public const string Unreadable = "YAML cannot be read from here on: is a `[`, `{` or quote left open? Close it on the line where it opens";

    /// <summary>The message of a YAML error in the user's terms (YamlDotNet's inner messages name .NET internals).</summary>
    public static string Message(YamlException ex)
    {
        var message = ex.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && paren > 0)
        {
            message = message[(paren + 3)..];
        }

        return message.Replace("\r", "").Split('\n')[0].TrimEnd('.');
    }

    /// <param name="depth">How many collections enclose this node.</param>
    private static YamlNode Node(IParser parser, Dictionary<string, YamlNode> anchors, int depth)
    {
        if (depth >= MaxDepth && (parser.Accept<SequenceStart>(out _) || parser.Accept<MappingStart>(out _)))
        {
            throw new YamlRuleException(parser.Current!.Start, TooDeep);
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return anchors.TryGetValue(alias.Value.Value, out var target)
                ? target
                : throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} names no anchor");
        }

        YamlNode node;
        AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            node = new YamlScalarNode(scalar.Start, scalar.Value, scalar.Style);
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(Node(parser, anchors, depth + 1));
            }

            node = new YamlSequenceNode(sequenceStart.Start, items);
            anchor = sequenceStart.Anchor;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            var entries = new List<(YamlScalarNode, YamlNode)>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (Node(parser, anchors, depth + 1) is not YamlScalarNode key)
                {
                    throw new YamlException(mappingStart.Start, mappingStart.End, "a key must be plain text");
                }

                if (!seen.Add(key.Value ?? ""))
                {
                    throw new YamlException(key.Start, key.Start, $"duplicate key \"{key.Value}\"; keep one");
                }

                entries.Add((key, Node(parser, anchors, depth + 1)));
            }

            node = new YamlMappingNode(mappingStart.Start, entries);
            anchor = mappingStart.Anchor;
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }
}
