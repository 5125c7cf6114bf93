namespace SiteGen.Core;

/// <summary>
/// An input file's bytes are not those the build read at its start: an editor saved it while the build ran.
/// The build stops with <see cref="Diagnostic"/> (the file, the line and the fix: build again) instead of
/// publishing pages made from two versions of the content.
/// </summary>
internal sealed class InputChangedException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;

    /// <summary>The changed-input error in <paramref name="error"/> (thrown directly or from parallel work), if that is what it is.</summary>
    public static Diagnostic? In(Exception error) => error switch
    {
        InputChangedException changed => changed.Diagnostic,
        AggregateException many => many.Flatten().InnerExceptions.Select(In).FirstOrDefault(d => d is not null),
        _ => null,
    };
}
