using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Analyzer;
using TypedTaxonomy.Generator.Parser;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The analyzer runs again on every compilation an editor makes. It parses a text once for as long as the text
/// lives and reuses the check of an unchanged set of files (<c>AnalyzerBenchmarks</c> measures what that saves);
/// these tests show that it still reports each compilation's files as they are.
/// </summary>
public sealed class SchemaAnalyzerTests
{
    private const string Valid = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, csharpNamespace: Demo }
        concepts:
          Revenue: { type: monetary, periodType: duration, balance: credit }
        """;

    private static readonly string Typo = Valid.Replace("periodType", "periodTyp", StringComparison.Ordinal);

    private static readonly string OtherTypo = Valid.Replace("balance", "balanc", StringComparison.Ordinal);

    [Fact]
    public void A_text_is_parsed_once_and_its_parse_is_its_own_path_s()
    {
        var file = new InMemoryAdditionalText("demo.taxonomy.yaml", Typo);

        var first = SchemaFile.Read(file, CancellationToken.None);

        Assert.Same(first, SchemaFile.Read(file, CancellationToken.None));

        // The same content in a new text (the file was saved again) is parsed again, to the same result.
        var saved = SchemaFile.Read(new InMemoryAdditionalText("demo.taxonomy.yaml", Typo), CancellationToken.None);
        Assert.NotSame(first, saved);
        Assert.Equal(first, saved);

        // One text under another path gives that path's diagnostics.
        var copy = SchemaFile.Read(new SharedText("copy.taxonomy.yaml", file.GetText()), CancellationToken.None);
        Assert.Equal("copy.taxonomy.yaml", copy.Path);
        Assert.All(copy.Result.Diagnostics, d => Assert.Equal("copy.taxonomy.yaml", d.Span.FilePath));
        Assert.Same(first, SchemaFile.Read(file, CancellationToken.None));
    }

    [Fact]
    public void Each_compilation_gets_the_diagnostics_of_its_own_files_as_they_are_now()
    {
        var typo = new InMemoryAdditionalText("demo.taxonomy.yaml", Typo);
        var other = new InMemoryAdditionalText("other.taxonomy.yaml", OtherTypo);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var afterEdit = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }", GeneratorHarness.ParseOptions));

        // 'periodTyp' is an unknown key, and the concept lacks its period type.
        string[] inDemo = { "demo.taxonomy.yaml(3,3): TAX0003", "demo.taxonomy.yaml(3,30): TAX0002" };
        string[] inOther = { "other.taxonomy.yaml(3,52): TAX0002" };
        Assert.Equal(inDemo, Analyze(compilation, typo));
        Assert.Equal(inDemo, Analyze(afterEdit, typo));

        // Another project, then the first again: a reused check is never another set's.
        Assert.Equal(inOther, Analyze(compilation, other));
        Assert.Equal(inDemo, Analyze(afterEdit, typo));
        Assert.Equal(inDemo.Concat(inOther), Analyze(compilation, typo, other));

        // The typo fixed: a new text for the file, and nothing to report.
        Assert.Empty(Analyze(afterEdit, new InMemoryAdditionalText("demo.taxonomy.yaml", Valid)));
    }

    private static string[] Analyze(Compilation compilation, params AdditionalText[] files) =>
        compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TaxonomySchemaAnalyzer()), new AnalyzerOptions(files.ToImmutableArray()))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None)
            .GetAwaiter()
            .GetResult()
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}")
            .Order(StringComparer.Ordinal)
            .ToArray();

    private sealed class SharedText : AdditionalText
    {
        private readonly SourceText text;

        public SharedText(string path, SourceText text)
        {
            Path = path;
            this.text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }
}
