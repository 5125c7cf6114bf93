namespace SiteGen.Cli;

/// <summary>Thrown for a command line that cannot be understood: exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// A verb's arguments: positionals plus <c>--name value</c> / <c>--name=value</c> options and
/// <c>--switch</c> flags, checked against what the verb accepts.
/// </summary>
internal sealed class ParsedArgs
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _switches = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> switches)
    {
        var parsed = new ParsedArgs();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                parsed.Positionals.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                parsed.Positionals.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (switches.Contains(name))
            {
                if (eq > 0)
                {
                    throw new UsageException($"--{name} takes no value");
                }

                parsed._switches.Add(name);
            }
            else if (valueOptions.Contains(name))
            {
                string value;
                if (eq > 0)
                {
                    value = arg[(eq + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException($"--{name} needs a value");
                }

                if (value.Length == 0)
                {
                    throw new UsageException($"--{name} needs a value");
                }

                parsed._values[name] = value;
            }
            else
            {
                var known = valueOptions.Concat(switches).Order(StringComparer.Ordinal).Select(o => "--" + o);
                throw new UsageException($"unknown option --{name}; this command takes {string.Join(", ", known)}");
            }
        }

        return parsed;
    }

    public string Value(string name, string fallback) => _values.GetValueOrDefault(name, fallback);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Has(string name) => _switches.Contains(name);

    public int IntValue(string name, int fallback, int min, int max)
    {
        var raw = Value(name);
        if (raw is null)
        {
            return fallback;
        }

        if (!int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, not \"{raw}\"");
        }

        return value;
    }

    public void NoPositionals(string verb)
    {
        if (Positionals.Count > 0)
        {
            throw new UsageException($"{verb} takes no arguments, but got \"{Positionals[0]}\"");
        }
    }
}
