using SiteGen.Cli;

namespace SiteGen.Tests.Support;

internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real command line in-process, from a given working directory.</summary>
internal static class RunCli
{
    private static readonly Lock CwdLock = new();

    public static CliResult Run(string workingDirectory, params string[] args)
    {
        lock (CwdLock)
        {
            var previous = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(workingDirectory);
            try
            {
                var stdout = new StringWriter();
                var stderr = new StringWriter();
                var code = CommandLine.Run(args, stdout, stderr);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Directory.SetCurrentDirectory(previous);
            }
        }
    }
}
