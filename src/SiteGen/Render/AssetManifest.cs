using System.Security.Cryptography;

namespace SiteGen.Render;

/// <summary>
/// theme/assets/ files and the fingerprinted URLs they publish under (/assets/css/site.1a2b3c4d.css),
/// so that they can be cached forever. A pure function of the files' bytes.
/// </summary>
internal sealed class AssetManifest
{
    private readonly Dictionary<string, (string Source, string Url)> _assets;

    private AssetManifest(Dictionary<string, (string Source, string Url)> assets) => _assets = assets;

    /// <summary>
    /// Reads theme/assets/ by the rule of every input file (<see cref="Core.InputFiles"/>): a symlink that leads outside
    /// the theme, or anything but a regular file, is reported, never published.
    /// </summary>
    public static AssetManifest Load(string assetsDir, List<Core.Diagnostic>? diagnostics = null)
    {
        var assets = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        var problems = diagnostics ?? [];
        var theme = Path.GetDirectoryName(Path.GetFullPath(assetsDir))!;
        foreach (var file in Core.InputFiles.List(assetsDir, "*", recursive: true, theme, problems))
        {
            var name = Path.GetRelativePath(assetsDir, file).Replace('\\', '/');
            if (Path.GetFileName(name).StartsWith('.'))
            {
                continue;
            }

            if (Core.InputFiles.Check(file, Core.Paths.Display(file), null, out _) is { } refused)
            {
                problems.Add(refused);
                continue;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)))[..10];
            var ext = Path.GetExtension(name);
            assets[name] = (file, $"/assets/{name[..^ext.Length]}.{hash}{ext}");
        }

        return new AssetManifest(assets);
    }

    /// <summary>The published URL of an asset, e.g. <c>css/site.css</c>.</summary>
    public string Url(string name) =>
        _assets.TryGetValue(name, out var asset) ? asset.Url : throw new InvalidOperationException($"theme/assets/{name} is missing");

    public bool Has(string name) => _assets.ContainsKey(name);

    public IEnumerable<(string Source, string Url)> Files => _assets.Values.OrderBy(a => a.Url, StringComparer.Ordinal);
}
