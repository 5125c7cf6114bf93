using SiteGen.Core;

namespace SiteGen.Tests.Support;

/// <summary>The repo's data/units.yml, data/indicators.yml and data/districts.yml, loaded once; they must load without problems.</summary>
internal static class RepoRegistries
{
    private static readonly Lazy<(UnitRegistry Units, IndicatorRegistry Indicators, IReadOnlyList<District> Districts)> Loaded = new(() =>
    {
        var diagnostics = new List<Diagnostic>();
        var units = UnitRegistry.Load(Repo.Input, diagnostics);
        var indicators = IndicatorRegistry.Load(Repo.Input, diagnostics);
        var districts = Registry.LoadDistricts(Repo.Input, diagnostics);
        if (diagnostics.Count > 0)
        {
            throw new InvalidOperationException(string.Join("\n", diagnostics));
        }

        return (units, indicators, districts);
    });

    public static UnitRegistry Units => Loaded.Value.Units;

    public static IndicatorRegistry Indicators => Loaded.Value.Indicators;

    public static IReadOnlyList<District> Districts => Loaded.Value.Districts;
}
