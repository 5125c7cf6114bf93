namespace SiteGen.Cli;

/// <summary>Dispatches a verb to its command. Exit codes: 0 ok, 1 content or file errors, 2 usage.</summary>
internal static class CommandLine
{
    private static readonly string[] Usages =
    [
        ImportCommand.Usage,
        BuildCommand.Usage,
        PreviewCommand.Usage,
        TranslationsCommand.Usage,
        CheckCommand.CheckUsage,
        CheckCommand.StatusUsage,
    ];

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            WriteHelp(args.Count == 0 ? stderr : stdout);
            return args.Count == 0 ? 2 : 0;
        }

        var rest = args.Skip(1).ToList();
        try
        {
            return args[0] switch
            {
                "import" => ImportCommand.Run(ImportCommand.ParseOptions(rest), stdout, stderr),
                "build" => BuildCommand.Run(BuildCommand.ParseOptions(rest), stdout, stderr, BuildCommand.Verbose(rest)),
                "preview" => PreviewCommand.Run(rest, stdout, stderr),
                "translations" => TranslationsCommand.Run(rest, stdout, stderr),
                "check" => CheckCommand.Check(rest, stdout, stderr),
                "translate-status" => CheckCommand.Status(rest, stdout, stderr),
                _ => throw new UsageException($"unknown command \"{args[0]}\""),
            };
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"sitegen: {ex.Message}");
            stderr.WriteLine("run `sitegen --help` for the commands");
            return 2;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The environment (permissions, a full disk, a file removed mid-build): one line, no stack trace.
            stderr.WriteLine($"sitegen: error: {Explain(ex)}");
            return 1;
        }
    }

    /// <summary>One line for an exception that escaped every stage, with what to do about it.</summary>
    public static string Explain(Exception ex) => ex is IOException or UnauthorizedAccessException
        ? $"{ex.Message}; check that the folder exists, is writable and has free space, then run again"
        : $"{ex.Message}; if your files look right this is a SiteGen bug: please report it with the command you ran";

    private static void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("usage: sitegen <command> [options]");
        writer.WriteLine();
        foreach (var usage in Usages)
        {
            writer.WriteLine("  sitegen " + usage);
        }
    }
}
