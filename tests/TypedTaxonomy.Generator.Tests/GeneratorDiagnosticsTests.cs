using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedTaxonomy.Generator.Pipeline;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The generator is the one reporter of the schema diagnostics: in every build and in the editor, each once, each
/// file's parse diagnostics cached with that file's parse.
/// </summary>
public sealed class GeneratorDiagnosticsTests
{
    private const string Valid = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, csharpNamespace: Demo }
        concepts:
          Revenue: { type: monetary, periodType: duration, balance: credit }
        """;

    private const string Statements = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }
        statements:
          Income: { lineItems: [Revenue, Costs] }
        """;

    private static readonly string Typo = Valid.Replace("balance", "balanc", StringComparison.Ordinal);

    [Fact]
    public void TheGeneratorAssemblyHasNoAnalyzerSoTheIdeShowsEachDiagnosticOnce()
    {
        var analyzers = typeof(TaxonomyGenerator).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) || t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(analyzers);
    }

    [Fact]
    public void EachFileSDiagnosticsAndThoseAcrossFilesAreReportedOnceByTheGenerator()
    {
        var run = GeneratorHarness.Run(new AdditionalText[] { new InMemoryAdditionalText("base.taxonomy.yaml", Typo), new InMemoryAdditionalText("statements.taxonomy.yaml", Statements) });

        Assert.Equal(
            new[]
            {
                "base.taxonomy.yaml(3,52): error TAX0002: Unknown key 'balanc' in the concept 'Revenue' (did you mean 'balance'?)",
                "statements.taxonomy.yaml(3,34): error TAX0009: The concept 'Costs' is not defined",
            },
            run.DiagnosticLines);
    }

    [Fact]
    public void ACSharpEditKeepsEveryDiagnosticFromTheCache()
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("base.taxonomy.yaml", Typo), new InMemoryAdditionalText("statements.taxonomy.yaml", Statements) };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);
        var before = Lines(driver.GetRunResult().Diagnostics);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult();

        Assert.Equal(2, before.Count);
        Assert.Equal(before, Lines(result.Diagnostics));
        Assert.All(
            new[] { TrackingNames.ParseFile, TrackingNames.SetDiagnostics }.SelectMany(name => result.Results.Single().TrackedSteps[name]).SelectMany(s => s.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, output.Reason.ToString()));
    }

    [Fact]
    public void EditingOneFileParsesOnlyItAndKeepsTheOtherFileSDiagnostics()
    {
        var typo = new InMemoryAdditionalText("base.taxonomy.yaml", Typo);
        var statements = new InMemoryAdditionalText("statements.taxonomy.yaml", Statements);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { typo, statements }).RunGenerators(compilation);

        var fixedStatements = new InMemoryAdditionalText("statements.taxonomy.yaml", Statements.Replace(", Costs", string.Empty, StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(statements, fixedStatements).RunGenerators(compilation).GetRunResult();

        var parse = result.Results.Single().TrackedSteps[TrackingNames.ParseFile].Select(s => s.Outputs.Single().Reason).ToList();
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(new[] { "base.taxonomy.yaml(3,52): TAX0002" }, Lines(result.Diagnostics));
    }

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}")
            .Order(StringComparer.Ordinal)
            .ToList();
}
