using System.Collections.Concurrent;
using Scriban;
using Scriban.Syntax;

namespace SiteGen.Render;

/// <summary>
/// Remembers the output of theme partials that are pure functions of the variables they read, for
/// one build: an article's card appears on its neighbours' and related articles' pages and on every
/// list, and is rendered once instead of each time.
/// <para>
/// A partial qualifies when its syntax is only text, output, conditions, member access, pipes, calls,
/// <c>for</c> loops over a list and includes of partials that qualify (no assignment, capture, local
/// variable, user function), so its output depends on nothing but the values of the global variables
/// it reads (a loop's own variable is not one: it comes from the list, which is). Those values are the
/// key: the same instance for objects (view records are made once per build and never changed), equal
/// values for strings and numbers. Up to a memory budget, and only outputs asked for a second time
/// (<see cref="Admit"/>); the output is the same either way.
/// </para>
/// </summary>
internal sealed class PartialMemo
{
    /// <summary>At most this many characters of output are kept (64 MiB); past that, outputs already kept are still used.</summary>
    private const long BudgetChars = 32L * 1024 * 1024;

    private long _kept;

    /// <summary>
    /// A longer output is not kept: it is a page's own list of cards (a page of the article list, of a district's or
    /// a topic's articles: 100 cards, about 40,000 characters) or a long table, shown once; keeping it would only copy
    /// it into a string and use up the budget (at 16,000 rather than 64,000 characters: 180 → 158 MiB at 10,000
    /// pairs, 664–684 → 608–622 MiB at 100,000, at the same CPU time). A list of related articles (five cards) is kept.
    /// </summary>
    public const int MaxOutputChars = 16 * 1024;

    private readonly Dictionary<Template, Entry> _entries = [];

    public PartialMemo(IReadOnlyDictionary<string, Template> partials)
    {
        foreach (var partial in partials.Values)
        {
            if (partial.Page is { } page && Reads(page, partials) is { } reads)
            {
                _entries[partial] = new Entry([.. reads.Order(StringComparer.Ordinal).Select(n => (ScriptVariable)ScriptVariable.Create(n, ScriptVariableScope.Global))]);
            }
        }
    }

    /// <summary>The remembered output, or null; when null and <paramref name="key"/> is set, the caller renders and calls <see cref="Remember"/>.</summary>
    public string? Find(TemplateContext context, Template partial, out Key? key)
    {
        key = null;
        if (!_entries.TryGetValue(partial, out var entry))
        {
            return null;
        }

        var values = new object?[entry.Reads.Length];
        for (var i = 0; i < values.Length; i++)
        {
            try
            {
                values[i] = context.GetValue(entry.Reads[i]);
            }
            catch (Scriban.Syntax.ScriptRuntimeException)
            {
                return null; // not defined here: rendered as usual, which reports it
            }

            if (values[i] is ScriptFunction)
            {
                return null; // a template-defined function may have side effects
            }
        }

        key = new Key(partial, values);
        return entry.Outputs.TryGetValue(key, out var output) ? output : null;
    }

    /// <summary>
    /// Whether an output just rendered for <paramref name="key"/> should be kept: only when its key was asked for
    /// before (and the budget is not spent), so that the budget holds what several pages show (an article's card, a
    /// list of related articles), not what one page shows once (its tables, its own list). Keys seen are bits of a
    /// fixed filter (1 MB); a false "seen" only keeps an output that may not be needed again.
    /// </summary>
    public bool Admit(Key key)
    {
        if (Interlocked.Read(ref _kept) >= BudgetChars)
        {
            return false;
        }

        var bit = (uint)key.GetHashCode() & (SeenBits - 1);
        var mask = 1L << (int)(bit & 63);
        return (Interlocked.Or(ref _seen[bit >> 6], mask) & mask) != 0;
    }

    private const uint SeenBits = 1u << 23;

    private readonly long[] _seen = new long[SeenBits / 64];

    public void Remember(Key key, string output)
    {
        if (output.Length <= MaxOutputChars && Interlocked.Add(ref _kept, output.Length) <= BudgetChars)
        {
            _entries[key.Partial].Outputs.TryAdd(key, output);
        }
    }

    /// <summary>The global variables a template reads, or null when its output may depend on more than those (or it has effects).</summary>
    internal static HashSet<string>? Reads(ScriptNode root, IReadOnlyDictionary<string, Template>? partials = null)
    {
        var reads = new HashSet<string>(StringComparer.Ordinal);
        return new Analysis(partials ?? new Dictionary<string, Template>(), [root]).Collect(root, reads, NoneBound) ? reads : null;
    }

