using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core;

/// <summary>Slugs and keys: lowercase ASCII <c>[a-z0-9-]</c>.</summary>
internal static partial class Slugs
{
    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SafeKey();

    public static bool IsSafeKey(string value) => value.Length is > 0 and <= 80 && SafeKey().IsMatch(value);

    /// <summary>Hex digest prefix of the UTF-8 text: stable across machines and runs.</summary>
    public static string Hash(string text, int hexLength) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..hexLength];
}
