using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Tests.Validation;

/// <summary>
/// The binding rules of the report validator on small hand-made reports, after the XBRL 2.1 conformance suite
/// (testcase 397, summation-item, and 304, units) and Arelle's calculation check: nil items, duplicated totals,
/// precision 0, tuples, and the measures of a unit.
/// </summary>
public sealed class ReportValidatorTests
{
    private const string Ns = "http://example.com/abc";
    private static readonly Concept A = new(new QName(Ns, "abc", "A"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "A");
    private static readonly Concept B = new(new QName(Ns, "abc", "B"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "B");
    private static readonly Concept C = new(new QName(Ns, "abc", "C"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "C");
    private static readonly Concept Ratio = new(new QName(Ns, "abc", "Ratio"), DataType.Decimal, PeriodType.Instant, Balance.None, false, true, "Ratio");
    private static readonly TaxonomyRules Rules = new(
        name => new[] { A, B, C, Ratio }.FirstOrDefault(c => c.Name == name),
        (_, _) => null,
        new[] { new SummationRule(A, new[] { new SummationTerm(B, 1), new SummationTerm(C, 1) }) },
        System.Array.Empty<RangeRule>());

    private static readonly EntityIdentifier Entity = new("http://example.com", "example");
    private static readonly Period Day = Period.Instant(new System.DateOnly(2001, 1, 1));

    [Theory]
    [InlineData(CalculationMode.Classic)]
    [InlineData(CalculationMode.RoundToNearest)]
    public void NilItemsContributeNothingAndBindNothing(CalculationMode mode)
    {
        // 397 V-05: B and C are both nil, so A = 4 has no contributing item and nothing is checked.
        var validation = ReportValidator.Validate(new[] { Nil(B), Nil(C), Amount(A, 4) }, Rules, mode);

        Assert.Empty(validation.Result.Findings);
        Assert.Equal(0, validation.CheckedCalculations);
    }

    [Fact]
    public void AReportValidationReadsAsASummaryAndItsFindings()
    {
        var validation = ReportValidator.Validate(new[] { Amount(B, 1), Amount(C, 2), Amount(A, 4) }, Rules, CalculationMode.Classic);

        var lines = validation.ToString().Split(System.Environment.NewLine);

        Assert.Equal("3 numeric facts, 1 summation binding checked: 1 finding.", lines[0]);
        Assert.Equal(validation.Result.Findings.Single().ToString(), lines[1]);
        Assert.Equal("0 numeric facts, 0 summation bindings checked: 0 findings.", ReportValidator.Validate(System.Array.Empty<Fact>(), Rules, CalculationMode.Classic).ToString());
    }

    [Fact]
    public void ClassicModeDoesNotBindATotalReportedTwiceEvenWhenOneIsNil()
    {
        // 397 V-11: duplicates are judged without their values, so the nil A makes the other A a duplicate.
        var facts = new[] { Amount(B, 1), Amount(C, 2), Nil(A), Amount(A, 0) };

        Assert.Empty(ReportValidator.Validate(facts, Rules, CalculationMode.Classic).Result.Findings);
        var withoutTheNilA = ReportValidator.Validate(facts.Where(f => !f.IsNil), Rules, CalculationMode.Classic).Result.Findings;
        Assert.Equal(ValidationRules.ClassicCalculationInconsistency, Assert.Single(withoutTheNilA).Rule);
    }

    [Theory]
    [InlineData(0, 1, 1)] // 397 V-29: stated precision 0 on the items
    [InlineData(1, 0, 1)]
    [InlineData(1, 1, 0)] // 397 V-24: precision 0 on the total
    public void ClassicModeFindsASummationWithAPrecisionZeroFactInconsistent(int bPrecision, int cPrecision, int aPrecision)
    {
        var facts = new[] { Precise(B, 0.5m, bPrecision), Precise(C, 0.5m, cPrecision), Precise(A, 1m, aPrecision) };

        var finding = Assert.Single(ReportValidator.Validate(facts, Rules, CalculationMode.Classic).Result.Findings);

        Assert.Equal(ValidationRules.ClassicCalculationInconsistency, finding.Rule);
        Assert.Equal(ValidationSeverity.Inconsistency, finding.Severity);
        Assert.Contains("precision 0", finding.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ClassicModeBindsATotalToTheItemsNestedInItsOwnParentOnly()
    {
        // 397 V-16: the top-level A binds the B and C of the top level and of the tuple, which are not duplicates
        // of each other (different parents); the A inside the tuple binds only the tuple's B and C.
        var facts = new[]
        {
            Amount(A, 2), Amount(B, 1), Amount(C, 1),
            Amount(A, 2, 1), Amount(B, 1, 1), Amount(C, 1, 1),
        };

        var validation = ReportValidator.Validate(facts, Rules, CalculationMode.Classic);

        var finding = Assert.Single(validation.Result.Findings);
        Assert.Same(facts[0], finding.Fact);
        Assert.Equal(4m, finding.Expected!.Value.Low);
        Assert.Equal(2, validation.CheckedCalculations);
    }

    [Fact]
    public void ClassicModeDoesNotBindATotalToItemsInAnotherTuple()
    {
        // 397 V-14: A is in one tuple, B and C in another.
        var facts = new[] { Amount(A, 0, 1), Amount(B, 1, 2), Amount(C, 1, 2) };

        var validation = ReportValidator.Validate(facts, Rules, CalculationMode.Classic);

        Assert.Empty(validation.Result.Findings);
        Assert.Equal(0, validation.CheckedCalculations);
    }

    [Fact]
    public void FactsInDifferentTuplesAreNotDuplicatesAndAllContribute()
    {
        // 397 V-15: the two Bs are in different tuples, so both contribute to the top-level A: 1 + 1 != 0.
        var facts = new[] { Amount(A, 0), Amount(B, 1, 1), Amount(B, 1, 2) };

        var finding = Assert.Single(ReportValidator.Validate(facts, Rules, CalculationMode.Classic).Result.Findings);

        Assert.Equal(2m, finding.Expected!.Value.Low);
    }

    [Fact]
    public void ClassicModeBindsThroughNestedTuples()
    {
        // 397 V-17 (USD part): A = 5 at the top has B 1 (top), C 1 (tuple 1), B 1 (tuple 2 in 1), C 1 (tuple 3 in 2),
        // B 1 (tuple 4 in 3); each nested A adds up what is nested in its own tuple.
        var facts = new[]
        {
            Amount(A, 5), Amount(B, 1),
            Amount(A, 4, 1), Amount(C, 1, 1),
            Amount(A, 3, 1, 2), Amount(B, 1, 1, 2),
            Amount(A, 2, 1, 2, 3), Amount(C, 1, 1, 2, 3),
            Amount(A, 1, 1, 2, 3, 4), Amount(B, 1, 1, 2, 3, 4),
        };

        var validation = ReportValidator.Validate(facts, Rules, CalculationMode.Classic);

        Assert.Empty(validation.Result.Findings);
        Assert.Equal(5, validation.CheckedCalculations);
    }

    [Fact]
    public void CalculationsOneOneChecksNoFactInsideATuple()
    {
        var facts = new[] { Amount(A, 0, 1), Amount(B, 1, 1), Amount(C, 1, 1) };

        var validation = ReportValidator.Validate(facts, Rules, CalculationMode.RoundToNearest);

        Assert.Empty(validation.Result.Findings);
        Assert.Equal(0, validation.CheckedCalculations);
    }

    [Fact]
    public void OnlyPureAndSharesAreMeasuresOfTheXbrlInstanceNamespace()
    {
        // 304 V-11: xbrli:impure.
        var impure = new Unit([new QName(XbrlNamespaces.Xbrli, "xbrli", "impure")]);
        var facts = new[] { Ratio1(impure), Ratio1(impure), Ratio1(Unit.Pure) };

        var finding = Assert.Single(ReportValidator.Validate(facts, Rules).Result.Findings);

        Assert.Equal(ValidationRules.MeasureNotInXbrli, finding.Rule);
        Assert.Equal(ValidationSeverity.Error, finding.Severity);
        Assert.Same(facts[0], finding.Fact); // once per unit
    }

    [Fact]
    public void AUnitWithAMeasureInBothNumeratorAndDenominatorIsNotInItsSimplestForm()
    {
        // 304 V-16: (my:pure * my:feet) / my:feet.
        var feet = new QName("http://example.com/my", "my", "feet");
        var unit = new Unit([new QName("http://example.com/my", "my", "pure"), feet], [feet]);

        var finding = Assert.Single(ReportValidator.Validate(new[] { Ratio1(unit) }, Rules).Result.Findings);

        Assert.Equal(ValidationRules.MeasureInNumeratorAndDenominator, finding.Rule);
        Assert.Empty(ReportValidator.Validate(new[] { Ratio1(new Unit([feet], [new QName("http://example.com/my", "my", "pound")])) }, Rules).Result.Findings);
    }

    private static Fact Amount(Concept concept, decimal value, params int[] tuples) => new()
    {
        ConceptName = concept.Name,
        Entity = Entity,
        Period = Day,
        Unit = Unit.Currency("USD"),
        Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumericValue = value,
        IsPrecisionInfinite = true,
        EnclosingTuples = [.. tuples],
    };

    private static Fact Precise(Concept concept, decimal value, int precision) => new()
    {
        ConceptName = concept.Name,
        Entity = Entity,
        Period = Day,
        Unit = Unit.Currency("USD"),
        Value = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        NumericValue = value,
        Precision = precision == 1 ? null : precision,
        IsPrecisionInfinite = precision == 1,
    };

    private static Fact Nil(Concept concept) => new()
    {
        ConceptName = concept.Name,
        Entity = Entity,
        Period = Day,
        Unit = Unit.Currency("USD"),
        IsNil = true,
    };

    private static Fact Ratio1(Unit unit) => new()
    {
        ConceptName = Ratio.Name,
        Entity = Entity,
        Period = Day,
        Unit = unit,
        Value = "1",
        NumericValue = 1m,
        Decimals = Decimals.Of(0),
    };
}
