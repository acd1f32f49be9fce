using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using TypedTaxonomy.UsGaap;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Benchmarks;

/// <summary>
/// Validating the largest shared filing, Amazon's 10-K 2022 (1,457 facts, 1,280 numeric), with the generated US-GAAP
/// taxonomy's <c>Validate</c> (the shipped schema's subset of US-GAAP: fact rules, members and every summation that
/// binds) in each calculation mode; round-to-nearest, the default, is the baseline. The report is read once in setup.
/// </summary>
[MemoryDiagnoser]
public class FilingValidationBenchmarks
{
    private IReadOnlyList<Fact> facts = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = RepositoryFiles.Shared(Path.Combine("data", "sec-filings", "amzn-10k-2022", "amzn-20221231_htm.xml"));
        facts = new XbrlInstanceReader().ReadFile(path).Facts;
    }

    [Benchmark(Baseline = true)]
    public int RoundToNearest() => UsGaapTaxonomy.Validate(facts, CalculationMode.RoundToNearest).Result.Findings.Count;

    [Benchmark]
    public int Truncate() => UsGaapTaxonomy.Validate(facts, CalculationMode.Truncate).Result.Findings.Count;

    [Benchmark]
    public int Classic() => UsGaapTaxonomy.Validate(facts, CalculationMode.Classic).Result.Findings.Count;
}
