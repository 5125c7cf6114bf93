using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Content;

/// <summary>
/// The licence of the site's own text and data (site.yml <c>license:</c>, its name in both languages and the address
/// of its terms); Creative Commons Attribution 4.0 when site.yml names none. The original articles are their sources'
/// and are not covered by it (the about page says so).
/// </summary>
internal sealed partial record SiteLicense(Bilingual Name, string Url)
{
    public static readonly SiteLicense Default = new(
        new Bilingual("知识共享署名 4.0 国际许可协议（CC BY 4.0）", "Creative Commons Attribution 4.0 International (CC BY 4.0)"),
        "https://creativecommons.org/licenses/by/4.0/");

    [GeneratedRegex(@"^[^@\s<>""]+@[^@\s<>""]+\.[^@\s<>""]+$")]
    private static partial Regex Email();

    public static bool IsEmail(string text) => Email().IsMatch(text);

    /// <summary><c>license: { name: { zh, en }, url }</c>, or the default when site.yml has no <c>license:</c>.</summary>
    public static SiteLicense Read(YamlDocument doc)
    {
        if (doc.Node("license") is null)
        {
            return Default;
        }

        var map = doc.Mapping("license");
        if (map is null)
        {
            doc.Error("license", "license must be a mapping: `license: { name: { zh: …, en: … }, url: https://… }` (the default is CC BY 4.0)");
            return Default;
        }

        map.CheckKeys(["name", "url"]);
        var name = SiteConfig.ReadBilingual(map, "name");
        var url = map.String("url", required: true)?.Trim() ?? "";
        if (url.Length > 0 && !UrlSafety.IsWebUrl(url))
        {
            map.Error("url", $"license url \"{url}\" must be the absolute http(s) address of the licence's terms");
        }

        return new SiteLicense(name, url);
    }
}
