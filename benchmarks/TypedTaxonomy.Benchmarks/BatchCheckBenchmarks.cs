using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// Bulk validation as a CI job runs it: <c>typed-taxonomy check schema --report &lt;folder&gt; --parallel N</c> over
/// the four shared SEC filings copied <see cref="Copies"/> times (80 reports, 123 MB), against the shipped schema,
/// process start to exit, on one core (<c>--parallel 1</c>, the baseline) and on two. Reports per second is
/// <c>80 / Mean</c>. Setup publishes the tool (framework-dependent) and makes the copies.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class BatchCheckBenchmarks
{
    /// <summary>How many copies of each filing the batch holds.</summary>
    public const int Copies = 20;

    private readonly string work = Path.Combine(Path.GetTempPath(), "TypedTaxonomy.BatchCheck");
    private string tool = null!;
    private string reports = null!;
    private string schema = null!;

    [GlobalSetup]
    public void Setup()
    {
        tool = Path.Combine(work, "jit", "typed-taxonomy.dll");
        ToolProcess.Run(0, "dotnet", "publish", RepositoryFiles.InRepository(Path.Combine("src", "TypedTaxonomy.Cli")), "-c", "Release", "-p:PublishAot=false", "--no-self-contained", "-o", Path.GetDirectoryName(tool)!);
        schema = RepositoryFiles.InRepository("schema");
        reports = Path.Combine(work, "reports");
        if (Directory.Exists(reports))
        {
            Directory.Delete(reports, recursive: true);
        }

        Directory.CreateDirectory(reports);
        foreach (var instance in Directory.GetFiles(RepositoryFiles.Shared(Path.Combine("data", "sec-filings")), "*_htm.xml", SearchOption.AllDirectories))
        {
            for (var copy = 0; copy < Copies; copy++)
            {
                File.Copy(instance, Path.Combine(reports, $"{copy:D2}-{Path.GetFileName(instance)}"));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public void OneCore() => Check(1);

    [Benchmark]
    public void TwoCores() => Check(2);

    /// <summary>The shipped schema covers a subset of US-GAAP, so each filing has errors (its other concepts): exit code 1, as expected.</summary>
    private void Check(int parallelism) => ToolProcess.Run(1, "dotnet", tool, "check", schema, "--report", reports, "--parallel", parallelism.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
