using System.Linq;
using Qiniu.Financials;
using TypedTaxonomy.Validation;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>The generated report validator on the raw facts of the prospectus: XBRL's own binding rules.</summary>
public sealed class ReportValidationTests
{
    [Fact]
    public void TheProspectusFactsBreakNoFactRuleAndOnlyTheRedactedTotalsAreInconsistent()
    {
        var validation = QiniuTaxonomy.Validate(QiniuProspectus.Facts);

        Assert.Empty(validation.UnknownConcepts);
        Assert.All(validation.Result.Findings, f => Assert.Equal(ValidationRules.InconsistentCalculation, f.Rule));
        Assert.All(validation.Result.Findings, f => Assert.True(f.IsPartiallyReported, f.ToString()));
        Assert.Equal(10, validation.Result.Findings.Count);
        Assert.True(validation.CheckedCalculations > 100, $"{validation.CheckedCalculations} bindings checked");
    }

    [Fact]
    public void ClassicModeSkipsBindingsWithDuplicatedFactsAsXbrl21Requires()
    {
        var roundToNearest = QiniuTaxonomy.Validate(QiniuProspectus.Facts);
        var classic = QiniuTaxonomy.Validate(QiniuProspectus.Facts, CalculationMode.Classic);

        // The prospectus repeats figures across tables (equal duplicates): Calculations 1.1 merges them,
        // XBRL 2.1 does not bind a summation whose facts are duplicated.
        Assert.Equal(roundToNearest.CheckedCalculations, classic.CheckedCalculations);
        Assert.All(classic.Result.Findings, f => Assert.Equal(ValidationRules.ClassicCalculationInconsistency, f.Rule));
        Assert.True(classic.Result.Findings.Count <= roundToNearest.Result.Findings.Count);
    }

    [Fact]
    public void AFactInTheWrongKindOfPeriodOrUnitIsAnError()
    {
        var revenue = QiniuProspectus.Facts.First(f => f.ConceptName.LocalName == "Revenue" && f.Dimensions.IsEmpty);
        var atAnInstant = new Fact { ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = Period.Instant(revenue.Period.End), Unit = revenue.Unit, Value = revenue.Value, NumericValue = revenue.NumericValue, Decimals = revenue.Decimals };
        var inShares = new Fact { ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = revenue.Period, Unit = Unit.Shares, Value = revenue.Value, NumericValue = revenue.NumericValue, Decimals = revenue.Decimals };
        var noDecimals = new Fact { ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = revenue.Period, Unit = revenue.Unit, Value = revenue.Value, NumericValue = revenue.NumericValue };

        var findings = QiniuTaxonomy.Validate(new[] { atAnInstant, inShares, noDecimals }).Result.Findings;

        Assert.Contains(findings, f => f.Rule == ValidationRules.ContextPeriodType && f.Fact == atAnInstant);
        Assert.Contains(findings, f => f.Rule == ValidationRules.MonetaryUnitNotCurrency && f.Fact == inShares);
        Assert.Contains(findings, f => f.Rule == ValidationRules.MissingPrecisionDecimals && f.Fact == noDecimals);
        Assert.All(findings, f => Assert.Same(TypedTaxonomy.Ifrs.IfrsFullConcepts.Revenue, f.Concept));
    }

    [Fact]
    public void AMemberOutsideItsAxisIsAnError()
    {
        var mpaas = QiniuProspectus.Facts.First(f => f.Dimensions.Length == 1 && f.Dimensions[0].Axis == PlatformAxis.Axis);
        var wrongMember = new Fact
        {
            ConceptName = mpaas.ConceptName, Entity = mpaas.Entity, Period = mpaas.Period, Unit = mpaas.Unit, Value = mpaas.Value, NumericValue = mpaas.NumericValue, Decimals = mpaas.Decimals,
            Dimensions = [new ExplicitMember(PlatformAxis.Axis, new QName(QiniuTaxonomy.Namespace, "qiniu", "SaasMember"))],
        };

        var finding = Assert.Single(QiniuTaxonomy.Validate(new[] { wrongMember }).Result.Findings);
        Assert.Equal(ValidationRules.ExplicitMemberNotValid, finding.Rule);
    }
}
