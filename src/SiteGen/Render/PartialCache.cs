using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SiteGen.Render;

/// <summary>
/// <c>{{ include_cached "card" card level }}</c>: a partial whose output the template declares to depend only on the
/// page's language and the values it names (Hugo's <c>partialCached</c>). One cache per language and build: the first
/// page that asks renders the partial; later pages reuse the text. Values are compared as view records are made, once
/// per build: objects by instance, strings and numbers by value. Within a budget of characters; past it, partials
/// are rendered each time (the text is the same either way).
/// </summary>
internal sealed class PartialCache : IScriptCustomFunction
{
    /// <summary>At most this many characters are kept (by default).</summary>
    public const long DefaultBudget = 16L * 1024 * 1024;

    private readonly long _budget;

    private readonly ConcurrentDictionary<Key, string> _outputs = new();
    private long _kept;

    /// <param name="budget">How many characters of output to keep; 0 renders every partial each time.</param>
    public PartialCache(long budget = DefaultBudget) => _budget = budget;

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), index == 0 ? "name" : "key");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count is < 1 or > 4 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "include_cached takes a partial's name and up to three values its output depends on");
        }

        var key = new Key(name, At(arguments, 1), At(arguments, 2), At(arguments, 3));
        if (_outputs.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var include = (IScriptCustomFunction)context.BuiltinObject["include"]!;
        var text = include.Invoke(context, callerContext, [name], blockStatement) as string ?? "";
        if (Interlocked.Add(ref _kept, text.Length) <= _budget)
        {
            _outputs.TryAdd(key, text);
        }

        return text;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    private static object? At(ScriptArray arguments, int index) => index < arguments.Count ? arguments[index] : null;

    private readonly record struct Key(string Partial, object? A, object? B, object? C)
    {
        public bool Equals(Key other) =>
            Partial == other.Partial && Same(A, other.A) && Same(B, other.B) && Same(C, other.C);

        public override int GetHashCode() => HashCode.Combine(Partial, HashOf(A), HashOf(B), HashOf(C));

        private static bool Same(object? a, object? b) => ReferenceEquals(a, b) || a is string or ValueType && Equals(a, b);

        private static int HashOf(object? value) =>
            value is string or ValueType ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value!);
    }
}
