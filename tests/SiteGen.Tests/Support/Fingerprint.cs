using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Tests.Support;

/// <summary>Every file under a folder (path and bytes) as one hash, to assert that nothing changed.</summary>
internal static class Fingerprint
{
    public static string Of(string dir)
    {
        if (!Directory.Exists(dir))
        {
            return File.Exists(dir) ? "file:" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(dir))) : "absent";
        }

        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(dir, file) + "\n"));
            if (new FileInfo(file).LinkTarget is null)
            {
                sha.AppendData(File.ReadAllBytes(file));
            }
        }

        foreach (var sub in Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(Encoding.UTF8.GetBytes("dir:" + Path.GetRelativePath(dir, sub) + "\n"));
        }

        return Convert.ToHexString(sha.GetHashAndReset());
    }

    /// <summary>Folders beside <paramref name="output"/> left by a build (output.staging-*, output.old-*).</summary>
    public static string[] Leftovers(string output) =>
        [.. Directory.GetDirectories(Path.GetDirectoryName(output)!, Path.GetFileName(output) + ".*")
            .Where(d => Path.GetFileName(d).StartsWith(Path.GetFileName(output) + ".", StringComparison.Ordinal))];
}
