using System.Linq;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// Calculations 1.1 truncation beside round-to-nearest and classic XBRL 2.1, on a small instance
/// (<c>Data/truncation</c>) whose three contexts each tell the modes apart: a total that only truncation finds
/// inconsistent, one that only rounding does, and an exact one.
/// </summary>
public sealed class TruncationModeTests
{
    private static readonly string Instance = Repository.Path("tests/TypedTaxonomy.EndToEnd.Tests/Data/truncation/truncation-instance.xml");

    [Theory]
    [InlineData(CalculationMode.Truncate, ValidationRules.InconsistentCalculationTruncation, new[] { "below" })]
    [InlineData(CalculationMode.RoundToNearest, ValidationRules.InconsistentCalculation, new[] { "above" })]
    [InlineData(CalculationMode.Classic, ValidationRules.ClassicCalculationInconsistency, new[] { "above", "below" })]
    public void EachModeFindsTheTotalsItsIntervalsMiss(CalculationMode mode, string rule, string[] contexts)
    {
        var result = XbrlProcessor.Validate(Instance, mode);

        Assert.Equal(3, result.Validation!.CheckedCalculations);
        var found = result.Validation.Result.Findings.Where(f => f.Severity == ValidationSeverity.Inconsistency).ToList();
        Assert.All(found, f => Assert.Equal(rule, f.Rule));
        Assert.Equal(contexts, found.Select(f => f.Fact!.Period.ToString() switch { "2024-12-31" => "below", "2023-12-31" => "above", _ => "exact" }).Order());
        Assert.All(result.Findings, f => Assert.Equal(rule, f.Code));
    }
}
