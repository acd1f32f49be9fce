using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer project outside the repository that references the generator
/// as an analyzer: schema mistakes come out as <c>file.yaml(line,col): error TAX....</c> lines where they
/// were made, and the fixed schema builds into classes the project's C# code uses.
/// </summary>
/// <remarks>
/// The consumer has only project references (outside the repository there is no central package
/// management), and builds into its own artifacts folder, so it neither needs nor touches the
/// repository's bin and obj folders. It is slow (two builds, a minute or more), and is one test. The build of the
/// mistake corpus is in <see cref="CorpusBuildTests"/>, a test class (so an xunit collection) of its own, so that the
/// two real builds, bound by processes and I/O more than by this process, run at the same time.
/// </remarks>
public sealed class BuildIntegrationTests
{
    private const string BrokenSchema = """
        taxonomy:
          name: Demo
          prefix: demo
          namespace: http://example.com/demo
          csharpNamespace: Demo.Financials
        units:
          USD: iso4217:USD
        concepts:
          Revenue:
            type: monetary
            periodType: duration
            balance: credit
            lable: Revenue from contracts with customers
          CostOfSales: { type: monetary, periodType: duration, balance: debit }
        statements:
          Income:
            lineItems: [Revenue, CostOfSale]
        """;

    private const string Consumer = """
        namespace Consumer;

        /// <summary>Uses the generated statement and concept catalog.</summary>
        public static class Margins
        {
            /// <summary>Revenue less cost of sales.</summary>
            public static decimal? GrossMargin(Demo.Financials.IncomeStatement statement) => statement.Revenue - statement.CostOfSales;

            /// <summary>The concept behind the revenue line.</summary>
            public static TypedTaxonomy.Concept RevenueConcept => Demo.Financials.DemoConcepts.Revenue;
        }
        """;

    private readonly ITestOutputHelper output;

    public BuildIntegrationTests(ITestOutputHelper output) => this.output = output;

    [Fact(Timeout = 900_000)]
    public async Task SchemaErrorsAppearInTheBuildWhereTheyAreAndTheFixedSchemaBuilds()
    {
        var directory = DotnetBuild.NewFolder("BuildTest");
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), DotnetBuild.ConsumerProject("<AdditionalFiles Include=\"broken.taxonomy.yaml\" />", executable: false));
            var schema = Path.Combine(directory.FullName, "broken.taxonomy.yaml");
            File.WriteAllText(schema, BrokenSchema);

            var broken = await BuildAsync(directory.FullName);

            Assert.NotEqual(0, broken.ExitCode);
            var (typoLine, typoColumn) = PositionOf(BrokenSchema, "lable:");
            var (unknownLine, unknownColumn) = PositionOf(BrokenSchema, "CostOfSale]");
            Assert.Contains($"broken.taxonomy.yaml({typoLine},{typoColumn}): error TAX0002: Unknown key 'lable' in the concept 'Revenue' (did you mean 'label'?)", broken.Output, StringComparison.Ordinal);
            Assert.Contains($"broken.taxonomy.yaml({unknownLine},{unknownColumn}): error TAX0009: The concept 'CostOfSale' is not defined (did you mean 'CostOfSales'?)", broken.Output, StringComparison.Ordinal);
            Assert.Equal((13, 5), (typoLine, typoColumn));
            Assert.Equal((17, 26), (unknownLine, unknownColumn));

            File.WriteAllText(schema, BrokenSchema.Replace("lable:", "label:", StringComparison.Ordinal).Replace("CostOfSale]", "CostOfSales]", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(directory.FullName, "Margins.cs"), Consumer);

            var fixedBuild = await BuildAsync(directory.FullName);

            Assert.True(fixedBuild.ExitCode == 0, "The fixed schema does not build:\n" + fixedBuild.Output);
            Assert.DoesNotContain("TAX0", fixedBuild.Output, StringComparison.Ordinal);
        }
        finally
        {
            DotnetBuild.Delete(directory, output.WriteLine);
        }
    }

    /// <summary>Runs <c>dotnet build</c> in <paramref name="directory"/> with warnings reported as warnings, and logs what it printed.</summary>
    private Task<(int ExitCode, string Output)> BuildAsync(string directory) => DotnetBuild.BuildAsync(directory, output.WriteLine, "-p:TreatWarningsAsErrors=false");

    internal static List<string> SchemaLines(string output, string prefix)
    {
        var lines = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.Trim();
            var id = System.Text.RegularExpressions.Regex.Match(line, ": (error|warning) (TAX[0-9]{4}): ");
            if (!id.Success)
            {
                continue;
            }

            Assert.StartsWith(prefix, line, StringComparison.Ordinal);
            line = line.Substring(prefix.Length);
            var project = line.LastIndexOf(" [", StringComparison.Ordinal);
            line = project > 0 && line.EndsWith(".csproj]", StringComparison.Ordinal) ? line.Substring(0, project) : line;
            var helpLink = $" ({TypedTaxonomy.Schema.Diagnostics.SchemaDiagnosticDescriptors.HelpLinkBase}{id.Groups[2].Value}.md)";
            Assert.EndsWith(helpLink, line, StringComparison.Ordinal);
            lines.Add(line.Substring(0, line.Length - helpLink.Length));
        }

        return lines;
    }

    private static (int Line, int Column) PositionOf(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker + " is not in the schema");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
    }
}
