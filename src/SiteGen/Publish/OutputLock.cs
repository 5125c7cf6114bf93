using System.Collections.Concurrent;
using System.Text;
using SiteGen.Core;

namespace SiteGen.Publish;

/// <summary>
/// One build (or preview) per output folder at a time. The lock is a file beside the output (<c>.output.lock</c> for
/// <c>output/</c>) holding the process id, locked by the OS for as long as the build runs (a byte-range lock,
/// <see cref="FileStream.Lock"/>, which SiteGen's disabled whole-file locking leaves on), so the OS releases it when the
/// process ends, however it ends; within one process a table of held outputs does the same. A second build of the same
/// output fails at once with the holder's process id, before it looks at leftovers: the staging folder of a live build
/// is never taken for a killed build's. The file stays between builds (removing it would let two builds lock two files).
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, byte> Held = new(StringComparer.Ordinal);

    private readonly FileStream? _file;
    private readonly string _output;

    private OutputLock(FileStream? file, string output) => (_file, _output) = (file, output);

    /// <summary>The lock file of an output folder: hidden, beside it.</summary>
    public static string PathFor(string realOutput) =>
        Path.Combine(Path.GetDirectoryName(realOutput)!, "." + Path.GetFileName(realOutput) + ".lock");

    /// <summary>Takes the lock of <paramref name="outputDir"/>, or adds why it cannot to <paramref name="diagnostics"/> and returns null.</summary>
    public static OutputLock? Take(string outputDir, List<Diagnostic> diagnostics)
    {
        var display = Paths.Display(outputDir);
        string output;
        try
        {
            output = Path.TrimEndingDirectorySeparator(Paths.Real(outputDir));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Error(display, 0, $"cannot inspect the output folder: {ex.Message}; check that the path exists and is readable"));
            return null;
        }

        if (Path.GetDirectoryName(output) is null)
        {
            return new OutputLock(null, ""); // the filesystem root, which OutputFolder refuses as an output
        }

        if (!Held.TryAdd(output, 0))
        {
            diagnostics.Add(Busy(display, Environment.ProcessId));
            return null;
        }

        var path = PathFor(output);
        FileStream? file = null;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.None);
            // .NET has no byte-range locks on macOS: there only builds in this process are kept apart.
            if (!OperatingSystem.IsMacOS())
            {
                try
                {
                    file.Lock(0, 1);
                }
                catch (IOException)
                {
                    var holder = ReadHolder(file);
                    file.Dispose();
                    Held.TryRemove(output, out _);
                    diagnostics.Add(Busy(display, holder));
                    return null;
                }
            }

            var pid = Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
            file.SetLength(0);
            file.Write(pid);
            file.Flush();
            return new OutputLock(file, output);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file?.Dispose();
            Held.TryRemove(output, out _);
            diagnostics.Add(Diagnostic.Error(Paths.Display(path), 0, $"cannot create the build's lock file beside the output: {EnvironmentErrors.Explain(ex)}"));
            return null;
        }
    }

    private static int? ReadHolder(FileStream file)
    {
        try
        {
            var buffer = new byte[32];
            var read = RandomAccess.Read(file.SafeFileHandle, buffer, 0);
            return int.TryParse(Encoding.ASCII.GetString(buffer, 0, read).Trim(), System.Globalization.CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static Diagnostic Busy(string display, int? pid) => Diagnostic.Error(display, 0,
        $"another SiteGen build or preview{(pid is null ? "" : $" (process {pid})")} is writing this output folder; wait for it to finish (stop a preview with Ctrl+C) and run again, or pass another --output");

    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose(); // closing the file releases the OS lock
            Held.TryRemove(_output, out _);
        }
    }
}
