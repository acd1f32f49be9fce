using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// The generator on a US-GAAP-sized taxonomy (<see cref="SyntheticTaxonomy"/>): a cold run, a run after an
/// unrelated C# edit (everything cached), and a run after one schema file changed (that file re-parsed, the
/// set resolved again, only the changed files rendered).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> files;
    private CSharpCompilation compilation = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;

    [GlobalSetup]
    public void Setup()
    {
        files = SyntheticTaxonomy.Create().Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { } }") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        warm = Driver().RunGenerators(compilation);
        var result = warm.GetRunResult();
        if (result.GeneratedTrees.Length < SyntheticTaxonomy.Files || result.Diagnostics.Length > 0)
        {
            throw new System.InvalidOperationException($"The generator made {result.GeneratedTrees.Length} files with {result.Diagnostics.Length} diagnostics: {string.Join("; ", result.Diagnostics.Take(3))}");
        }

        edited = new InMemoryText(files[17].Path, SyntheticTaxonomy.File(17, revision: " (edited)"));
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => Driver().RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() =>
        warm.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }")));

    [Benchmark]
    public GeneratorDriver OneSchemaFileEdited() => warm.ReplaceAdditionalText(files[17], edited).RunGenerators(compilation);

    private GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(new[] { new TaxonomyGenerator().AsSourceGenerator() }, files);
}
