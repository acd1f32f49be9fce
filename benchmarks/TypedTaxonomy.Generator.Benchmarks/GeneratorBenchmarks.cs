using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// The generator on a US-GAAP-sized taxonomy (<see cref="SyntheticTaxonomy"/>): a cold run, a run after an
/// unrelated C# edit (everything cached), a run after one schema file changed (every label of its 85 concepts: that
/// file parsed and resolved again, the set linked, only the changed files rendered) and after one keystroke in it
/// (one concept's label).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private ImmutableArray<AdditionalText> files;
    private CSharpCompilation compilation = null!;
    private GeneratorDriver warm = null!;
    private AdditionalText edited = null!;
    private AdditionalText keystroke = null!;

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

        // A keystroke: one character typed into one concept's label.
        var text = SyntheticTaxonomy.File(17, revision: string.Empty);
        var at = text.IndexOf("    label: Concept ", System.StringComparison.Ordinal) + "    label: Concept".Length;
        keystroke = new InMemoryText(files[17].Path, text[..at] + "s" + text[at..]);
    }

    [Benchmark]
    public GeneratorDriver ColdRun() => Driver().RunGenerators(compilation);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit() =>
        warm.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }")));

    [Benchmark]
    public GeneratorDriver OneSchemaFileEdited() => warm.ReplaceAdditionalText(files[17], edited).RunGenerators(compilation);

    /// <summary>What the editor pays for a keystroke in a schema file: one character typed into one concept's label.</summary>
    [Benchmark]
    public GeneratorDriver OneConceptEdited() => warm.ReplaceAdditionalText(files[17], keystroke).RunGenerators(compilation);

    private GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create(new[] { new TaxonomyGenerator().AsSourceGenerator() }, files);
}
