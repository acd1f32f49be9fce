using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TypedTaxonomy.Generator.Pipeline;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

public sealed class IncrementalGenerationTests
{
    private const string Base = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, csharpNamespace: Demo }
        units: { USD: iso4217:USD }
        concepts:
          Revenue: { type: monetary, periodType: duration, balance: credit }
          CostOfSales: { type: monetary, periodType: duration, balance: debit }
        """;

    private const string Statements = """
        taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }
        statements:
          Income: { lineItems: [Revenue, CostOfSales] }
          Costs: { lineItems: [CostOfSales] }
        """;

    [Fact]
    public void AnUnrelatedCSharpEditRegeneratesNothing()
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("base.taxonomy.yaml", Base), new InMemoryAdditionalText("statements.taxonomy.yaml", Statements) };
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { internal static class B { } }", GeneratorHarness.ParseOptions));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var reasons = StepReasons(result);
        Assert.NotEmpty(reasons);
        Assert.All(reasons, step => Assert.True(
            step.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"{step.Step} ran for {step.Reason}"));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void EditingOneStatementReRendersOnlyThatStatement()
    {
        var baseFile = new InMemoryAdditionalText("base.taxonomy.yaml", Base);
        var statementsFile = new InMemoryAdditionalText("statements.taxonomy.yaml", Statements);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { baseFile, statementsFile }).RunGenerators(compilation);

        var changed = new InMemoryAdditionalText("statements.taxonomy.yaml", Statements.Replace("Income: { lineItems: [Revenue, CostOfSales] }", "Income: { lineItems: [Revenue] }", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(statementsFile, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        // Only the edited file is parsed again; the other one is not even looked at.
        var parse = result.TrackedSteps[TrackingNames.ParseFile].Select(s => s.Outputs.Single().Reason).ToList();
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Cached));

        var rendered = result.TrackedSteps[TrackingNames.Render].SelectMany(s => s.Outputs).ToList();
        var modified = rendered.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => ((Emitter.RenderedSource)o.Value).HintName).ToList();
        Assert.Equal(new[] { "Demo.IncomeStatement.g.cs" }, modified);
        Assert.All(rendered.Where(o => o.Reason != IncrementalStepRunReason.Modified), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void EditingOneFileResolvesOnlyThatFileAgain()
    {
        var files = Benchmarks.SyntheticTaxonomy.Create(4).Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)).ToList();
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(files).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(files[2].Path, Benchmarks.SyntheticTaxonomy.File(2, revision: " (edited)"));
        var result = driver.ReplaceAdditionalText(files[2], edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // The edited file is parsed and its records are made again, and its statements and calculations are resolved
        // again; every other file's records and resolution come from the cache (what they read of the set did not change).
        Assert.Equal(new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, OutputReasons(result, TrackingNames.ParseFile));
        var resolved = OutputReasons(result, TrackingNames.ResolveFile);
        Assert.Equal(4, resolved.Count);
        Assert.Equal(IncrementalStepRunReason.Cached, resolved[0]);
        Assert.Equal(IncrementalStepRunReason.Cached, resolved[1]);
        Assert.NotEqual(IncrementalStepRunReason.Cached, resolved[2]);
        Assert.Equal(IncrementalStepRunReason.Cached, resolved[3]);
        Assert.All(OutputReasons(result, TrackingNames.FileInput).Where((_, i) => i != 2), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
    }

    [Fact]
    public void EditingAConceptResolvesAgainTheFilesThatUseIt()
    {
        var baseFile = new InMemoryAdditionalText("base.taxonomy.yaml", Base);
        var statementsFile = new InMemoryAdditionalText("statements.taxonomy.yaml", Statements);
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { baseFile, statementsFile }).RunGenerators(compilation);

        // The statements file is not edited, but a concept its statements use is: it is resolved again.
        var changed = new InMemoryAdditionalText("base.taxonomy.yaml", Base.Replace("Revenue: { type: monetary, periodType: duration, balance: credit }", "Revenue: { type: monetary, periodType: instant, balance: credit }", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(baseFile, changed).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(new[] { IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached }, OutputReasons(result, TrackingNames.ParseFile));
        Assert.Equal(IncrementalStepRunReason.Modified, OutputReasons(result, TrackingNames.FileInput)[1]);
        Assert.NotEqual(IncrementalStepRunReason.Cached, OutputReasons(result, TrackingNames.ResolveFile)[1]);
    }

    [Fact]
    public void MovingALineChangesNoGeneratedFile()
    {
        var file = new InMemoryAdditionalText("base.taxonomy.yaml", Base + "\n" + Statements.Substring(Statements.IndexOf("statements:", StringComparison.Ordinal)));
        var compilation = GeneratorHarness.CreateCompilation("namespace Consumer { internal static class A { } }");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { file }).RunGenerators(compilation);

        var moved = new InMemoryAdditionalText("base.taxonomy.yaml", "# a comment moves every line down\n" + file.GetText().ToString());
        var result = driver.ReplaceAdditionalText(file, moved).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(result.TrackedSteps[TrackingNames.SourceFiles].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    /// <summary>The reason of each output of a per-file step, in the order of the files.</summary>
    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static List<(string Step, IncrementalStepRunReason Reason)> StepReasons(GeneratorRunResult result) =>
        new[] { TrackingNames.ParseFile, TrackingNames.Link, TrackingNames.FileInput, TrackingNames.ResolveFile, TrackingNames.Resolve, TrackingNames.SetDiagnostics, TrackingNames.SourceFiles, TrackingNames.Render }
            .SelectMany(name => result.TrackedSteps[name].SelectMany(step => step.Outputs.Select(o => (name, o.Reason))))
            .ToList();
}
