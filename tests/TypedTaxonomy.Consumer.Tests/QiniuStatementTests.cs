using System;
using System.Linq;
using Qiniu.Financials;
using TypedTaxonomy.Ifrs;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>The generated Qiniu classes, filled with the prospectus figures (seed 002, RMB'000).</summary>
public sealed class QiniuStatementTests
{
    /// <summary>The sample's typed use: each period's gross margin from the generated properties is the one the prospectus prints.</summary>
    [Theory]
    [InlineData(2021, 12, 19.8)]
    [InlineData(2022, 12, 19.9)]
    [InlineData(2023, 12, 21.0)]
    [InlineData(2023, 3, 18.3)]
    [InlineData(2024, 3, 20.6)]
    public void GrossMarginsFromTheTypedStatementAreTheProspectusKeyRatios(int year, int months, double printed)
    {
        var statement = StatementBinder.Bind<ProfitOrLossStatement>(QiniuProspectus.Facts).Find(months == 12 ? Year(year) : FirstQuarter(year))!;

        var margin = Math.Round(statement.GrossProfit!.Value / statement.Revenue!.Value * 100, 1, MidpointRounding.AwayFromZero);

        Assert.Equal((decimal)printed, margin);
    }

    [Fact]
    public void ProfitOrLossHoldsTheProspectusFiguresInFullUnits()
    {
        var binding = StatementBinder.Bind<ProfitOrLossStatement>(QiniuProspectus.Facts);

        var year2021 = binding.Find(Year(2021));
        Assert.NotNull(year2021);
        Assert.Equal(1_471_010_000m, year2021.Revenue);
        Assert.Equal(1_179_834_000m, year2021.CostOfSales);
        Assert.Equal(291_176_000m, year2021.GrossProfit);
        Assert.Equal(year2021.Revenue - year2021.CostOfSales, year2021.GrossProfit);
        Assert.Equal(Decimals.Of(-3), year2021.Decimals);
        Assert.Equal("CNY", year2021.Currency.CurrencyCode);

        // Five columns: three years and two unaudited first quarters.
        Assert.Equal(
            new[] { Year(2021), Year(2022), FirstQuarter(2023), Year(2023), FirstQuarter(2024) },
            binding.Totals.Select(s => s.Period).ToArray());

        // Facts broken down by platform or product belong to other statements; every total is bound here.
        Assert.All(binding.Unbound, u => Assert.NotEmpty(u.Fact.Dimensions));
        Assert.All(binding.Unbound, u => Assert.Contains("are not axes and members of ProfitOrLossStatement", u.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void AFactWhoseContextHasNonDimensionalContentIsLeftUnboundWithTheReason()
    {
        var revenue = QiniuProspectus.Facts.First(f => f.ConceptName == IfrsFullConcepts.Revenue.Name && f.Period == Year(2021) && f.Dimensions.IsEmpty);
        var regional = new Fact
        {
            ConceptName = revenue.ConceptName,
            Entity = revenue.Entity,
            Period = revenue.Period,
            Unit = revenue.Unit,
            Value = "1",
            NumericValue = 1m,
            Decimals = revenue.Decimals,
            NonDimensionalContent = "segment: <{http://example.com/geo}region>North</>",
        };

        var binding = StatementBinder.Bind<ProfitOrLossStatement>(QiniuProspectus.Facts.Append(regional));

        // The total is not overwritten by the regional figure: that fact is accounted for apart, with the reason.
        Assert.Equal(1_471_010_000m, binding.Find(Year(2021))!.Revenue);
        var unbound = Assert.Single(binding.Unbound, u => ReferenceEquals(u.Fact, regional));
        Assert.Equal("its context has segment or scenario content other than axis members (segment: <{http://example.com/geo}region>North</>), and statements have explicit axes only", unbound.Reason);
    }

    [Fact]
    public void RevenueByPlatformIsHeldPerMember()
    {
        var binding = StatementBinder.Bind<RevenueByPlatformStatement>(QiniuProspectus.Facts);

        var mpaas = binding.Statements.Single(s => s.Platform == PlatformMember.Mpaas && s.Period == Year(2021));
        var apaas = binding.Statements.Single(s => s.Platform == PlatformMember.Apaas && s.Period == Year(2021));
        Assert.Equal(1_369_641_000m, mpaas.Revenue);
        Assert.Equal(24_901_000m, apaas.Revenue);

        // The same statement class holds the total over all platforms (the default member): no axis member.
        var total = binding.Totals.Single(s => s.Period == Year(2021));
        Assert.Null(total.Platform);
        Assert.Equal(1_471_010_000m, total.Revenue);
        Assert.Equal(new[] { new ExplicitMember(PlatformAxis.Axis, PlatformAxis.ToQName(PlatformMember.Mpaas)) }, mpaas.Members);
    }

    [Fact]
    public void RevenueByProductUsesTwoAxes()
    {
        var binding = StatementBinder.Bind<RevenueByProductStatement>(QiniuProspectus.Facts);

        var qcdn = binding.Statements.Single(s => s.Product == ProductMember.Qcdn && s.Period == Year(2021));
        Assert.Equal(PlatformMember.Mpaas, qcdn.Platform);
        Assert.Equal(585_513_000m, qcdn.Revenue);
        Assert.Empty(binding.Unbound);
    }

    [Fact]
    public void CashFlowSummaryPlacesOpeningAndClosingCashAtTheEdgesOfThePeriod()
    {
        var binding = StatementBinder.Bind<CashFlowSummaryStatement>(QiniuProspectus.Facts);

        var year2021 = binding.Find(Year(2021));
        Assert.NotNull(year2021);
        Assert.Equal(140_129_000m, year2021.OpeningCashAndCashEquivalents);
        Assert.Equal(285_523_000m, year2021.ClosingCashAndCashEquivalents);
        var year2022 = binding.Find(Year(2022));
        Assert.Equal(year2021.ClosingCashAndCashEquivalents, year2022!.OpeningCashAndCashEquivalents);
    }

    [Fact]
    public void AStatementRejectsAPeriodOfTheWrongKind()
    {
        var instant = Period.Instant(new DateOnly(2021, 12, 31));
        var exception = Assert.Throws<ArgumentException>(() => new ProfitOrLossStatement(instant));
        Assert.Contains("not a duration", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheConceptCatalogNeedsNoStringLiterals()
    {
        Assert.Equal("ifrs-full:Revenue", IfrsFullConcepts.Revenue.ToString());
        Assert.Equal(DataType.Monetary, IfrsFullConcepts.Revenue.DataType);
        Assert.Equal(PeriodType.Duration, IfrsFullConcepts.Revenue.PeriodType);
        Assert.Equal(Balance.Credit, IfrsFullConcepts.Revenue.Balance);
        Assert.True(IfrsFullTaxonomy.TryGetConcept(new QName(IfrsFullTaxonomy.Namespace, "ifrs-full", "Revenue"), out var concept));
        Assert.Same(IfrsFullConcepts.Revenue, concept);
        Assert.False(IfrsFullTaxonomy.TryGetConcept(new QName(QiniuTaxonomy.Namespace, "qiniu", "Revenue"), out _));
        Assert.Equal("Total revenue", IfrsFullConcepts.Revenue.LabelOf("total"));
        Assert.Equal("Revenue", IfrsFullConcepts.Revenue.LabelOf("terse")); // no terse label: the standard one
    }

    [Fact]
    public void PresentationRowsCarryTheLabelChosenForEachPlace()
    {
        var rows = ProfitOrLossStatement.Presentation;
        Assert.Equal(IfrsFullConcepts.Revenue, rows[0].Concept);
        Assert.Equal(IfrsFullConcepts.CostOfSales, rows[1].Concept);
        Assert.Equal("Cost of sales", rows[1].Label);
        Assert.Equal(PeriodPlacement.Duration, rows[1].Placement);
        var statement = StatementBinder.Bind<ProfitOrLossStatement>(QiniuProspectus.Facts).Find(Year(2022))!;
        Assert.Equal(statement.Revenue, statement.GetValue(rows[0]));
    }
}
