// Tests change the process's current directory (the CLI resolves paths from it): run them one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
