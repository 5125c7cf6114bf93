using SiteGen.Cli;

namespace SiteGen.Tests.Support;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real command line in-process, in a given working directory (the process's own is never changed).</summary>
internal static class RunCli
{
    public static CliResult Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CommandLine.Run(args, stdout, stderr, workingDirectory);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