    private static readonly HashSet<string> NoneBound = [];

    /// <param name="visiting">The templates being analysed, so an include cycle is not followed (it is left impure).</param>
    private sealed class Analysis(IReadOnlyDictionary<string, Template> partials, HashSet<ScriptNode> visiting)
    {
        /// <param name="bound">Loop variables bound where <paramref name="node"/> stands: reading them reads the loop's list, already a read.</param>
        public bool Collect(ScriptNode? node, HashSet<string> reads, IReadOnlySet<string> bound)
        {
            switch (node)
            {
                case null:
                    return true;
                case ScriptVariableGlobal variable:
                    if (bound.Contains(variable.Name))
                    {
                        return true;
                    }

                    if (variable.Name is "for" or "while" or "tablerow" or "include" or "this")
                    {
                        return false;
                    }

                    reads.Add(variable.Name);
                    return true;
                case ScriptMemberExpression { Target: ScriptVariableGlobal { Name: var on }, Member.Name: var function } when Changing.Contains((on, function)):
                    return false; // the clock, chance or evaluated text: not the same output twice
                case ScriptMemberExpression member:
                    return Collect(member.Target, reads, bound); // the member name is not a variable
                case ScriptVariable:
                    return false; // local ($x) and loop variables depend on the caller
                case ScriptForStatement loop:
                    // `for x in list`: the list is read here; in the body, x and for.* are the loop's own.
                    return loop.Variable is ScriptVariableGlobal each && loop.NamedArguments is null or { Count: 0 }
                        && Collect(loop.Iterator, reads, bound)
                        && Collect(loop.Body, reads, new HashSet<string>(bound, StringComparer.Ordinal) { each.Name, "for" })
                        && Collect(loop.Else, reads, bound);
                case ScriptFunctionCall { Target: ScriptVariableGlobal { Name: "include" } } include:
                    // include "name": pure when the named partial is, reading what it reads.
                    if (include.Arguments is not [ScriptLiteral { Value: string name }] || !partials.TryGetValue(name, out var partial)
                        || partial.Page is not { } page || !visiting.Add(page))
                    {
                        return false;
                    }

                    var nested = new HashSet<string>(StringComparer.Ordinal);
                    var pure = Collect(page, nested, NoneBound);
                    visiting.Remove(page);
                    reads.UnionWith(nested.Where(n => !bound.Contains(n)));
                    return pure;
            }

            if (!Allowed.Contains(node.GetType().Name))
            {
                return false;
            }

            foreach (var child in node.Children)
            {
                if (!Collect(child, reads, bound))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>Scriban's built-in functions whose result is not a function of their arguments, or that run template text.</summary>
    private static readonly HashSet<(string, string)> Changing =
        [("date", "now"), ("math", "random"), ("math", "uuid"), ("object", "eval"), ("object", "eval_template")];

    /// <summary>Syntax that only reads and writes text (the type names of Scriban's syntax tree).</summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "ScriptPage", "ScriptBlockStatement", "ScriptRawStatement", "ScriptExpressionStatement", "ScriptEscapeStatement",
        "ScriptEndStatement", "ScriptIfStatement", "ScriptElseStatement", "ScriptKeyword", "ScriptToken", "ScriptList`1",
        "ScriptPipeCall", "ScriptFunctionCall", "ScriptLiteral", "ScriptBinaryExpression", "ScriptUnaryExpression",
        "ScriptNestedExpression", "ScriptConditionalExpression", "ScriptIndexerExpression",
    };

    private sealed class Entry(ScriptVariable[] reads)
    {
        public readonly ScriptVariable[] Reads = reads;
        public readonly ConcurrentDictionary<Key, string> Outputs = new();
    }

    /// <summary>A partial and the values it read: objects by identity, strings and numbers by value.</summary>
    internal sealed class Key(Template partial, object?[] values) : IEquatable<Key>
    {
        public Template Partial { get; } = partial;

        private readonly object?[] _values = values;

        private readonly int _hash = HashOf(partial, values);

        public bool Equals(Key? other)
        {
            if (other is null || other.Partial != Partial || other._hash != _hash)
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!Same(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;

        private static bool Same(object? a, object? b) =>
            ReferenceEquals(a, b) || a is string or ValueType && Equals(a, b);

        private static int HashOf(Template partial, object?[] values)
        {
            var hash = new HashCode();
            hash.Add(partial);
            foreach (var value in values)
            {
                hash.Add(value is string or ValueType ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
            }

            return hash.ToHashCode();
        }
    }
}
