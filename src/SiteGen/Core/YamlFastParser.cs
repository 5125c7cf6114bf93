using System.Text;
using YamlDotNet.Core;

namespace SiteGen.Core;

/// <summary>
/// A hand-written reader for the plain subset of YAML that SiteGen's own files use (block mappings
/// and sequences by indentation, one-line flow `[...]`/`{...}` of scalars, one-line plain, single- and
/// double-quoted scalars, whole-line and trailing comments). It builds exactly the nodes, values,
/// styles and marks that <see cref="YamlNodeLoader"/> builds from YamlDotNet's parser, several times
/// faster; on anything else (anchors, tags, block scalars, multi-line scalars, tabs, document markers,
/// duplicate keys, errors of any kind) it declines and the caller reads the text with YamlDotNet.
/// </summary>
internal sealed class YamlFastParser
{
    /// <summary>Thrown inside the parser to give up; never escapes <see cref="TryParse"/>.</summary>
    private sealed class DeclinedException : Exception;

    /// <summary>Longer simple keys make YamlDotNet's scanner give up looking for their `:` (it allows 1024 characters).</summary>
    private const int MaxKeyLength = 1000;

    /// <summary>Collections nested deeper than this go to YamlDotNet (SiteGen's files nest three deep).</summary>
    private const int MaxDepth = 32;

    private const char End = '\0'; // never in accepted text, so it marks the end

    private readonly string _s;
    private int _pos;
    private int _line = 1;
    private int _lineStart;
    private int _depth;

    private YamlFastParser(string text) => _s = text;

    /// <summary>The root node, or null when the text is not in the subset (the caller then uses YamlDotNet).</summary>
    public static YamlNode? TryParse(string text)
    {
        if (!Acceptable(text))
        {
            return null;
        }

        try
        {
            return new YamlFastParser(text).Document();
        }
        catch (DeclinedException)
        {
            return null;
        }
    }

    /// <summary>Only characters YamlDotNet reads as ordinary text, spaces and `\n`; no document markers.</summary>
    private static bool Acceptable(string text)
    {
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && (c is '-' or '.') && i + 2 < text.Length && text[i + 1] == c && text[i + 2] == c)
            {
                return false;
            }

            lineStart = c == '\n';
            if (c is '\n' or (>= ' ' and <= '~'))
            {
                continue;
            }

