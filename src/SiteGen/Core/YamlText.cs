using System.Globalization;
using System.Text;

namespace SiteGen.Core;

/// <summary>Writes YAML scalars the one way SiteGen writes them: free text double-quoted, safe tokens plain.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case < ' ': sb.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)); break;
                default: sb.Append(c); break;
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A decimal the way YAML readers and people expect it: invariant, no exponent, no trailing zeros.</summary>
    public static string Number(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> plainTokens) => "[" + string.Join(", ", plainTokens) + "]";
}
