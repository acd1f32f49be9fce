using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The <c>CSharpNamespace</c> metadata of a <c>TaxonomySchema</c> item (handed to the generator as
/// <c>build_metadata.AdditionalFiles.CSharpNamespace</c>) puts that file's code in another C# namespace than the
/// file's own <c>csharpNamespace</c>.
/// </summary>
public sealed class NamespaceMetadataTests
{
    private const string Schema = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, csharpNamespace: Demo.Financials }
        units: { USD: iso4217:USD }
        concepts:
          Revenue: { type: monetary, periodType: duration, balance: credit }
          CostOfSales: { type: monetary, periodType: duration, balance: debit }
        statements:
          Income: { lineItems: [Revenue, CostOfSales] }
        """;

    private const string Other = """
        taxonomy: { name: Other, prefix: other, namespace: http://example.com/other, csharpNamespace: Other.Financials }
        units: { USD: iso4217:USD }
        concepts:
          Sales: { type: monetary, periodType: duration, balance: credit }
        statements:
          Sales: { lineItems: [Sales] }
        """;

    [Fact]
    public void TheItemMetadataNamesTheNamespaceOfThatFileOnly()
    {
        var options = new ItemMetadataOptions().With("demo.taxonomy.yaml", "CSharpNamespace", " Acme.Reporting ");
        var run = GeneratorHarness.Run(
            [new InMemoryAdditionalText("demo.taxonomy.yaml", Schema), new InMemoryAdditionalText("other.taxonomy.yaml", Other)],
            options,
            """
            namespace Consumer;

            internal static class Uses
            {
                public static decimal? Margin(Acme.Reporting.IncomeStatement income) => income.Revenue - income.CostOfSales;

                public static TypedTaxonomy.Concept Sales => Other.Financials.OtherConcepts.Sales;
            }
            """);

        Assert.Empty(run.DiagnosticLines);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Acme.Reporting.IncomeStatement", StringComparison.Ordinal));
        Assert.DoesNotContain(run.Sources, s => s.HintName.StartsWith("Demo.Financials.", StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Other.Financials.SalesStatement", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInvalidNamespaceInTheMetadataIsReportedOnTheFileAndItsOwnNamespaceIsUsed()
    {
        var options = new ItemMetadataOptions().With("demo.taxonomy.yaml", "CSharpNamespace", "Acme.class");
        var run = GeneratorHarness.Run([new InMemoryAdditionalText("demo.taxonomy.yaml", Schema)], options);

        var diagnostic = Assert.Single(run.SchemaDiagnostics);
        Assert.Equal("TAX0007", diagnostic.Id);
        Assert.Contains("'Acme.class' is not a valid C# namespace name", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("CSharpNamespace metadata", diagnostic.GetMessage(), StringComparison.Ordinal);
        var position = diagnostic.Location.GetLineSpan();
        Assert.Equal(("demo.taxonomy.yaml", 0), (position.Path, position.StartLinePosition.Line));
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Demo.Financials.IncomeStatement", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutTheMetadataTheFileKeepsItsOwnNamespace()
    {
        var run = GeneratorHarness.Run([new InMemoryAdditionalText("demo.taxonomy.yaml", Schema)], new ItemMetadataOptions());

        Assert.Empty(run.DiagnosticLines);
        Assert.Contains(run.Sources, s => s.HintName.StartsWith("Demo.Financials.IncomeStatement", StringComparison.Ordinal));
    }

    [Fact]
    public void ChangingTheMetadataReparsesOnlyThatFile()
    {
        AdditionalText demo = new InMemoryAdditionalText("demo.taxonomy.yaml", Schema);
        AdditionalText other = new InMemoryAdditionalText("other.taxonomy.yaml", Other);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }");
        var driver = GeneratorHarness.CreateDriver([demo, other], new ItemMetadataOptions()).RunGenerators(compilation);

        driver = driver
            .WithUpdatedAnalyzerConfigOptions(new ItemMetadataOptions().With("demo.taxonomy.yaml", "CSharpNamespace", "Acme.Reporting"))
            .RunGenerators(compilation);

        var parses = driver.GetRunResult().Results.Single().TrackedSteps[Pipeline.TrackingNames.ParseFile];
        Assert.Equal(2, parses.Length);
        Assert.Equal(
            new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached },
            parses.Select(step => step.Outputs.Single().Reason).ToArray());
        Assert.Contains(driver.GetRunResult().GeneratedTrees, tree => tree.FilePath.Contains("Acme.Reporting.IncomeStatement", StringComparison.Ordinal));
    }
}
