using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>What a consumer sees: schema changes become ordinary C# compile errors at the use site.</summary>
public sealed class ConsumerCompilationTests
{
    private const string Consumer = """
        using Qiniu.Financials;
        using TypedTaxonomy;

        namespace Consumer;

        internal static class Margins
        {
            public static decimal? GrossProfit(ProfitOrLossStatement statement) => statement.GrossProfit;

            public static Concept Concept => TypedTaxonomy.Ifrs.IfrsFullConcepts.GrossProfit;
        }
        """;

    [Fact]
    public void ConsumerCodeCompilesAgainstTheShippedSchema()
    {
        var run = GeneratorHarness.Run(GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()), Consumer);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void RenamingAConceptBreaksTheCodeThatUsedTheOldName()
    {
        var files = GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles())
            .Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, RenameGrossProfit(f.GetText()!.ToString())))
            .ToList();

        var run = GeneratorHarness.Run(files, Consumer);

        Assert.Empty(run.DiagnosticLines);
        var errors = run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Contains(errors, e => e.Id == "CS1061" && e.GetMessage().Contains("'GrossProfit'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Id == "CS0117" && e.GetMessage().Contains("'GrossProfit'", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.StartsWith("Consumer", e.Location.SourceTree!.FilePath, StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.Text.Contains("public decimal? GrossProfitAfterCostOfSales", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnexpectedFailureBecomesOneDiagnosticAndTheOtherFilesStillGenerate()
    {
        var good = new InMemoryAdditionalText("good.taxonomy.yaml", """
            taxonomy: { name: Good, prefix: good, namespace: http://example.com/good }
            concepts: { Revenue: { type: monetary, periodType: duration } }
            statements: { Income: { lineItems: [Revenue] } }
            """);
        var run = GeneratorHarness.Run(new AdditionalText[] { good, new ThrowingAdditionalText("broken.taxonomy.yaml") });

        var failure = Assert.Single(run.SchemaDiagnostics);
        Assert.Equal("TAX0027", failure.Id);
        Assert.Equal("broken.taxonomy.yaml", failure.Location.GetLineSpan().Path);
        Assert.Contains("IOException: disk on fire", failure.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(run.Sources, s => s.HintName == "TypedTaxonomy.Generated.Good.IncomeStatement.g.cs");
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static string RenameGrossProfit(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\bGrossProfit\b", "GrossProfitAfterCostOfSales");

    private sealed class ThrowingAdditionalText : AdditionalText
    {
        public ThrowingAdditionalText(string path) => Path = path;

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("disk on fire");
    }
}
