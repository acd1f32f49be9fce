using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Cloopen.Financials;
using Qiniu.Financials;
using TypedTaxonomy.Xbrl;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>Reports in and out: every fact accounted for, and facts that survive typed statements and xBRL-JSON.</summary>
public sealed class RoundTripTests
{
    [Fact]
    public void EveryProspectusFactIsBoundToAStatement()
    {
        var binding = QiniuTaxonomy.Bind(QiniuProspectus.Facts);

        Assert.Equal(939, binding.Facts.Count);
        Assert.True(binding.Unbound.Count == 0, string.Join("\n", binding.Unbound.Take(10).Select(u => $"{u.Fact}: {u.Reason}")));
        Assert.Equal(939, binding.BoundFacts);
    }

    [Fact]
    public void EveryCloopenFactIsBoundToAStatement()
    {
        var binding = CloopenTaxonomy.Bind(CloopenFiling.Facts);

        Assert.True(binding.Unbound.Count == 0, string.Join("\n", binding.Unbound.Take(10).Select(u => $"{u.Fact}: {u.Reason}")));
        Assert.Equal(CloopenFiling.Facts.Count, binding.BoundFacts);
    }

    [Fact]
    public void AFactOfAnotherTaxonomyIsListedWithTheReason()
    {
        var stranger = new Fact
        {
            ConceptName = new QName("http://example.com/other", "other", "Widgets"),
            Entity = QiniuProspectus.Facts[0].Entity,
            Period = Year(2021),
            Value = "7",
        };

        var binding = QiniuTaxonomy.Bind(QiniuProspectus.Facts.Append(stranger).ToList());

        var unbound = Assert.Single(binding.Unbound);
        Assert.Same(stranger, unbound.Fact);
        Assert.Equal("the taxonomy does not define other:Widgets", unbound.Reason);
    }

