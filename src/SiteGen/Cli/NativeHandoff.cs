using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Cli;

/// <summary>
/// The Release build (README, "Speed") compiles SiteGen ahead of time into a native executable, <c>SiteGen</c>,
/// next to the IL assembly <c>SiteGen.dll</c>. <c>dotnet run -c Release</c> and the executable itself run the
/// native code directly; this class makes <c>dotnet SiteGen.dll …</c> (scripts, the benchmark kit) run it too:
/// when the native executable beside this assembly was compiled from this very assembly (the build writes the
/// assembly's SHA-256 into <see cref="MarkerName"/>), the process replaces itself with it (<c>execv</c>: same
/// process, arguments, streams and exit code). Anything else — a Debug build, no marker, a stale or missing
/// executable, Windows, <c>SITEGEN_NATIVE=0</c> — runs in this process as before.
/// </summary>
internal static class NativeHandoff
{
    /// <summary>The file the Release build writes beside the native executable: the SHA-256 (hex) of the IL it was compiled from.</summary>
    public const string MarkerName = "SiteGen.native";

    public static void RunNativeIfBuilt(string[] args)
    {
        // Only when started by the `dotnet` host: the native executable (or an app host) is its own process path.
        if (OperatingSystem.IsWindows() || !string.Equals(Path.GetFileName(Environment.ProcessPath), "dotnet", StringComparison.Ordinal) ||
            Environment.GetEnvironmentVariable("SITEGEN_NATIVE") == "0")
        {
            return;
        }

        var directory = AppContext.BaseDirectory;
        var assembly = Path.Combine(directory, "SiteGen.dll");
        var native = Path.Combine(directory, "SiteGen");
        var marker = Path.Combine(directory, MarkerName);
        try
        {
            if (!File.Exists(marker) || !File.Exists(native) ||
                !File.ReadAllText(marker).Trim().Equals(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(assembly))), StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        var argv = new string?[args.Length + 2];
        argv[0] = native;
        args.CopyTo(argv, 1);
        try
        {
            Execv(native, argv); // returns only if the executable could not be started: then this process carries on
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or MarshalDirectiveException)
        {
            // no C library to call: carry on in this process
        }
    }

    /// <remarks>On Unix, <c>LPStr</c> strings are marshalled as UTF-8.</remarks>
    [DllImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static extern int Execv([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [MarshalAs(UnmanagedType.LPArray, ArraySubType = UnmanagedType.LPStr)] string?[] argv);
}
