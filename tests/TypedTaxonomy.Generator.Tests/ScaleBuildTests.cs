using System;
using System.IO;
using System.Threading.Tasks;
using TypedTaxonomy.Generator.Benchmarks;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// A real <c>dotnet build</c> of a consumer of a large taxonomy: 24 files of the made-up US-GAAP-sized taxonomy
/// (2,040 concepts, 24 statements of 40 line items, 240 summations), with XML documentation on, and the program
/// run. Timings go to the test output and to <c>docs/benchmarks.md</c>; they are never asserted.
/// </summary>
public sealed class ScaleBuildTests
{
    private const int Files = 24;

    private const string Program = """
        using Big.Financials;
        using TypedTaxonomy;
        using TypedTaxonomy.Validation;

        var year = Period.Duration(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        var statement = new Statement007Statement(year) { Part007 = Part007Member.B007 };
        statement.Concept007x01 = 100m;
        statement.Concept007x02 = 20m;
        statement.Concept007x03 = 3m;
        statement.Concept007x00 = 124m;
        ValidationResult result = statement.Validate(CalculationMode.Classic);
        Console.WriteLine($"concepts: {BigConcepts.All.Count}");
        Console.WriteLine($"found: {BigTaxonomy.TryGetConcept(new QName(BigTaxonomy.Namespace, "big", "Concept023x84"), out var found) && found == BigConcepts.Concept023x84}");
        foreach (var finding in result.Findings)
        {
            Console.WriteLine(finding.Rule);
        }
        """;

    private readonly ITestOutputHelper output;

    public ScaleBuildTests(ITestOutputHelper output) => this.output = output;

    [Fact(Timeout = 900_000)]
    public async Task AConsumerOfTwoThousandConceptsBuildsAndRuns()
    {
        var directory = DotnetBuild.NewFolder("ScaleBuild");
        try
        {
            foreach (var (path, text) in SyntheticTaxonomy.Create(Files))
            {
                var file = Path.Combine(directory.FullName, path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), DotnetBuild.ConsumerProject("<AdditionalFiles Include=\"schema/**/*.taxonomy.yaml\" />"));
            File.WriteAllText(Path.Combine(directory.FullName, "Program.cs"), Program);

            var build = await DotnetBuild.BuildAsync(directory.FullName, output.WriteLine, "-p:TreatWarningsAsErrors=true");
            Assert.True(build.ExitCode == 0, "The consumer does not build:\n" + build.Output);
            Assert.Contains(" 0 Warning(s)", build.Output, StringComparison.Ordinal);

            var run = await DotnetBuild.RunAsync(directory.FullName, Path.Combine(directory.FullName, "artifacts", "bin", "Consumer", "debug", "Consumer.dll"));
            Assert.Equal(0, run.ExitCode);
            // Each file's axis, its domain and its three members are concepts too.
            Assert.Equal($"concepts: {Files * (SyntheticTaxonomy.ConceptsPerFile + 5)}\nfound: True\nxbrl.5.2.5.2:calcInconsistency\n", run.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        }
        finally
        {
            DotnetBuild.Delete(directory, output.WriteLine);
        }
    }
}
