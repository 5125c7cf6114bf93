using System.Runtime.CompilerServices;
using SiteGen.Content;
using SiteGen.Site;

namespace SiteGen.Render;

/// <summary>
/// The glossary terms an article's zh source uses (<see cref="EditorialCheck.TermsIn"/>), remembered
/// per parsed article: preview reuses the parsed article of an unchanged file, so a rebuild finds the
/// terms of only the files that changed, or of all of them when the glossary changed. The answer is
/// reused only when the glossary equals (by value) the one it was found with.
/// </summary>
internal static class FoundTerms
{
    private sealed record Entry(IReadOnlyList<GlossaryTerm> Glossary, IReadOnlyList<GlossaryTerm> Terms);

    private static readonly ConditionalWeakTable<SourceArticle, Entry> Found = new();

    private static IReadOnlyList<GlossaryTerm>? _last;

    /// <summary>
    /// The previous build's glossary when it equals this one, else this one: called once per build, so
    /// that the per-article check below is a reference comparison when the glossary did not change.
    /// </summary>
    public static IReadOnlyList<GlossaryTerm> Canonical(IReadOnlyList<GlossaryTerm> glossary)
    {
        var last = Volatile.Read(ref _last);
        if (last is not null && ViewEquality.Equal(last, glossary))
        {
            return last;
        }

        Volatile.Write(ref _last, glossary);
        return glossary;
    }

    /// <param name="remember">
    /// Preview only: a build that makes every page once gains nothing from remembering, and the weak table
    /// costs every garbage collection a pass over one handle per article.
    /// </param>
    public static IReadOnlyList<GlossaryTerm> Get(SourceArticle source, IReadOnlyList<GlossaryTerm> glossary, bool remember = true)
    {
        if (!remember)
        {
            return source.Terms ?? EditorialCheck.TermsIn($"{source.Title}\n{source.Summary}\n{source.Body}", glossary).ToList();
        }

        if (Found.TryGetValue(source, out var entry)
            && (ReferenceEquals(entry.Glossary, glossary) || ViewEquality.Equal(entry.Glossary, glossary)))
        {
            return entry.Terms;
        }

        var terms = EditorialCheck.TermsIn($"{source.Title}\n{source.Summary}\n{source.Body}", glossary).ToList();
        Found.AddOrUpdate(source, new Entry(glossary, terms));
        return terms;
    }
}
