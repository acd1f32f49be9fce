using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedTaxonomy.Generator.Analyzer;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests.Scratch;

public sealed class TimingScratch(ITestOutputHelper output)
{
    [Fact]
    public async Task Measure()
    {
        var files = GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles()).ToList();
        var options = new AnalyzerOptions(files.ToImmutableArray<AdditionalText>());
        for (var i = 0; i < 8; i++)
        {
            var sw = Stopwatch.StartNew();
            var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }");
            var driver = GeneratorHarness.CreateDriver(files).RunGeneratorsAndUpdateCompilation(compilation, out var outputCompilation, out var gd);
            var t1 = sw.ElapsedMilliseconds;
            var n = (await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TaxonomySchemaAnalyzer()), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None)).Length;
            var t2 = sw.ElapsedMilliseconds;
            var all = await outputCompilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TaxonomySchemaAnalyzer()), options).GetAllDiagnosticsAsync();
            var t3 = sw.ElapsedMilliseconds;
            var cd = outputCompilation.GetDiagnostics();
            var t4 = sw.ElapsedMilliseconds;
            output.WriteLine($"run {i}: generator {t1}, base-compilation analyzer {t2 - t1} ({n}), all-diagnostics {t3 - t2} ({all.Length}), compile only {t4 - t3} ms");
        }
    }
}
