using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// A real <c>dotnet build</c> of the mistake corpus (see <see cref="BuildIntegrationTests"/> for how the consumer is
/// built). A class of its own, so an xunit collection of its own: it runs beside the other real builds, not after them.
/// </summary>
public sealed class CorpusBuildTests
{
    private readonly ITestOutputHelper output;

    public CorpusBuildTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// One build of a consumer that includes every mistake of the corpus (each its own taxonomy and namespace) and
    /// whose C# uses each namespace: the build prints every expected <c>file(line,col): error TAXnnnn: message</c> line,
    /// each once, beside the C# errors the mistakes cause, and none shows an exception's text.
    /// </summary>
    [Fact(Timeout = 900_000)]
    public async Task EveryMistakeOfTheCorpusIsPrintedOnceByARealBuild()
    {
        var directory = DotnetBuild.NewFolder("CorpusBuild");
        try
        {
            var mistakes = Directory.CreateDirectory(Path.Combine(directory.FullName, "mistakes"));
            foreach (var file in MistakeCorpus.Files)
            {
                File.Copy(Path.Combine(MistakeCorpus.Directory, file), Path.Combine(mistakes.FullName, file));
            }

            File.WriteAllText(Path.Combine(directory.FullName, "Consumer.csproj"), DotnetBuild.ConsumerProject("<AdditionalFiles Include=\"mistakes/*.taxonomy.yaml;mistakes/*.taxonomy.json\" />", executable: false));
            File.WriteAllText(Path.Combine(directory.FullName, "UsesEveryTaxonomy.cs"), MistakeCorpus.Consumer());

            var build = await DotnetBuild.BuildAsync(directory.FullName, output.WriteLine, "-p:TreatWarningsAsErrors=false");

            Assert.NotEqual(0, build.ExitCode);

            // MSBuild prints each error as the compiler reports it, then again in its summary after "Build FAILED.":
            // each part must hold every expected line once.
            var summaryStart = build.Output.IndexOf("Build FAILED.", StringComparison.Ordinal);
            Assert.True(summaryStart > 0, "No summary in the build output");
            foreach (var part in new[] { build.Output.Substring(0, summaryStart), build.Output.Substring(summaryStart) })
            {
                var printed = BuildIntegrationTests.SchemaLines(part, mistakes.FullName + Path.DirectorySeparatorChar);
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
}
