namespace SiteGen.Publish;

/// <summary>A file of the published site: its path under output/ and its bytes.</summary>
internal sealed record OutputFile(string Path, byte[] Bytes)
{
    public static OutputFile Text(string path, string text) => new(path, Core.AtomicFile.Utf8NoBom.GetBytes(text));
}
