using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace SiteGen.Render;

/// <summary>
/// Deep value equality of view models (records, lists, strings and plain values), used by preview
/// to skip rendering a page whose model equals the previous build's: a render is a pure function of
/// (page, theme), so an equal model gives the same bytes. Generic over the view records, so pages
/// and fields added later are covered without a hand-kept list of dependencies. A type it does not
/// know (neither record, list nor plain value) counts as changed unless it is the same instance.
/// </summary>
internal static class ViewEquality
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]?> Getters = new();

    /// <summary>Why reflection over view records is safe in the native build: they are SiteGen's own types, and its assembly is a trimmer root (SiteGen.csproj).</summary>
    private const string Rooted = "View records are SiteGen's own types; its assembly is a trimmer root.";

    public static bool Equal(object? a, object? b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a is null || b is null || a.GetType() != b.GetType())
        {
            return false;
        }

        switch (a)
        {
            case string s:
                return string.Equals(s, (string)b, StringComparison.Ordinal);
            case IList list:
                var other = (IList)b;
                if (list.Count != other.Count)
                {
                    return false;
                }

                for (var i = 0; i < list.Count; i++)
                {
                    if (!Equal(list[i], other[i]))
                    {
                        return false;
                    }
                }

                return true;
        }

        var type = a.GetType();
        if (type.IsPrimitive || type.IsEnum || a is decimal or DateOnly or DateTime or TimeSpan)
        {
            return a.Equals(b);
        }

        var getters = Getters.GetOrAdd(type, RecordGetters);
        if (getters is null)
        {
            return false;
        }

        foreach (var get in getters)
        {
            if (!Equal(get(a), get(b)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// How many list items a view model holds, nested lists included (a table's rows and their cells):
    /// no loop of a template can run more often than that.
    /// </summary>
    public static int ListItems(object? value)
    {
        switch (value)
        {
            case null or string:
                return 0;
            case IList list:
                var count = list.Count;
                foreach (var item in list)
                {
                    count += ListItems(item);
                }

                return count;
        }

        // Only records hold lists; a record whose properties cannot hold one (an article's card) is not walked.
        var getters = ListGetters.GetOrAdd(value.GetType(), ListHoldingGetters);
        if (getters is null)
        {
            return 0;
        }

        var total = 0;
        foreach (var get in getters)
        {
            total += ListItems(get(value));
        }

        return total;
    }

    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]?> ListGetters = new();

    /// <summary>The getters of a record's properties that may hold a list; null when there are none (or it is not a record).</summary>
    private static Func<object, object?>[]? ListHoldingGetters(Type type)
    {
        if (!MayHoldLists(type, []))
        {
            return null;
        }

        var all = Getters.GetOrAdd(type, RecordGetters)!;
        var properties = RecordProperties(type);
        var kept = all.Where((_, i) => MayHoldLists(properties[i].PropertyType, [])).ToArray();
        return kept.Length == 0 ? null : kept;
    }

    /// <summary>
    /// Whether a value of this declared type can hold a list: a list, an interface, object or a class that
    /// is not sealed (its value's own type decides), or a record with such a property. Strings, plain values
    /// and sealed types that are not records hold none as far as <see cref="ListItems"/> counts.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = Rooted)]
    private static bool MayHoldLists(Type type, HashSet<Type> visiting)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            type = inner;
        }

        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(TimeSpan))
        {
            return false;
        }

        if (typeof(IList).IsAssignableFrom(type) || type.IsInterface || type == typeof(object) || type.IsAbstract || type.IsClass && !type.IsSealed)
        {
            return true;
        }

        if (type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is null)
        {
            return false; // not a record: ListItems counts nothing in it
        }

        if (!visiting.Add(type))
        {
            return true; // a record that contains itself: walk it
        }

        return RecordProperties(type).Any(p => MayHoldLists(p.PropertyType, visiting));
    }

    /// <summary>A record's public instance properties in the order <see cref="RecordGetters"/> makes its getters.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = Rooted)]
    private static PropertyInfo[] RecordProperties(Type type) =>
        [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>Compiled getters of a record's public instance properties; null for a type that is not a record.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = Rooted)]
    private static Func<object, object?>[]? RecordGetters(Type type)
    {
        if (type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is null)
        {
            return null;
        }

        if (!RuntimeFeature.IsDynamicCodeCompiled)
        {
            // The native build cannot compile expressions (it would interpret them); a reflection getter is faster there.
            return [.. RecordProperties(type).Select(p => (Func<object, object?>)p.GetValue)];
        }

        var parameter = Expression.Parameter(typeof(object));
        return [.. RecordProperties(type)
            .Select(p => Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(parameter, type), p), typeof(object)), parameter).Compile())];
    }
}
