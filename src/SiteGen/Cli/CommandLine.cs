using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text.RegularExpressions;
using SiteGen.Core;

namespace SiteGen.Cli;

/// <summary>
/// The command line, on System.CommandLine: every command and option with its description,
/// `&lt;command&gt; --help`, typo suggestions and the [suggest] directive for tab completion.
/// Exit codes: 0 ok, 1 content or file errors, 2 a command line that cannot be understood.
/// Every command runs in an explicit working directory: its path options and arguments are resolved
/// against it into absolute paths here, and messages show paths relative to it (<see cref="Paths"/>).
/// </summary>
internal static class CommandLine
{
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        using var inWorkingDirectory = Paths.InWorkingDirectory(workingDirectory);
        var root = Root(stdout, stderr);
        if (args.Count == 0)
        {
            stderr.Write(Help(root.Parse(["--help"])));
            return UsageError;
        }

        var parsed = root.Parse(args);
        if (parsed.Action is HelpAction)
        {
            stdout.Write(Help(parsed));
            return 0;
        }

        if (parsed.Errors.Count > 0)
        {
            return ReportErrors(parsed, stderr);
        }

        // A directive ([suggest] for tab completion) carries a command line to complete, not to check.
        var directive = args[0].StartsWith('[');
        if (!directive && SwitchWithValueOrUnknownOption(parsed, args) is { } problem)
        {
            stderr.WriteLine("sitegen: " + problem);
            stderr.WriteLine(HelpHint(parsed.CommandResult.Command));
            return UsageError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The environment (permissions, a full disk, a file removed mid-build): one line, no stack trace.
            stderr.WriteLine($"sitegen: error: {Explain(ex)}");
            return 1;
        }
    }

    /// <summary>
    /// One line for an exception that escaped every stage, with what to do about it: the problems it carries, what the
    /// environment did (<see cref="EnvironmentErrors"/>), and only else a SiteGen bug.
    /// </summary>
    public static string Explain(Exception ex) =>
        DiagnosticException.In(ex) is { } problems ? string.Join(Environment.NewLine, problems)
        : InputChangedException.In(ex) is { } changed ? changed.ToString()
        : EnvironmentErrors.Explain(ex)
        ?? $"{(ex is AggregateException many ? many.Flatten().InnerExceptions[0] : ex).Message}; if your files look right this is a SiteGen bug: please report it with the command you ran";

    internal static RootCommand Root(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("SiteGen builds the bilingual (zh-CN source, English) Wuhan investment report site from Markdown.");
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(PreviewCommand.Create(stdout, stderr));
        root.Subcommands.Add(CheckCommand.CreateCheck(stdout, stderr));
        root.Subcommands.Add(CheckCommand.CreateStatus(stdout, stderr));
        root.Subcommands.Add(TranslationsCommand.Create(stdout, stderr));
        return root;
    }

    /// <summary>An option naming a folder or URL: a non-empty value, with a default when it has one.</summary>
    internal static Option<string> PathOption(string name, string? fallback, string description, string helpName = "dir")
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        if (fallback is not null)
        {
            option.DefaultValueFactory = _ => fallback;
        }

        option.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && result.Tokens[^1].Value.Length == 0)
            {
                result.AddError($"{name} needs a value");
            }
        });
        return option;
    }

    internal static Option<bool> Switch(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>System.CommandLine's own messages and typo suggestions, each error line starting `sitegen:`.</summary>
    private static int ReportErrors(ParseResult parsed, TextWriter stderr)
    {
        var text = new StringWriter();
        if (parsed.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = true;
        }

        parsed.Invoke(new InvocationConfiguration { Output = text, Error = text });
        foreach (var line in text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            stderr.WriteLine(line.StartsWith('\'') || line.Contains(' ', StringComparison.Ordinal) ? "sitegen: " + line : "  " + line);
        }

        stderr.WriteLine(HelpHint(parsed.CommandResult.Command));
        return UsageError;
    }

    /// <summary>
    /// What System.CommandLine lets through: it reads `--force=yes` as `--force yes`, and an unknown
    /// `--name` as a value of a command's file arguments. Both are usage errors here.
    /// </summary>
    private static string? SwitchWithValueOrUnknownOption(ParseResult parsed, IReadOnlyList<string> args)
    {
        var command = parsed.CommandResult.Command;
        var options = command.Options.Concat(parsed.RootCommandResult.Command.Options.Where(o => o.Recursive)).ToList();
        foreach (var arg in args.TakeWhile(a => a != "--").Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2))
        {
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 2 ? arg[..eq] : arg;
            var option = options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            if (option is null)
            {
                var known = string.Join(", ", command.Options.Where(o => !o.Hidden).Select(o => o.Name));
                return $"unknown option {name}; {CommandPath(command)} takes {known}";
            }

            if (eq > 2 && option.Arity.MaximumNumberOfValues == 0)
            {
                return $"{name} takes no value";
            }
        }

        return null;
    }

    private static string HelpHint(Command command)
    {
        var path = command is RootCommand ? "" : CommandPath(command) + " ";
        return $"run `{Commands.Display(path + "--help")}` for the options";
    }

    private static string CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c && c is not RootCommand; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>The help text, with the usage lines naming the command as the user types it.</summary>
    private static string Help(ParseResult parsed)
    {
        var text = new StringWriter();
        parsed.Invoke(new InvocationConfiguration { Output = text, Error = text });
        return UsageName().Replace(text.ToString(), m => m.Groups[1].Value + Commands.Prefix);
    }

    /// <summary>The root command's name at the start of the usage line (the executable's file name).</summary>
    private static Regex UsageName()
    {
        return new Regex(@"(?<=^Usage:\r?\n)(  )" + Regex.Escape(RootCommand.ExecutableName) + @"(?= |\r?$)", RegexOptions.Multiline);
    }
}
