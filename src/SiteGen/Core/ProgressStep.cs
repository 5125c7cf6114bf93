namespace SiteGen.Core;

/// <summary>
/// Where long work stands: a stage and how many of its items are done. Reported through an optional
/// <see cref="IProgress{T}"/>; <c>Current</c> names the item or sub-stage last finished. the CLI shows it on a terminal and ignores it elsewhere.
/// </summary>
internal readonly record struct ProgressStep(string Stage, int Done, int Total, string? Current = null);
