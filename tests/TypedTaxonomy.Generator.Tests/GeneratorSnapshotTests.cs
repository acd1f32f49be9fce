using System.Linq;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

public sealed class GeneratorSnapshotTests
{
    private const string Small = """
        taxonomy:
          name: Demo
          prefix: demo
          namespace: http://example.com/demo/2024
          csharpNamespace: Demo.Financials
          defaults: { currency: USD, decimals: -3 }
        units:
          USD: iso4217:USD
          Customers: demo:customer
        concepts:
          Revenue:
            type: monetary
            periodType: duration
            balance: credit
            label: Revenue
            documentation: Income from ordinary activities & services <net of tax>.
            references: ["IFRS 15 para 113"]
          CostOfSales:
            type: monetary
            periodType: duration
            balance: debit
            labels: { negated: Cost of sales }
          GrossProfit:
            type: monetary
            periodType: duration
            balance: credit
          Cash:
            type: monetary
            periodType: instant
            balance: debit
          NumberOfCustomers:
            type: integer
            periodType: duration
            unit: Customers
          ContractTerm:
            type: duration
            periodType: duration
          Recognition:
            type: enumeration
            periodType: duration
            values: [PointInTime, OverTime]
          OldRevenue:
            type: monetary
            periodType: duration
            balance: credit
            deprecated: { since: "2024", replacedBy: Revenue }
        axes:
          PlatformAxis:
            label: Platform
            members:
              CloudMember: { label: Cloud }
              OnPremiseMember: { label: On premise }
        statements:
          ProfitOrLoss:
            title: Statement of profit or loss
            axes: [PlatformAxis]
            lineItems:
              - Revenue
              - { concept: CostOfSales, label: negated }
              - { concept: GrossProfit, label: total }
              - NumberOfCustomers
              - ContractTerm
              - Recognition
          CashFlow:
            lineItems:
              - { concept: Cash, label: periodStart }
              - { concept: Cash, label: periodEnd }
        calculations:
          - total: GrossProfit
            items: { Revenue: 1, CostOfSales: -1 }
        """;

    [Fact]
    public void GeneratesStatementsCatalogAndAxes()
    {
        var run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("schema/demo.taxonomy.yaml", Small) });

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Verify(run.Sources, run.DiagnosticLines, nameof(GeneratorSnapshotTests));
    }

    /// <summary>
    /// The shipped schema's files as they are generated, and no schema diagnostic. That they compile without a diagnostic
    /// (nullable on, warnings as errors, doc comments checked) is <see cref="ConsumerCompilationTests.ConsumerCodeCompilesAgainstTheShippedSchema"/>'s
    /// assertion: the same files, with a consumer's code beside them, compiled once for both.
    /// </summary>
    [Fact]
    public void ShippedSchemaGeneratesCleanCode()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()));

        Assert.Empty(run.DiagnosticLines);
        Snapshot.Verify(run.Sources, run.DiagnosticLines, nameof(GeneratorSnapshotTests));
    }
}
