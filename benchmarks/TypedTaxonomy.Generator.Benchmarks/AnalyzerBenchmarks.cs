using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Analyzer;

namespace TypedTaxonomy.Generator.Benchmarks;

/// <summary>
/// The schema analyzer, which reports the diagnostics live in the editor, on the US-GAAP-sized
/// <see cref="SyntheticTaxonomy"/>: an editor runs it again on every new compilation, after a C# edit (every schema
/// file's text unchanged) or after a keystroke in one schema file (a new text for that file only).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TaxonomySchemaAnalyzer());

    private ImmutableArray<AdditionalText> files;
    private CSharpCompilation compilation = null!;
    private string editedContent = null!;

    [GlobalSetup]
    public void Setup()
    {
        files = SyntheticTaxonomy.Create().Select(f => (AdditionalText)new Text(f.Path, SourceText.From(f.Text))).ToImmutableArray();
        compilation = CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { internal static class A { } }") },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        editedContent = SyntheticTaxonomy.File(17, revision: " (edited)");
        var diagnostics = Analyze(files);
        if (diagnostics.Length > 0)
        {
            throw new System.InvalidOperationException($"The analyzer reported {diagnostics.Length} diagnostics: {string.Join("; ", diagnostics.Take(3))}");
        }
    }

    [Benchmark]
    public ImmutableArray<Diagnostic> UnrelatedCSharpEdit() => Analyze(files);

    [Benchmark]
    public ImmutableArray<Diagnostic> OneSchemaFileEdited() =>
        Analyze(files.SetItem(17, new Text(files[17].Path, SourceText.From(editedContent))));

    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<AdditionalText> additionalFiles) =>
        compilation
            .WithAnalyzers(Analyzers, new AnalyzerOptions(additionalFiles))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult();

    private sealed class Text : AdditionalText
    {
        private readonly SourceText text;

        public Text(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
