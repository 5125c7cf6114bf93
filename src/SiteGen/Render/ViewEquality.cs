using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

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

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is decimal or DateOnly or DateTime or TimeSpan)
        {
            return 0;
        }

        var getters = Getters.GetOrAdd(type, RecordGetters);
        return getters is null ? 0 : getters.Sum(get => ListItems(get(value)));
    }

    /// <summary>Compiled getters of a record's public instance properties; null for a type that is not a record.</summary>
    private static Func<object, object?>[]? RecordGetters(Type type)
    {
        if (type.GetProperty("EqualityContract", BindingFlags.Instance | BindingFlags.NonPublic) is null)
        {
            return null;
        }

        var parameter = Expression.Parameter(typeof(object));
        return [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.GetIndexParameters().Length == 0 && p.CanRead)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(parameter, type), p), typeof(object)), parameter).Compile())];
    }
}