    [Fact]
    public void AFigureGivenAgainLessPreciselyIsTheSameFactAndTheMorePreciseOneIsKept()
    {
        var revenue = QiniuProspectus.Facts.First(f => f.ConceptName.LocalName == "Revenue" && f.Dimensions.IsEmpty && f.Period == Year(2021));
        var inMillions = new Fact { ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = revenue.Period, Unit = revenue.Unit, Value = "1471000000", NumericValue = 1_471_000_000m, Decimals = Decimals.Of(-6) };
        var conflicting = new Fact { ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = revenue.Period, Unit = revenue.Unit, Value = "1500000000", NumericValue = 1_500_000_000m, Decimals = Decimals.Of(-6) };

        var binding = StatementBinder.Bind<ProfitOrLossStatement>(new[] { inMillions, revenue, conflicting });

        Assert.Equal(1_471_010_000m, binding.Find(Year(2021))!.Revenue);
        Assert.Equal(2, binding.BoundFacts);
        var unbound = Assert.Single(binding.Unbound);
        Assert.Same(conflicting, unbound.Fact);
        Assert.StartsWith("duplicate of ifrs-full:Revenue", unbound.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFactForATypedDimensionIsNotBoundAsIfItHadNone()
    {
        var revenue = QiniuProspectus.Facts.First(f => f.ConceptName.LocalName == "Revenue" && f.Dimensions.IsEmpty && f.Period == Year(2021));
        var typed = new Fact
        {
            ConceptName = revenue.ConceptName, Entity = revenue.Entity, Period = revenue.Period, Unit = revenue.Unit, Value = revenue.Value, NumericValue = revenue.NumericValue, Decimals = revenue.Decimals,
            TypedDimensions = [new TypedMember(new QName("http://example.com", "x", "StartDateAxis"), "2022-01-01")],
        };

        var binding = StatementBinder.Bind<ProfitOrLossStatement>(new[] { typed });

        Assert.Empty(binding.Statements);
        Assert.Contains("typed dimension x:StartDateAxis", Assert.Single(binding.Unbound).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportToTypedStatementsToXbrlJsonAndBackGivesTheSameFacts()
    {
        var original = QiniuProspectus;
        var binding = QiniuTaxonomy.Bind(original.Facts);
        var entity = original.Facts[0].Entity;

        var statements = AllStatements(binding);
        var written = statements.SelectMany(s => StatementFacts.ToFacts(s, entity)).ToList();
        var report = new XbrlReport(written, original.Namespaces);
        using var buffer = new MemoryStream();
        new XbrlJsonWriter().Write(report, buffer);
        var reread = new XbrlJsonReader().Read(buffer.ToArray(), "round-trip.json");

        // Nil facts carry no value into a typed property, so they do not come back; every other fact does, once.
        var expected = Distinct(original.Facts.Where(f => !f.IsNil));
        var actual = Distinct(reread.Facts);
        Assert.Equal(expected.Count, actual.Count);
        foreach (var (key, fact) in expected)
        {
            Assert.True(actual.TryGetValue(key, out var back), $"{fact} did not come back");
            Assert.Equal(fact.NumericValue, back!.NumericValue);
            Assert.Equal(fact.NumericValue is null ? fact.Value : null, back.NumericValue is null ? back.Value : null);
            Assert.Equal(fact.Decimals, back.Decimals);
            Assert.Equal(fact.Unit, back.Unit);
        }
    }

    private static IEnumerable<IStatement> AllStatements(ReportBinding binding)
    {
        IEnumerable<IStatement> Of<TStatement>()
            where TStatement : class, IStatement, IStatementType<TStatement> => binding.Of<TStatement>().Statements;

        return Of<ProfitOrLossStatement>().Concat(Of<NonIfrsReconciliationStatement>()).Concat(Of<RevenueByPlatformStatement>())
            .Concat(Of<RevenueByProductStatement>()).Concat(Of<CostOfSalesByNatureStatement>()).Concat(Of<OtherIncomeAndGainsStatement>())
            .Concat(Of<SellingAndMarketingExpensesStatement>()).Concat(Of<AdministrativeExpensesStatement>()).Concat(Of<ResearchAndDevelopmentCostsStatement>())
            .Concat(Of<KeyOperatingMetricsStatement>()).Concat(Of<KeyFinancialRatiosStatement>()).Concat(Of<PropertyPlantAndEquipmentByClassStatement>())
            .Concat(Of<RightOfUseAssetsByClassStatement>()).Concat(Of<InventoriesByTypeStatement>()).Concat(Of<InventoriesAgingStatement>())
            .Concat(Of<TradeAndNotesReceivablesSummaryStatement>()).Concat(Of<TradeAndNotesReceivablesAgingStatement>())
            .Concat(Of<PrepaymentsDepositsAndOtherReceivablesSummaryStatement>()).Concat(Of<TradePayablesAgingStatement>())
            .Concat(Of<OtherPayablesAndAccrualsSummaryStatement>()).Concat(Of<TurnoverDaysStatement>()).Concat(Of<Qiniu.Financials.RelatedPartyBalancesStatement>())
            .Concat(Of<IndebtednessStatement>()).Concat(Of<InterestBearingBankAndOtherBorrowingsStatement>()).Concat(Of<LeaseLiabilitiesSummaryStatement>())
            .Concat(Of<NetCurrentLiabilitiesStatement>()).Concat(Of<CapitalExpendituresSummaryStatement>()).Concat(Of<CashFlowSummaryStatement>())
            .Concat(Of<TypedTaxonomy.Ifrs.ProfitOrLossByFunctionOfExpenseStatement>()).Concat(Of<TypedTaxonomy.Ifrs.StatementOfFinancialPositionCurrentNoncurrentStatement>())
            .Concat(Of<TypedTaxonomy.Ifrs.StatementOfCashFlowsIndirectMethodStatement>());
    }

    /// <summary>Facts by their aspects (concept, period, unit, members): duplicates collapse to one.</summary>
    private static Dictionary<string, Fact> Distinct(IEnumerable<Fact> facts)
    {
        var result = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var members = string.Join(",", fact.Dimensions.Select(d => d.ToString()).OrderBy(d => d, StringComparer.Ordinal));
            result.TryAdd($"{fact.ConceptName}|{fact.Period}|{fact.Unit}|{members}", fact);
        }

        return result;
    }
}
