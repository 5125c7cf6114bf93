namespace SiteGen.Core;

/// <summary>
/// How a message names a SiteGen command so the user can type it: <c>sitegen …</c> when this process
/// runs as the installed .NET tool, <c>dotnet run --project src/SiteGen -- …</c> otherwise (from a
/// clone of the repository). Every message that tells the user to run a command goes through here.
/// </summary>
internal static class Commands
{
    private const string RepoPrefix = "dotnet run --project src/SiteGen --";

    /// <summary>The installed tool's folder holds the DotnetToolSettings.xml that `dotnet pack` adds.</summary>
    public static bool RunningAsTool { get; } = File.Exists(Path.Combine(AppContext.BaseDirectory, "DotnetToolSettings.xml"));

    /// <summary>What to type before a command's arguments.</summary>
    public static string Prefix => RunningAsTool ? "sitegen" : RepoPrefix;

    /// <summary>A command line the user can type, e.g. <c>Display("translations stamp a.md")</c>.</summary>
    public static string Display(string arguments) => $"{Prefix} {arguments}";
}
