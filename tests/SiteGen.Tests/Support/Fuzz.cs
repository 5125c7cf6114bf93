using CsCheck;

namespace SiteGen.Tests.Support;

/// <summary>
/// The settings every property test takes from the environment: SITEGEN_FUZZ_SEED (a number for a new
/// series of cases, or a seed CsCheck printed, to replay a failure) and SITEGEN_FUZZ_ITERATIONS.
/// Without them a run is repeatable: a fixed seed and each test's own number of cases.
/// </summary>
internal static class Fuzz
{
    public static string Seed => Environment.GetEnvironmentVariable("SITEGEN_FUZZ_SEED") switch
    {
        { Length: > 0 } n when ulong.TryParse(n, out var number) => new PCG(1, number).ToString(),
        { Length: > 0 } seed => seed,
        _ => new PCG(1, 20261130).ToString(),
    };

    public static int Iterations(int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable("SITEGEN_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : fallback;
}
