using SiteGen.Core;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// A live progress display (Spectre.Console) for long commands: one bar per stage with its count
/// done / total. Shown only when the command writes to the console and the console is an interactive
/// terminal; in CI, pipes and tests the work runs without it and the command prints only its summary.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(TextWriter stdout, Func<IProgress<ProgressStep>?, T> work)
    {
        // Spectre.Console is loaded only when it is used: in pipes, CI and tests the work runs without it.
        return !ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected ? work(null) : OnTerminal(work);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static T OnTerminal<T>(Func<IProgress<ProgressStep>?, T> work)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            return work(null);
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new SynchronousProgress(step =>
                {
                    lock (tasks)
                    {
                        if (!tasks.TryGetValue(step.Stage, out var task))
                        {
                            task = tasks[step.Stage] = context.AddTask(Markup.Escape(step.Stage), maxValue: Math.Max(step.Total, 1));
                        }

                        task.Description = Markup.Escape(step.Current is null ? step.Stage : $"{step.Stage}: {step.Current}");
                        task.MaxValue = Math.Max(step.Total, 1);
                        task.Value = step.Done;
                    }
                });
                return work(progress);
            });
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<ProgressStep> report) : IProgress<ProgressStep>
    {
        public void Report(ProgressStep value) => report(value);
    }

    /// <summary>"done/total" of a stage.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text($"{task.Value:0}/{task.MaxValue:0}");
    }
}
