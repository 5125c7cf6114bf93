namespace SiteGen.Core;

internal enum Severity
{
    Warning,
    Error,
}

/// <summary>One problem found in an input file, reported as <c>file:line: message</c>.</summary>
internal sealed record Diagnostic(Severity Severity, string File, int Line, string Message)
{
    public static Diagnostic Error(string file, int line, string message) => new(Severity.Error, file, line, message);

    public static Diagnostic Warning(string file, int line, string message) => new(Severity.Warning, file, line, message);

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {level}: {Message}";
    }
}

/// <summary>
/// Thrown when a stage cannot go on for a problem in an input or theme file found only while making pages (a UI
/// string the pages need missing from a theme's i18n file); carries the diagnostics to report instead of a crash.
/// </summary>
internal sealed class DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    /// <summary>The diagnostics in <paramref name="error"/> (thrown directly or from parallel work), distinct; null when it carries none.</summary>
    public static IReadOnlyList<Diagnostic>? In(Exception error)
    {
        var found = error switch
        {
            DiagnosticException d => d.Diagnostics,
            AggregateException many => many.Flatten().InnerExceptions.OfType<DiagnosticException>().SelectMany(d => d.Diagnostics).Distinct().ToList(),
            _ => [],
        };
        return found.Count > 0 ? found : null;
    }
}
