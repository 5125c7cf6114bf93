using System.Text;

namespace SiteGen.Core;

/// <summary>Reads UTF-8 text files strictly (BOM optional) and normalises line endings to \n.</summary>
internal static class TextFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Returns the text, or a diagnostic naming the file, the line of the first bad byte and the fix. Only a regular
    /// file is opened (<see cref="InputFiles.Check"/>); with <paramref name="root"/>, only one that resolves inside it.
    /// </summary>
    public static (string? Text, Diagnostic? Error) Read(string path, string displayPath, string? root = null) => Read(path, displayPath, out _, root);

    /// <summary>As <see cref="Read(string, string, string?)"/>, and gives the file's bytes as read (null when it is missing).</summary>
    public static (string? Text, Diagnostic? Error) Read(string path, string displayPath, out byte[]? read, string? root = null)
    {
        read = null;
        if (InputFiles.Check(path, displayPath, root, out var kind) is { } refused)
        {
            return (null, refused);
        }

        if (kind == FileKind.Missing)
        {
            return (null, Diagnostic.Error(displayPath, 0, "file not found; check the path (it is resolved from the current directory)"));
        }

        var bytes = File.ReadAllBytes(path);
        read = bytes;
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            var text = StrictUtf8.GetString(bytes, start, bytes.Length - start);
            return (NormaliseNewlines(text), null);
        }
        catch (DecoderFallbackException ex)
        {
            var offset = start + Math.Max(0, ex.Index);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            return (null, Diagnostic.Error(displayPath, line,
                "file is not valid UTF-8; convert it first, e.g. `iconv -f GB18030 -t UTF-8 in.txt > out.txt`"));
        }
    }

    /// <summary>
    /// The text of bytes that <see cref="Read(string, string)"/> has read once already (so they are valid UTF-8), from
    /// <paramref name="byteOffset"/> on; newlines normalised as there.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes, int byteOffset) => NormaliseNewlines(StrictUtf8.GetString(bytes[byteOffset..]));

    public static string NormaliseNewlines(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');
}
