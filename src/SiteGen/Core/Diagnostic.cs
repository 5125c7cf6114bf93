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

/// <summary>Thrown when a stage cannot go on; carries every diagnostic collected so far.</summary>
internal sealed class DiagnosticException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;
}
