using SiteGen.Core;

namespace SiteGen.Import;

/// <summary>
/// The place a figure is about, when its sentence names another place than the article's district:
/// 武汉经开区…总投资超400亿元 in a Hannan article is the development zone's, 全市… in a district's report
/// is the city's. A place counts where it is the subject (at the start of a clause, or after 、和 与
/// 及); after 在, 于, 占, 居, 为, 向, 比, 较 it is a setting or a comparison (位居全市第一, 在全市率先,
/// 占全市比重), and after 的 a part of a name (…的临空港智能制造产业园项目) unless it is a whole place name
/// (…的汉南区). The nearest subject before the number in its clause, or in the clauses before it in the
/// sentence, decides; 全区, 我区, 本区 and the article's own district mean no other place.
/// </summary>
internal sealed class FigurePlace
{
    private readonly (string Word, string Key)[] _words;
    private readonly string _own;

    /// <summary>Words that name the article's own district whatever it is.</summary>
    private static readonly string[] OwnWords = ["全区", "我区", "本区", "该区"];

    /// <summary>Characters before a place that make it a setting or a comparison, not the subject.</summary>
    private const string NotSubjectBefore = "在于占居列为向对比较到至入从给助帮即的及与和、";

    /// <summary>Of these, the ones that join two subjects: 东湖高新区和武汉经开区.</summary>
    private const string Joining = "、和与及";

    public FigurePlace(IReadOnlyList<District> districts, string articleDistrict)
    {
        _own = articleDistrict;
        var city = districts.FirstOrDefault(d => d.Kind == "city");
        // A district's two-character label (汉阳, 青山) is too common a word (绿水青山) to name another district; its
        // name (汉阳区) does. Zones keep every label (光谷, 车谷).
        _words = [.. districts
            .SelectMany(d => d.Labels.Where(l => l.Length > 2 || d.Kind != "district" || d.Key == articleDistrict).Append(d.Name.Zh).Select(w => (Word: w, d.Key)))
            .Concat(city is null ? [] : [("全市", city.Key)])
            .Concat(OwnWords.Select(w => (Word: w, Key: articleDistrict)))
            .Where(p => p.Word.Length >= 2)
            .DistinctBy(p => p.Word)
            .OrderByDescending(p => p.Word.Length)];
    }

    /// <summary>The district key the figure at <paramref name="start"/> of the sentence is about, or null for the article's own district.</summary>
    public string? Of(string sentence, int start, IReadOnlyList<int> clauseStarts)
    {
        for (var k = clauseStarts.Count - 1; k >= 0; k--)
        {
            var end = k == clauseStarts.Count - 1 ? start : clauseStarts[k + 1] - 1;
            if (LastSubject(sentence, clauseStarts[k], end) is { } key)
            {
                return key == _own ? null : key;
            }
        }

        return null;
    }

    /// <summary>The place named last as a subject in sentence[from..to).</summary>
    private string? LastSubject(string sentence, int from, int to)
    {
        string? found = null;
        for (var i = from; i < to; i++)
        {
            foreach (var (word, key) in _words)
            {
                if (i + word.Length > to || string.CompareOrdinal(sentence, i, word, 0, word.Length) != 0)
                {
                    continue;
                }

                var before = i > from ? sentence[i - 1] : ' ';
                var joined = Joining.Contains(before) && found is not null;
                var named = before == '的' && word[^1] is '区' or '市' or '县'; // …前列的汉南区: a place; …的临空港智能制造产业园: a name
                if (!NotSubjectBefore.Contains(before) || joined || named)
                {
                    found = key == _own || !FollowedByDistrict(sentence, i + word.Length, to) ? key : found; // 武汉汉南区 is Hannan
                }

                i += word.Length - 1;
                break;
            }
        }

        return found;
    }

    /// <summary>Another place's name follows right away (武汉|汉南区, 武汉市|东湖高新区): the first word only qualifies it.</summary>
    private bool FollowedByDistrict(string sentence, int at, int to) =>
        _words.Any(p => at + p.Word.Length <= to && string.CompareOrdinal(sentence, at, p.Word, 0, p.Word.Length) == 0);
}
