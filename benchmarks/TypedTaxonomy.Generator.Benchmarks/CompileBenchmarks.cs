using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// What a consumer's compiler pays for the generated code, beside what the generator costs, at three sizes of the
/// made-up taxonomy (<see cref="SyntheticTaxonomy"/>): 12, 59 and 200 files, that is 1,020, 5,015 and 17,000 line-item
/// concepts (the files' axes and members add 5 concepts each). <see cref="CompileAndEmit"/> parses the generated files
/// and compiles and emits them with the runtime referenced, nullable on, optimized, as <c>dotnet build -c Release</c>
/// does; it is the baseline, so the ratio column of <see cref="Generate"/> is generator : compiler.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private ImmutableArray<AdditionalText> files;
    private CSharpCompilation consumer = null!;
    private string[] generated = null!;

    /// <summary>How many schema files of 85 concepts.</summary>
    [Params(12, 59, 200)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        files = SyntheticTaxonomy.Create(Files).Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        var references = Basic.Reference.Assemblies.Net100.References.All
            .Append(MetadataReference.CreateFromFile(typeof(Concept).Assembly.Location));
        consumer = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { } }") },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        var run = Generate().GetRunResult();
        if (run.Diagnostics.Length > 0)
        {
            throw new System.InvalidOperationException("The generator reported: " + run.Diagnostics[0]);
        }

        generated = run.GeneratedTrees.Select(t => t.GetText().ToString()).ToArray();
        using var image = new MemoryStream();
        var emit = Compile().Emit(image);
        if (!emit.Success)
        {
            throw new System.InvalidOperationException("The generated code does not compile: " + emit.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    /// <summary>The generator, cold: every file parsed, resolved, planned and rendered.</summary>
    [Benchmark]
    public GeneratorDriver Generate() =>
        CSharpGeneratorDriver.Create(new[] { new TaxonomyGenerator().AsSourceGenerator() }, files).RunGenerators(consumer);

    /// <summary>The compiler on the generated files: parse, bind, emit.</summary>
    [Benchmark(Baseline = true)]
    public long CompileAndEmit()
    {
        using var image = new MemoryStream();
        var result = Compile().Emit(image);
        return result.Success ? image.Length : -1;
    }

    private CSharpCompilation Compile() =>
        consumer.AddSyntaxTrees(generated.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: "generated" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs")));
}
