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

    /// <summary>
    /// The consumer's code and the shipped schema's generated files compile without a diagnostic of either: the one
    /// compilation of the shipped files, unchanged, in the generator tests (<see cref="GeneratorSnapshotTests.ShippedSchemaGeneratesCleanCode"/>
    /// holds their text).
    /// </summary>
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
    public void XbrlNamesWithDotsAndHyphensBecomeCSharpNamesWithUnderscores()
    {
        var schema = new InMemoryAdditionalText("notes.taxonomy.yaml", """
            taxonomy: { name: Notes, prefix: aapl, namespace: http://www.apple.com/20230930, csharpNamespace: Apple.Financials }
            units: { USD: iso4217:USD }
            concepts:
              Non-CurrentDebt: { type: monetary, periodType: instant, balance: credit }
            axes:
              ClassOfStockAxis:
                members: { A1.375NotesDue2024Member: { label: 1.375% Notes due 2024 } }
            statements:
              Debt: { axes: [ClassOfStockAxis], lineItems: [Non-CurrentDebt] }
            """);
        const string Consumer = """
            using Apple.Financials;
            using TypedTaxonomy;

            namespace Consumer;

            internal static class Notes
            {
                public static QName Name => NotesConcepts.Non_CurrentDebt.Name;

                public static decimal? Debt(DebtStatement statement) =>
                    statement.ClassOfStock == ClassOfStockMember.A1_375NotesDue2024 ? statement.Non_CurrentDebt : null;

                public static bool Finds(QName member) => ClassOfStockAxis.TryGetMember(member, out _);
            }
            """;

        var run = GeneratorHarness.Run(new[] { schema }, Consumer);

        Assert.Empty(run.DiagnosticLines);
        Assert.Empty(run.CompilationDiagnostics);
        Assert.Contains(run.Sources, s => s.Text.Contains("\"A1.375NotesDue2024Member\"", StringComparison.Ordinal));
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
