namespace SiteGen.Core;

/// <summary>Character classes for Chinese text.</summary>
internal static class Cjk
{
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Han characters, CJK and full-width punctuation, and the curly quotes Chinese text uses.</summary>
    public static bool IsChineseContext(char c) =>
        IsHan(c)
        || c is >= '\u3000' and <= '\u303F'
        || c is >= '\uFF01' and <= '\uFF60'
        || c is '“' or '”' or '‘' or '’' or '…' or '—' or '·';
}
