using System.Collections.Concurrent;
using System.IO.Hashing;
using SiteGen.Core;

namespace SiteGen.Publish;

/// <summary>
/// Where a build's files go as they are made: nothing holds the whole site in memory. Paths are
/// relative to output/ with '/' separators. <see cref="Write"/> is thread-safe.
/// </summary>
internal abstract class OutputSink
{
    private int _count;

    /// <summary>Digests of the files this build made (or kept), by path; only kept when asked for (preview).</summary>
    protected ConcurrentDictionary<string, UInt128>? Digests { get; }

    protected OutputSink(bool keepDigests) => Digests = keepDigests ? new(StringComparer.Ordinal) : null;

    public int Count => _count;

    public void Write(OutputFile file) => Write(file.Path, file.Bytes);

    public void Write(string path, byte[] bytes) => Write(path, (ReadOnlySpan<byte>)bytes);

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        Interlocked.Increment(ref _count);
        Remember(path);
        WriteFile(path, bytes);
    }

    /// <summary>
    /// Writes a file as <paramref name="write"/> makes it, for the largest site-wide files (the sitemap, the translation
    /// status): a clean build streams it to disk instead of holding it whole. <paramref name="write"/> must not close the stream.
    /// </summary>
    public void Write(string path, Action<Stream> write)
    {
        Interlocked.Increment(ref _count);
        Remember(path);
        WriteStream(path, write);
    }

    /// <summary>A file the previous build wrote and this one did not make again because its inputs are unchanged: it stays as it is.</summary>
    public virtual void Keep(string path) => throw new InvalidOperationException($"{path}: only a rebuild into the live output keeps files");

    /// <summary>Made in memory and written as bytes, unless the sink can stream it.</summary>
    protected virtual void WriteStream(string path, Action<Stream> write)
    {
        using var memory = new MemoryStream();
        write(memory);
        WriteFile(path, memory.GetBuffer().AsSpan(0, (int)memory.Length));
    }

    private readonly HashSet<string> _paths = new(StringComparer.Ordinal);

    protected void Remember(string path)
    {
        lock (_paths)
        {
            _paths.Add(path);
        }
    }

    /// <summary>Whether this build has made (or kept) the file at <paramref name="path"/> so far.</summary>
    public bool Made(string path)
    {
        lock (_paths)
        {
            return _paths.Contains(path);
        }
    }

    protected abstract void WriteFile(string path, ReadOnlySpan<byte> bytes);

    /// <summary>The digests of the files written, for the next incremental build (null when not kept).</summary>
    public IReadOnlyDictionary<string, UInt128>? Written => Digests;

    /// <summary>The folder the files are in once written: the staging folder of a clean build, output/ itself for a rebuild into it.</summary>
    public abstract string Folder { get; }

    /// <summary>How many files this build kept as the previous one wrote them.</summary>
    public virtual int Kept => 0;

    /// <summary>Puts the build's files in place: a clean build's staging folder is swapped in; a rebuild writes its changed files.</summary>
    public abstract void Complete();

    /// <summary>What <see cref="Complete"/> does, as the build's last stage is named (<c>--verbose</c>).</summary>
    public abstract string Completion { get; }

    /// <summary>Drops what a failed build wrote: output/ stays as the previous build left it.</summary>
    public abstract void Abandon();

    protected static UInt128 Digest(ReadOnlySpan<byte> bytes) => XxHash128.HashToUInt128(bytes);
}

/// <summary>
/// A clean build: every file into a fresh staging folder beside output/ (<c>output.staging-*</c>),
/// swapped in by <see cref="Publisher.Swap"/> only when the build is complete, so output/ is never half-written.
/// </summary>
internal sealed class StagingSink(string outputDir, bool keepDigests) : OutputSink(keepDigests)
{
    public override string Folder { get; } = Publisher.NewStaging(outputDir);

    public override void Complete() => Publisher.Swap(Folder, outputDir);

    public override string Completion => "swap into output/";

    public override void Abandon() => Publisher.Discard(Folder);

    /// <summary>The folders made so far.</summary>
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    protected override void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        var full = FullPath(path);

        // Open, write, close: File.WriteAllBytes also asks the file system to preallocate (two more calls per file).
        using (var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        Digests?.TryAdd(path, Digest(bytes));
    }

    /// <summary>Straight into its file, unless digests are kept (preview's first build hashes the bytes).</summary>
    protected override void WriteStream(string path, Action<Stream> write)
    {
        if (Digests is not null)
        {
            base.WriteStream(path, write);
            return;
        }

        using var file = new FileStream(FullPath(path), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        write(file);
    }

    /// <summary>The file's path in the staging folder, its folder made.</summary>
    private string FullPath(string path)
    {
        var full = Path.Combine(Folder, path.Replace('/', Path.DirectorySeparatorChar));
        var dir = Path.GetDirectoryName(full)!;
        bool made;
        lock (_folders)
        {
            made = _folders.Contains(dir);
        }

        if (!made)
        {
            // Two threads may both make a new folder: making one that exists is harmless.
            Directory.CreateDirectory(dir);
            lock (_folders)
            {
                _folders.Add(dir);
            }
        }

        return full;
    }
}

/// <summary>
/// A preview rebuild into the live output/: files whose bytes did not change are not touched; the
/// changed ones are held until <see cref="Complete"/> and then each replaced atomically (temp file and
/// rename); files the previous build made and this one does not are removed, with folders left empty.
/// A build that fails before <see cref="Complete"/> changes nothing.
/// </summary>
internal sealed class LiveSink(string outputDir, IReadOnlyDictionary<string, UInt128> previous) : OutputSink(keepDigests: true)
{
    private readonly ConcurrentDictionary<string, byte[]> _changed = new(StringComparer.Ordinal);

    protected override void WriteFile(string path, ReadOnlySpan<byte> bytes)
    {
        var digest = Digest(bytes);
        Digests!.TryAdd(path, digest);
        if (!previous.TryGetValue(path, out var old) || old != digest)
        {
            _changed[path] = bytes.ToArray();
        }
    }

    public override void Keep(string path)
    {
        if (previous.TryGetValue(path, out var digest))
        {
            Remember(path);
            Interlocked.Increment(ref _kept);
            Digests!.TryAdd(path, digest);
        }
    }

    private int _kept;

    public override int Kept => _kept;

    public override string Folder => outputDir;


    public override string Completion => "write changed files";

    /// <summary>Nothing to undo: the changed files are written only by <see cref="Complete"/>.</summary>
    public override void Abandon()
    {
    }

    /// <summary>Writes the changed files and removes the ones no longer made.</summary>
    public override void Complete()
    {
        var root = Path.GetFullPath(outputDir);
        foreach (var (path, bytes) in _changed.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            AtomicFile.WriteAllBytes(Path.Combine(root, path), bytes);
        }

        var gone = previous.Keys.Where(p => !Digests!.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        foreach (var path in gone)
        {
            var full = Path.Combine(root, path);
            File.Delete(full);
            for (var dir = Path.GetDirectoryName(full); dir is not null && dir.Length > root.Length && Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any(); dir = Path.GetDirectoryName(dir))
            {
                Directory.Delete(dir);
            }
        }
    }
}