            if (c is < '\u00A0' or '\u2028' or '\u2029' or '\uFEFF' or (>= '\uD800' and <= '\uDFFF') or > '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    private static DeclinedException Decline() => new();

    /// <summary>Into a collection: deeper than <see cref="MaxDepth"/> declines (no deep recursion on hostile input).</summary>
    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw Decline();
        }
    }

    private T Leave<T>(T node)
    {
        _depth--;
        return node;
    }

    /// <summary>
    /// The text from <paramref name="start"/> to <paramref name="end"/>. Short texts repeat from file to file (keys,
    /// district keys, units, labels, statuses, dates): they come from a pool, one string per thread for each, instead
    /// of a string per file (at 100,000 articles, a million copies of a few hundred strings, many of them kept).
    /// </summary>
    private string Text(int start, int end) =>
        end - start <= SharedText.MaxLength ? (t_shared ??= new SharedText()).Get(_s.AsSpan(start, end - start)) : _s[start..end];

    [ThreadStatic]
    private static SharedText? t_shared;

    /// <summary>A bounded pool of short strings, looked up by their characters (no string is made to find one).</summary>
    private sealed class SharedText
    {
        public const int MaxLength = 16;

        private const int MaxCount = 16_384;

        private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public SharedText() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<char> text)
        {
            if (_lookup.TryGetValue(text, out var shared))
            {
                return shared;
            }

            var made = text.ToString();
            if (_strings.Count < MaxCount)
            {
                _strings.Add(made, made);
            }

            return made;
        }
    }

    private char Peek(int offset = 0) => _pos + offset < _s.Length ? _s[_pos + offset] : End;

    private bool AtEnd => _pos >= _s.Length;

    private int Column => _pos - _lineStart;

    private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);

    private YamlNode Document()
    {
        NextContent();
        if (AtEnd || Column != 0)
        {
            throw Decline();
        }

        var root = BlockCollection(0);
        if (!AtEnd)
        {
            throw Decline();
        }

        return root;
    }

    /// <summary>From the start of a line: skips blank and comment lines, stops at the first other character (or the end).</summary>
    private void NextContent()
    {
        while (_pos < _s.Length)
        {
            var p = _pos;
            while (p < _s.Length && _s[p] == ' ')
            {
                p++;
            }

            if (p < _s.Length && _s[p] == '#')
            {
                while (p < _s.Length && _s[p] != '\n')
                {
                    p++;
                }
            }

            if (p >= _s.Length)
            {
                _pos = p;
                return;
            }

            if (_s[p] != '\n')
            {
                _pos = p;
                return;
            }

            NewLine(p + 1);
        }
    }

    private void NewLine(int next)
    {
        _pos = next;
        _line++;
        _lineStart = next;
    }

    /// <summary>After a value on this line: spaces, an optional comment, then the end of the line; then the next content line.</summary>
    private void EndLine()
    {
        SkipSpaces();
        if (Peek() == '#' && _pos > 0 && _s[_pos - 1] == ' ')
        {
            while (_pos < _s.Length && _s[_pos] != '\n')
            {
                _pos++;
            }
        }

        if (AtEnd)
        {
            return;
        }

        if (_s[_pos] != '\n')
        {
            throw Decline();
        }

        NewLine(_pos + 1);
        NextContent();
    }

    private void SkipSpaces()
    {
        while (_pos < _s.Length && _s[_pos] == ' ')
        {
            _pos++;
        }
    }

    private bool AtSequenceEntry() => Peek() == '-' && Peek(1) is ' ' or '\n' or End;

    private YamlNode BlockCollection(int indent) => AtSequenceEntry() ? Sequence(indent) : Mapping(indent);

    private YamlMappingNode Mapping(int indent)
    {
        Enter();
        var start = MarkAt(_pos);
        var entries = new List<(YamlScalarNode, YamlNode)>();
        HashSet<string>? keys = null;
        while (true)
        {
            var key = BlockKey();
            NotSeen(entries, ref keys, key);
            entries.Add((key, BlockValue(indent, mapping: true)));
            if (AtEnd || Column < indent)
            {
                return Leave(new YamlMappingNode(start, entries));
            }

            if (Column > indent || AtSequenceEntry())
            {
                throw Decline();
            }
        }
    }

    /// <param name="indentless">A mapping value written at its key's own indentation (`key:` then `- a`): it ends at the next key.</param>
    private YamlSequenceNode Sequence(int indent, bool indentless = false)
    {
        Enter();
        var start = MarkAt(_pos);
        var items = new List<YamlNode>();
        while (true)
        {
            _pos++; // '-'
            items.Add(SequenceItem(indent));
            if (AtEnd || Column < indent || (indentless && Column == indent && !AtSequenceEntry()))
            {
                return Leave(new YamlSequenceNode(start, items));
            }

            if (Column > indent || !AtSequenceEntry())
            {
                throw Decline();
            }
        }
    }

    private YamlNode SequenceItem(int indent)
    {
        var afterDash = _pos;
        SkipSpaces();
        if (Peek() is '\n' or End or '#')
        {
            return NestedOrEmpty(indent, afterDash, mapping: false);
        }

        if (PlainStarts())
        {
            PlainEnd(_pos, out var stop);
            if (stop < _s.Length && _s[stop] == ':')
            {
                return Mapping(Column);
            }
        }

        return InlineValue(indent);
    }

    /// <summary>Declines a key the mapping already has (YamlDotNet's path reports it); a set only for long mappings.</summary>
    private static void NotSeen(List<(YamlScalarNode Key, YamlNode Value)> entries, ref HashSet<string>? keys, YamlScalarNode key)
    {
        var value = key.Value!;
        if (keys is null && entries.Count < 16)
        {
            foreach (var (seen, _) in entries)
            {
                if (string.Equals(seen.Value, value, StringComparison.Ordinal))
                {
                    throw Decline();
                }
            }

            return;
        }

        keys ??= entries.Select(e => e.Key.Value!).ToHashSet(StringComparer.Ordinal);
        if (!keys.Add(value))
        {
            throw Decline();
        }
    }

    /// <summary>A block key: a plain scalar up to `: ` (or `:` at the end of the line); leaves the position after the `:`.</summary>
    private YamlScalarNode BlockKey()
    {
        if (!PlainStarts())
        {
            throw Decline();
        }

        var start = _pos;
        var end = PlainEnd(start, out var stop);
        if (stop >= _s.Length || _s[stop] != ':' || stop - start > MaxKeyLength)
        {
            throw Decline();
        }

        var key = new YamlScalarNode(MarkAt(start), Text(start, end), ScalarStyle.Plain);
        _pos = stop + 1;
        return key;
    }

    /// <summary>The value after a block key's `:`; leaves the position at the next content line.</summary>
    private YamlNode BlockValue(int indent, bool mapping)
    {
        var afterColon = _pos;
        SkipSpaces();
        return Peek() is '\n' or End or '#' ? NestedOrEmpty(indent, afterColon, mapping) : InlineValue(indent);
    }

    /// <summary>Nothing more on the line: a more indented block follows, or the value is empty (marked just after the indicator).</summary>
    private YamlNode NestedOrEmpty(int indent, int afterIndicator, bool mapping)
    {
        var empty = new YamlScalarNode(MarkAt(afterIndicator), "", ScalarStyle.Plain);
        EndLine();
        if (AtEnd)
        {
            return empty;
        }

        if (Column > indent)
        {
            return BlockCollection(Column);
        }

        if (mapping && Column == indent && AtSequenceEntry())
        {
            return Sequence(indent, indentless: true);
        }

        return empty;
    }

    /// <summary>A scalar or flow collection that ends on this line, then the rest of the line; nothing may follow more indented.</summary>
    private YamlNode InlineValue(int indent)
    {
        YamlNode node;
        switch (Peek())
        {
            case '"':
                node = DoubleQuoted();
                break;
            case '\'':
                node = SingleQuoted();
                break;
            case '[':
                node = FlowSequence();
                break;
            case '{':
                node = FlowMapping();
                break;
            default:
                if (!PlainStarts())
                {
                    throw Decline();
                }

                var start = _pos;
                var end = PlainEnd(start, out var stop);
                if (stop < _s.Length && _s[stop] == ':')
                {
                    throw Decline(); // `key: a: b`
                }

                node = new YamlScalarNode(MarkAt(start), Text(start, end), ScalarStyle.Plain);
                _pos = end;
                break;
        }

        EndLine();
        if (!AtEnd && Column > indent)
        {
            throw Decline(); // a continuation line (or an error)
        }

        return node;
    }

    /// <summary>Whether a plain scalar may start here: not a space and not an indicator (`-` only before a digit).</summary>
    private bool PlainStarts()
    {
        var c = Peek();
        if (c == '-')
        {
            return char.IsAsciiDigit(Peek(1));
        }

        return c is not (End or ' ' or '\n' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    /// <summary>
    /// The end (trailing spaces trimmed) of a block-context plain scalar starting at <paramref name="start"/>;
    /// <paramref name="stop"/> is where it stopped: a `:` before a space or the line end, a ` #` comment, or the line end.
    /// </summary>
    private int PlainEnd(int start, out int stop)
    {
        var end = start;
        var p = start;
        while (p < _s.Length)
        {
            var c = _s[p];
            if (c == '\n')
            {
                break;
            }

            if (c == ':' && (p + 1 >= _s.Length || _s[p + 1] is ' ' or '\n'))
            {
                break;
            }

            if (c == ' ')
            {
                var q = p;
                while (q < _s.Length && _s[q] == ' ')
                {
                    q++;
                }

                if (q < _s.Length && _s[q] == '#')
                {
                    p = q;
                    break;
                }

                if (q < _s.Length && _s[q] == '*')
                {
                    throw Decline(); // YamlDotNet reads a word starting with `*` as alias-like: its `:` ends nothing
                }

                p = q;
                continue;
            }

            p++;
            end = p;
        }

        stop = p;
        return end;
    }

    private YamlSequenceNode FlowSequence()
    {
        Enter();
        var start = MarkAt(_pos);
        var items = new List<YamlNode>();
        if (!FlowOpen(']'))
        {
            do
            {
                items.Add(FlowItem());
            }
            while (FlowNext(']'));
        }

        return Leave(new YamlSequenceNode(start, items));
    }

    private YamlMappingNode FlowMapping()
    {
        Enter();
        var start = MarkAt(_pos);
        var entries = new List<(YamlScalarNode, YamlNode)>();
        HashSet<string>? keys = null;
        if (!FlowOpen('}'))
        {
            do
            {
                var keyStart = _pos;
                var key = Peek() switch
                {
                    '"' => DoubleQuoted(),
                    '\'' => SingleQuoted(),
                    _ => FlowPlain(key: true),
                };
                SkipSpaces();
                if (Peek() != ':' || Peek(1) != ' ' || _pos - keyStart > MaxKeyLength)
                {
                    throw Decline();
                }

                NotSeen(entries, ref keys, key);
                _pos += 2;
                SkipSpaces();
                if (Peek() is ',' or '}')
                {
                    throw Decline(); // an empty value
                }

                entries.Add((key, FlowItem()));
            }
            while (FlowNext('}'));
        }

        return Leave(new YamlMappingNode(start, entries));
    }

    /// <summary>Past the opening bracket and spaces; true (and past <paramref name="close"/>) when the collection is empty.</summary>
    private bool FlowOpen(char close)
    {
        _pos++;
        SkipSpaces();
        if (Peek() != close)
        {
            return false;
        }

        _pos++;
        return true;
    }

    /// <summary>After an entry: true past a `,` (another entry follows), false past <paramref name="close"/>; a trailing `,` declines.</summary>
    private bool FlowNext(char close)
    {
        SkipSpaces();
        var c = Peek();
        _pos++;
        if (c == close)
        {
            return false;
        }

        SkipSpaces();
        return c == ',' && Peek() != close ? true : throw Decline();
    }

    /// <summary>An entry of `[...]` or a value of `{...}`: a quoted or plain scalar or a nested flow collection.</summary>
    private YamlNode FlowItem() => Peek() switch
    {
        '"' => DoubleQuoted(),
        '\'' => SingleQuoted(),
        '[' => FlowSequence(),
        '{' => FlowMapping(),
        _ => FlowPlain(key: false),
    };

    /// <summary>
    /// A plain scalar inside `[...]`/`{...}`: a key ends before `: `, a value before `,` or a bracket. Any
    /// `:` or `#` in a value, any bracket or `,` in a key, and the end of the line decline.
    /// </summary>
    private YamlScalarNode FlowPlain(bool key)
    {
        if (!PlainStarts())
        {
            throw Decline();
        }

        var start = _pos;
        var end = start;
        while (true)
        {
            var c = Peek();
            if (key && c == ':' && Peek(1) == ' ')
            {
                break;
            }

            if (!key && c is ',' or '[' or ']' or '{' or '}')
            {
                break;
            }

            if (c is End or '\n' or ':' or '#' or ',' or '[' or ']' or '{' or '}')
            {
                throw Decline();
            }

            _pos++;
            if (c != ' ')
            {
                end = _pos;
            }
        }

        _pos = end;
        return new YamlScalarNode(MarkAt(start), Text(start, end), ScalarStyle.Plain);
    }

    private YamlScalarNode SingleQuoted() => Quoted('\'');

    private YamlScalarNode DoubleQuoted() => Quoted('"');

    /// <summary>A quoted scalar closed on its own line: `''` in single quotes, YamlDotNet's escapes in double quotes.</summary>
    private YamlScalarNode Quoted(char quote)
    {
        var start = _pos;
        _pos++;
        StringBuilder? built = null;
        var from = _pos;
        while (true)
        {
            var c = Peek();
            if (c is End or '\n')
            {
                throw Decline();
            }

            if (c == quote && (quote == '"' || Peek(1) != '\''))
            {
                break;
            }

            if (c != quote && (c != '\\' || quote == '\''))
            {
                _pos++;
                continue;
            }

            built ??= new StringBuilder();
            if (c == quote)
            {
                built.Append(_s, from, _pos + 1 - from); // `''`
                _pos += 2;
                from = _pos;
                continue;
            }

            built.Append(_s, from, _pos - from);
            var code = Peek(1);
            _pos += 2;
            switch (code)
            {
                case '0': built.Append('\0'); break;
                case 'a': built.Append('\a'); break;
                case 'b': built.Append('\b'); break;
                case 't': built.Append('\t'); break;
                case 'n': built.Append('\n'); break;
                case 'v': built.Append('\v'); break;
                case 'f': built.Append('\f'); break;
                case 'r': built.Append('\r'); break;
                case 'e': built.Append('\u001b'); break;
                case ' ': built.Append(' '); break;
                case '"': built.Append('"'); break;
                case '\\': built.Append('\\'); break;
                case '/': built.Append('/'); break;
                case 'N': built.Append('\u0085'); break;
                case '_': built.Append('\u00a0'); break;
                case 'L': built.Append('\u2028'); break;
                case 'P': built.Append('\u2029'); break;
                case 'x': built.Append(Hex(2)); break;
                case 'u': built.Append(Hex(4)); break;
                default: throw Decline(); // \U, unknown escapes, a line-end escape
            }

            from = _pos;
        }

        var value = built is null ? Text(from, _pos) : built.Append(_s, from, _pos - from).ToString();
        _pos++;
        return new YamlScalarNode(MarkAt(start), value, quote == '"' ? ScalarStyle.DoubleQuoted : ScalarStyle.SingleQuoted);
    }

    /// <summary>The character of a `\x`/`\u` escape's hex digits (surrogates decline).</summary>
    private char Hex(int digits)
    {
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            var c = Peek(i);
            if (!char.IsAsciiHexDigit(c))
            {
                throw Decline();
            }

            value = (value << 4) + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
        }

        if (value is >= 0xD800 and <= 0xDFFF)
        {
            throw Decline();
        }

        _pos += digits;
        return (char)value;
    }
}
