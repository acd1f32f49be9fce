using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// The whole command as a user runs it: <c>typed-taxonomy check &lt;schema&gt; --report aapl-20230930_htm.xml</c>, Apple's
/// 10-K 2023 (1,164 facts) against its imported taxonomy, process start to exit. <see cref="FrameworkDependent"/>, the
/// baseline, is the tool as <c>dotnet tool install</c> runs it (JIT compiled); <see cref="NativeAot"/> is the same
/// project published ahead of time (<c>dotnet publish src/TypedTaxonomy.Cli -c Release -r linux-x64</c>). Setup
/// publishes both and imports the filing once. <see cref="NativeAotValidate"/> is the XBRL 2.1 processor on the same
/// filing (<c>validate</c>), and <see cref="NativeAotCheckWithDts"/> both in one run.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 15)]
public class CommandLineBenchmarks
{
    private readonly string work = Path.Combine(Path.GetTempPath(), "TypedTaxonomy.CommandLine");
    private string report = null!;
    private string schema = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = RepositoryFiles.InRepository(Path.Combine("src", "TypedTaxonomy.Cli"));
        Run("dotnet", "publish", project, "-c", "Release", "-r", "linux-x64", "-o", Path.Combine(work, "aot"));
        Run("dotnet", "publish", project, "-c", "Release", "-p:PublishAot=false", "--no-self-contained", "-o", Path.Combine(work, "jit"));
        var filing = RepositoryFiles.Shared(Path.Combine("data", "sec-filings", "aapl-10k-2023"));
        report = Path.Combine(filing, "aapl-20230930_htm.xml");
        schema = Path.Combine(work, "aapl");
        if (Directory.Exists(schema))
        {
            Directory.Delete(schema, recursive: true);
        }

        Run(Path.Combine(work, "aot", "typed-taxonomy"), "import", Path.Combine(filing, "aapl-20230930.xsd"), "--instance", report, "--output", schema);
    }

    [Benchmark(Baseline = true)]
    public void FrameworkDependent() => Run("dotnet", Path.Combine(work, "jit", "typed-taxonomy.dll"), "check", schema, "--report", report);

    [Benchmark]
    public void NativeAot() => Run(Path.Combine(work, "aot", "typed-taxonomy"), "check", schema, "--report", report);

    /// <summary>The XBRL 2.1 processor on the same filing, as Arelle validates it: its DTS discovered and checked, the instance against it.</summary>
    [Benchmark]
    public void NativeAotValidate() => Run(Path.Combine(work, "aot", "typed-taxonomy"), "validate", report);

    /// <summary>The schema check and the XBRL 2.1 processor in one run (<c>check --dts</c>).</summary>
    [Benchmark]
    public void NativeAotCheckWithDts() => Run(Path.Combine(work, "aot", "typed-taxonomy"), "check", schema, "--report", report, "--dts");

    private static void Run(string program, params string[] arguments) => ToolProcess.Run(0, program, arguments);
}
