using System.Runtime.InteropServices;
using System.Text;

namespace SiteGen.Core;

/// <summary>What a path names, as the OS says without opening it.</summary>
internal enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    Socket,
    Device,

    /// <summary>A symlink whose chain of links comes back to itself.</summary>
    LinkLoop,
    Other,

    /// <summary>The OS would not say (e.g. a folder on the way is unreadable): opening it reports why.</summary>
    Unknown,
}

/// <summary>
/// The kind of a path, symlinks followed. .NET's file APIs tell a folder from a file but not a FIFO, a socket or a
/// device from a regular file, and opening a FIFO blocks until something writes to it: SiteGen asks the OS for the
/// file's type first (stat, through the .NET runtime's own native shim, whose status record starts with the flags
/// and the mode on every Unix), and reads only regular files.
/// </summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        var utf8 = new byte[Encoding.UTF8.GetMaxByteCount(path.Length) + 1];
        Encoding.UTF8.GetBytes(path, utf8);
        try
        {
            if (Stat(ref utf8[0], out var status) != 0)
            {
                return Marshal.GetLastPInvokeError() switch
                {
                    2 or 20 => FileKind.Missing, // ENOENT, ENOTDIR
                    40 when OperatingSystem.IsLinux() => FileKind.LinkLoop, // ELOOP
                    62 when OperatingSystem.IsMacOS() => FileKind.LinkLoop,
                    _ => FileKind.Unknown,
                };
            }

            return (status.Mode & TypeMask) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0xC000 => FileKind.Socket,
                0x2000 or 0x6000 => FileKind.Device,
                _ => FileKind.Other,
            };
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A runtime without this call cannot tell a FIFO from a file, and opening a FIFO blocks: refuse what it cannot
            // tell (every test that reads input then fails at once) rather than risk a build that never ends.
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Other : FileKind.Missing;
        }
    }

    /// <summary>How a message names a kind that SiteGen does not read.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.Socket => "a socket",
        FileKind.Device => "a device",
        FileKind.Directory => "a folder",
        FileKind.LinkLoop => "a symlink that leads round in a loop",
        _ => "not a regular file",
    };

    /// <summary>The runtime's status record: its first fields, padded past the whole record of any runtime version.</summary>
    [StructLayout(LayoutKind.Sequential, Size = 512)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat(ref byte path, out FileStatus status);
}
