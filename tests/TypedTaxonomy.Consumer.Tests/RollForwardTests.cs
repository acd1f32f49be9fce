using System;
using System.Linq;
using Qiniu.Financials;
using TypedTaxonomy.Validation;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>
/// The roll-forward of the prospectus's summary of cash flows (seed 002, RMB'000): cash at the beginning of the
/// period, plus the net change before the exchange effect, plus the exchange effect, is cash at the end, in each of
/// the five columns. Checked by the generated statement validator and by the report validation.
/// </summary>
public sealed class RollForwardTests
{
    [Theory]
    [InlineData(CalculationMode.RoundToNearest)]
    [InlineData(CalculationMode.Classic)]
    public void CashRollsForwardInEveryColumnOfTheSummaryOfCashFlows(CalculationMode mode)
    {
        var columns = StatementBinder.Bind<CashFlowSummaryStatement>(QiniuProspectus.Facts).Totals.ToList();

        Assert.Equal(5, columns.Count);
        Assert.All(columns, c => Assert.Empty(c.Validate(mode).Findings));
        var year2021 = columns.Single(c => c.Period == Year(2021));
        Assert.Equal(140_129_000m, year2021.OpeningCashAndCashEquivalents);
        Assert.Equal(151_006_000m, year2021.IncreaseDecreaseInCashAndCashEquivalentsBeforeEffectOfExchangeRateChanges);
        Assert.Equal(-5_612_000m, year2021.EffectOfExchangeRateChangesOnCashAndCashEquivalents);
        Assert.Equal(285_523_000m, year2021.ClosingCashAndCashEquivalents);
    }

    /// <summary>
    /// Four figures in thousands take part (closing, opening and two changes), so Calculations 1.1 absorbs a
    /// difference of up to four half-units, 2,000; classic XBRL 2.1 compares the rounded figures and finds one unit.
    /// </summary>
    [Theory]
    [InlineData(CalculationMode.RoundToNearest, 2_000, false)]
    [InlineData(CalculationMode.RoundToNearest, 3_000, true)]
    [InlineData(CalculationMode.Classic, 1_000, true)]
    public void AChangedClosingBalanceIsFoundAsEachModeImplies(CalculationMode mode, int change, bool found)
    {
        var year2021 = StatementBinder.Bind<CashFlowSummaryStatement>(QiniuProspectus.Facts).Find(Year(2021))!;
        year2021.ClosingCashAndCashEquivalents += change;

        var findings = year2021.Validate(mode).Findings;

        if (!found)
        {
            Assert.Empty(findings);
            return;
        }

        var finding = Assert.Single(findings);
        Assert.Equal(ValidationRules.RollForwardInconsistency, finding.Rule);
        Assert.Equal(TypedTaxonomy.Ifrs.IfrsFullConcepts.CashAndCashEquivalents, finding.Concept);
        Assert.Equal(Year(2021), finding.Period);
        Assert.Contains("at the end but its opening balance and changes come to", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTheOpeningBalanceTheRollForwardDoesNotBind()
    {
        var year2021 = StatementBinder.Bind<CashFlowSummaryStatement>(QiniuProspectus.Facts).Find(Year(2021))!;
        year2021.OpeningCashAndCashEquivalents = null;
        year2021.ClosingCashAndCashEquivalents += 1_000_000m;

        Assert.Empty(year2021.Validate().Findings);
    }

    /// <summary>
    /// Cash at the end of 2022 is also cash at the start of 2023 and of its first quarter: changed, it breaks the
    /// 2022 roll-forward as its closing balance and both 2023 ones as their opening balance. The prospectus reports
    /// that balance in four places (closing one column of the cash flows, opening the next, and in the tables of
    /// financial position), with one value: duplicates that agree are one fact for a roll-forward, in both modes.
    /// </summary>
    [Theory]
    [InlineData(CalculationMode.RoundToNearest)]
    [InlineData(CalculationMode.Classic)]
    public void TheReportValidationBindsTheRollForwardAcrossInstantsAndDurations(CalculationMode mode)
    {
        string[] broken = { "2022-12-31", "2023-03-31", "2023-12-31" };
        var validation = QiniuTaxonomy.Validate(QiniuProspectus.Facts, mode);
        Assert.Equal(5, validation.CheckedRollForwards);
        Assert.DoesNotContain(validation.Result.Findings, f => f.Rule == ValidationRules.RollForwardInconsistency);

        var endOf2022 = Period.Instant(new DateOnly(2022, 12, 31));
        var cash = TypedTaxonomy.Ifrs.IfrsFullConcepts.CashAndCashEquivalents.Name;
        Assert.Equal(4, QiniuProspectus.Facts.Count(f => f.ConceptName == cash && f.Period == endOf2022 && f.Dimensions.IsEmpty));
        var facts = QiniuProspectus.Facts
            .Select(f => f.ConceptName == cash && f.Period == endOf2022 && f.Dimensions.IsEmpty
                ? new Fact { ConceptName = f.ConceptName, Entity = f.Entity, Period = f.Period, Unit = f.Unit, Value = "190404000", NumericValue = 190_404_000m, Decimals = f.Decimals, Location = f.Location }
                : f)
            .ToList();

        var findings = QiniuTaxonomy.Validate(facts, mode).Result.Findings.Where(f => f.Rule == ValidationRules.RollForwardInconsistency).ToList();

        Assert.Equal(broken, findings.Select(f => f.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        Assert.All(findings, f => Assert.NotNull(f.Fact?.Location));
    }

    [Fact]
    public void InClassicModeDuplicatesThatDisagreeStopTheRollForward()
    {
        // One of the four facts of cash at the end of 2022 changed: they no longer agree, so no roll-forward that
        // uses that balance is checked, rather than one chosen at random.
        var endOf2022 = Period.Instant(new DateOnly(2022, 12, 31));
        var cash = TypedTaxonomy.Ifrs.IfrsFullConcepts.CashAndCashEquivalents.Name;
        var first = QiniuProspectus.Facts.First(f => f.ConceptName == cash && f.Period == endOf2022 && f.Dimensions.IsEmpty);
        var facts = QiniuProspectus.Facts
            .Select(f => ReferenceEquals(f, first)
                ? new Fact { ConceptName = f.ConceptName, Entity = f.Entity, Period = f.Period, Unit = f.Unit, Value = "190404000", NumericValue = 190_404_000m, Decimals = f.Decimals, Location = f.Location }
                : f)
            .ToList();

        var validation = QiniuTaxonomy.Validate(facts, CalculationMode.Classic);

        Assert.Equal(2, validation.CheckedRollForwards);
        Assert.DoesNotContain(validation.Result.Findings, f => f.Rule == ValidationRules.RollForwardInconsistency);
    }
}
