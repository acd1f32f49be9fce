using System;
using System.Collections.Generic;
using System.Linq;
using Qiniu.Financials;
using TypedTaxonomy.Ifrs;
using TypedTaxonomy.Validation;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>
/// The generated validators on the prospectus figures: every total the seed prints adds up, except where a
/// [REDACTED] row left an item unreported, and a changed figure gives exactly the finding each mode implies.
/// </summary>
public sealed class SeedValidationTests
{
    public static IEnumerable<object[]> Modes() => new[] { new object[] { CalculationMode.RoundToNearest }, new object[] { CalculationMode.Classic } };

    [Theory]
    [MemberData(nameof(Modes))]
    public void EveryPrintedTotalIsConsistentExceptTheRedactedRows(CalculationMode mode)
    {
        var findings = new List<ValidationFinding>();
        var statements = 0;
        void Check<TStatement>()
            where TStatement : class, IStatement, IStatementType<TStatement>
        {
            foreach (var statement in StatementBinder.Bind<TStatement>(QiniuProspectus.Facts).Statements)
            {
                statements++;
                findings.AddRange(statement.Validate(mode).Findings);
            }
        }

        Check<ProfitOrLossStatement>();
        Check<NonIfrsReconciliationStatement>();
        Check<RevenueByPlatformStatement>();
        Check<RevenueByProductStatement>();
        Check<CostOfSalesByNatureStatement>();
        Check<OtherIncomeAndGainsStatement>();
        Check<SellingAndMarketingExpensesStatement>();
        Check<AdministrativeExpensesStatement>();
        Check<ResearchAndDevelopmentCostsStatement>();
        Check<KeyOperatingMetricsStatement>();
        Check<KeyFinancialRatiosStatement>();
        Check<InventoriesByTypeStatement>();
        Check<TradeAndNotesReceivablesSummaryStatement>();
        Check<PrepaymentsDepositsAndOtherReceivablesSummaryStatement>();
        Check<OtherPayablesAndAccrualsSummaryStatement>();
        Check<RelatedPartyBalancesStatement>();
        Check<IndebtednessStatement>();
        Check<InterestBearingBankAndOtherBorrowingsStatement>();
        Check<LeaseLiabilitiesSummaryStatement>();
        Check<NetCurrentLiabilitiesStatement>();
        Check<CapitalExpendituresSummaryStatement>();
        Check<CashFlowSummaryStatement>();
        Assert.True(statements > 100, $"only {statements} statements bound");

        // The ten bindings samples/data/README.md lists, all partly reported because a [REDACTED] row has no fact.
        var expectedRule = mode == CalculationMode.Classic ? ValidationRules.ClassicCalculationInconsistency : ValidationRules.InconsistentCalculation;
        Assert.All(findings, f => Assert.Equal(expectedRule, f.Rule));
        Assert.All(findings, f => Assert.True(f.IsPartiallyReported, f.ToString()));
        var byTotal = findings.GroupBy(f => f.Concept.Name.LocalName).ToDictionary(g => g.Key, g => g.Select(f => f.Period.End.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(d => d, StringComparer.Ordinal).ToArray());
        Assert.Equal(new[] { "2023-03-31", "2023-12-31", "2024-03-31" }, byTotal["AdministrativeExpense"]);
        Assert.Equal(new[] { "2023-03-31", "2023-12-31", "2024-03-31" }, byTotal["AdjustedNetProfitLoss"]);
        Assert.Equal(10, findings.Count);
        Assert.Equal(4, byTotal.Count);
    }

    [Fact]
    public void AOneUnitChangeBreaksTheClassicCheckButStaysWithinTheRoundingTolerance()
    {
        var statement = ProfitOrLoss2021();
        statement.CostOfSales += 1_000m; // one unit of decimals -3

        var classic = statement.Validate(CalculationMode.Classic);
        var rounding = statement.Validate(CalculationMode.RoundToNearest);

        var finding = Assert.Single(classic.Findings);
        Assert.Equal(ValidationRules.ClassicCalculationInconsistency, finding.Rule);
        Assert.Same(IfrsFullConcepts.GrossProfit, finding.Concept);
        Assert.Equal(291_176_000m, finding.ReportedValue);
        Assert.Equal(new ValueInterval(291_175_000m, 291_175_000m), finding.Expected); // 1,471,010 − 1,179,835 thousand
        Assert.Empty(finding.MissingItems);
        Assert.Equal(ValidationResult.Valid, rounding); // ±500 on each of two items: a sum within ±1,000 still meets the total
    }

    [Fact]
    public void ATwoUnitChangeBreaksBothModes()
    {
        var statement = ProfitOrLoss2021();
        statement.CostOfSales += 2_000m;

        var rounding = Assert.Single(statement.Validate(CalculationMode.RoundToNearest).Findings);
        Assert.Equal(ValidationRules.InconsistentCalculation, rounding.Rule);
        Assert.Equal(new ValueInterval(291_175_500m, 291_176_500m), rounding.ReportedInterval);
        Assert.Equal(new ValueInterval(291_173_000m, 291_175_000m), rounding.Expected); // 291,174,000 ± 500 ± 500
        Assert.Contains("ifrs-full:GrossProfit", rounding.Message, StringComparison.Ordinal);
        Assert.Single(statement.Validate(CalculationMode.Classic).Findings);
    }

    [Fact]
    public void AFactWithDigitsFinerThanItsDecimalsStopsTheRoundingCheck()
    {
        var statement = ProfitOrLoss2021();
        statement.Revenue += 1m; // 1,471,010,001 is not a value "in thousands"

        var finding = Assert.Single(statement.Validate(CalculationMode.RoundToNearest).Findings);
        Assert.Equal(ValidationRules.ExcessDigits, finding.Rule);
        Assert.Equal(ValidationResult.Valid, statement.Validate(CalculationMode.Classic));
    }

    [Fact]
    public void AnUnreportedRequiredItemIsFound()
    {
        var statement = ProfitOrLoss2021();
        statement.ProfitLoss = null;

        var finding = Assert.Single(statement.Validate().Findings);
        Assert.Equal(ValidationRules.RequiredItemMissing, finding.Rule);
        Assert.Same(IfrsFullConcepts.ProfitLoss, finding.Concept);
    }

    [Fact]
    public void ValidatingAConsistentStatementAllocatesNothing()
    {
        var statement = ProfitOrLoss2021();
        Assert.Same(ValidationResult.Valid, statement.Validate()); // warm up: JIT and static initialisation

        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = statement.Validate();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(ValidationResult.Valid, result);
        Assert.Equal(0, allocated);
    }

    private static ProfitOrLossStatement ProfitOrLoss2021() =>
        StatementBinder.Bind<ProfitOrLossStatement>(QiniuProspectus.Facts).Find(Year(2021)) ?? throw new InvalidOperationException("2021 is not bound");
}
