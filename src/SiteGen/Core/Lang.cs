namespace SiteGen.Core;

/// <summary>
/// One of the site's languages: zh (the source) or en (the translation). Its code ("zh", "en") is what URLs,
/// file folders and templates use; it converts to that string where an API takes one.
/// </summary>
internal readonly record struct Lang
{
    public static readonly Lang Zh = new("zh");
    public static readonly Lang En = new("en");

    /// <summary>The site's languages in order: the source first.</summary>
    public static readonly IReadOnlyList<Lang> All = [Zh, En];

    private Lang(string code) => Code = code;

    public string Code { get; }

    /// <summary>The value of an HTML lang attribute (BCP 47): zh-CN, en.</summary>
    public string HtmlLang => this == Zh ? "zh-CN" : "en";

    /// <summary>The Open Graph locale: zh_CN, en_US.</summary>
    public string OgLocale => this == Zh ? "zh_CN" : "en_US";

    public Lang Other => this == Zh ? En : Zh;

    /// <summary>Its place in <see cref="All"/>.</summary>
    public int Index => this == Zh ? 0 : 1;

    /// <summary>The language of a code, or null for any other string.</summary>
    public static Lang? Find(string? code) => code switch
    {
        "zh" => Zh,
        "en" => En,
        _ => null,
    };

    public override string ToString() => Code;

    public static implicit operator string(Lang lang) => lang.Code;
}
