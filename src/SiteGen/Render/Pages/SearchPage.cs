using SiteGen.Core;

namespace SiteGen.Render;

/// <summary>The search page's model: Pagefind UI's strings in the page's language, as the JSON its script reads.</summary>
internal static class SearchPage
{
    /// <summary>Pagefind UI's translation keys and the UI strings that fill them.</summary>
    internal static readonly (string Key, string String)[] Strings =
    [
        ("placeholder", "search_placeholder"), ("clear_search", "search_clear"), ("load_more", "search_load_more"), ("search_label", "search_label"),
        ("filters_label", "search_filters"), ("zero_results", "search_zero_results"), ("many_results", "search_many_results"), ("one_result", "search_one_result"),
        ("alt_search", "search_alt_search"), ("search_suggestion", "search_suggestion"), ("searching", "search_searching"),
    ];

    public static SearchView Model(Render.Strings strings, Lang lang)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, name) in Strings)
            {
                json.WriteString(key, strings.T(lang, name));
            }

            json.WriteEndObject();
        }

        return new SearchView(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
