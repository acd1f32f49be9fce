using System.Linq;
using Cloopen.Financials;
using TypedTaxonomy.Srt;
using static TypedTaxonomy.Consumer.Tests.SeedData;

namespace TypedTaxonomy.Consumer.Tests;

/// <summary>The Cloopen extension (seeds 000/001): US-GAAP line items split by the SRT product and range axes.</summary>
public sealed class CloopenStatementTests
{
    [Fact]
    public void ContractLengthsAreTypedDurationsPerProductAndRange()
    {
        var binding = StatementBinder.Bind<RevenueRecognitionDetailsStatement>(CloopenFiling.Facts);

        var cpaasMinimum = binding.Statements.Single(s => s.ProductOrService == ProductOrServiceMember.Cpaas && s.Range == RangeMember.Minimum && s.Period == Year(2021));
        var cpaasMaximum = binding.Statements.Single(s => s.ProductOrService == ProductOrServiceMember.Cpaas && s.Range == RangeMember.Maximum && s.Period == Year(2021));
        Assert.Equal(IsoDuration.Parse("P3M"), cpaasMinimum.ContractWithCustomerDuration);
        Assert.Equal(3, cpaasMinimum.ContractWithCustomerDuration!.Value.Months);
        Assert.Equal(IsoDuration.Parse("P12M"), cpaasMaximum.ContractWithCustomerDuration);

        var cpaas = binding.Statements.Single(s => s.ProductOrService == ProductOrServiceMember.Cpaas && s.Range is null && s.Period == Year(2021));
        Assert.Equal(2L, cpaas.NumberOfPerformanceObligations);
        Assert.Equal(1L, cpaas.NumberOfPerformanceObligationsRecognized);
        Assert.True(binding.Unbound.Count == 0, string.Join("\n", binding.Unbound.Select(u => u.Fact + ": " + u.Reason)));
    }

    [Fact]
    public void NetRevenueOfTheYearIsInThousandsOfYuan()
    {
        var binding = StatementBinder.Bind<RevenueRecognitionDetailsStatement>(CloopenFiling.Facts);
        var total = binding.Totals.Single(s => s.Period == Year(2021) && s.Currency.CurrencyCode == "CNY");
        Assert.Equal(752_688_000m, total.RevenueFromContractWithCustomerExcludingAssessedTax);
    }
}
