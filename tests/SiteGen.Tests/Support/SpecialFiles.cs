using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace SiteGen.Tests.Support;

/// <summary>Makes the files that are not regular files: FIFOs (named pipes) and Unix sockets.</summary>
internal static class SpecialFiles
{
    /// <summary>Whether this OS has them (not Windows).</summary>
    public static bool Supported => !OperatingSystem.IsWindows();

    public static void Fifo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        if (MakeFifo(path, Convert.ToUInt32("644", 8)) != 0)
        {
            throw new IOException($"mkfifo {path} failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>A Unix socket bound at <paramref name="path"/>; dispose it to close (the file stays).</summary>
    public static Socket UnixSocket(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}
