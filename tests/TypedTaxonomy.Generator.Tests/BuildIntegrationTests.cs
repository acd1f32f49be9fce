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
/// repository's bin and obj folders. It is slow (two builds, a minute or more), and is one test.
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
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "TypedTaxonomy.BuildTest." + Guid.NewGuid().ToString("N")));
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

    /// <summary>
    /// One build of a consumer that includes every mistake of the corpus (each its own taxonomy and namespace) and
    /// whose C# uses each namespace: the build prints every expected <c>file(line,col): error TAXnnnn: message</c> line,
    /// each once, beside the C# errors the mistakes cause, and none shows an exception's text.
    /// </summary>
    [Fact(Timeout = 900_000)]
    public async Task EveryMistakeOfTheCorpusIsPrintedOnceByARealBuild()
    {
        var directory = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "TypedTaxonomy.CorpusBuild." + Guid.NewGuid().ToString("N")));
        try
        {
            var mistakes = Directory.CreateDirectory(Path.Combine(directory.FullName, "mistakes"));
            foreach (var file in MistakeCorpus.Files)
            {
                File.Copy(Path.Combine(MistakeCorpus.Directory, file), Path.Combine(mistakes.FullName, file));
            }

            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), DotnetBuild.ConsumerProject("<AdditionalFiles Include=\"mistakes/*.taxonomy.yaml;mistakes/*.taxonomy.json\" />", executable: false));
            File.WriteAllText(Path.Combine(directory.FullName, "UsesEveryTaxonomy.cs"), MistakeCorpus.Consumer());

            var build = await BuildAsync(directory.FullName);

            Assert.NotEqual(0, build.ExitCode);

            // MSBuild prints each error as the compiler reports it, then again in its summary after "Build FAILED.":
            // each part must hold every expected line once.
            var summaryStart = build.Output.IndexOf("Build FAILED.", StringComparison.Ordinal);
            Assert.True(summaryStart > 0, "No summary in the build output");
            foreach (var part in new[] { build.Output.Substring(0, summaryStart), build.Output.Substring(summaryStart) })
            {
                var printed = SchemaLines(part, mistakes.FullName + Path.DirectorySeparatorChar);
                Assert.Equal(MistakeCorpus.Expected.Order(StringComparer.Ordinal), printed.Order(StringComparer.Ordinal));
                Assert.All(printed, line => Assert.DoesNotContain(MistakeCorpus.ForeignTexts, foreign => line.Contains(foreign, StringComparison.Ordinal)));
            }

            // The C# errors the mistakes cause are there too, and hide nothing: the taxonomies that do not generate are named.
            Assert.Contains("error CS0234", build.Output, StringComparison.Ordinal);
        }
        finally
        {
            DotnetBuild.Delete(directory, output.WriteLine);
        }
    }

    /// <summary>Runs <c>dotnet build</c> in <paramref name="directory"/> with warnings reported as warnings, and logs what it printed.</summary>
    private async Task<(int ExitCode, string Output)> BuildAsync(string directory)
    {
        var build = await DotnetBuild.BuildAsync(directory, "-p:TreatWarningsAsErrors=false");
        output.WriteLine($"dotnet build in {build.Elapsed.TotalSeconds:F0} s, exit code {build.ExitCode}:\n{build.Output}");
        return (build.ExitCode, build.Output);
    }

    private static List<string> SchemaLines(string output, string prefix)
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
