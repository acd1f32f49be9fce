using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Generator.Tests.Infrastructure;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// The corpus of realistic mistakes through the generator, as the compiler runs it (and as the IDE does: the generator
/// is the only reporter, see <see cref="GeneratorDiagnosticsTests"/>): every expected diagnostic, once, in words.
/// </summary>
public sealed class MistakeCorpusTests
{
    [Fact]
    public void TheGeneratorReportsEveryMistakeOnceAndInWords()
    {
        var files = MistakeCorpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(Path.Combine(MistakeCorpus.Directory, f)))).ToList();

        var run = GeneratorHarness.Run(files, MistakeCorpus.Consumer());

        Assert.True(MistakeCorpus.Files.Count >= 40, $"{MistakeCorpus.Files.Count} mistakes");
        Assert.True(run.Result.Results.Single().Exception is null, "The generator threw: " + run.Result.Results.Single().Exception);
        Assert.Equal(MistakeCorpus.Expected.Order(StringComparer.Ordinal), run.DiagnosticLines.Order(StringComparer.Ordinal));
        Assert.Equal(run.DiagnosticLines.Count, run.DiagnosticLines.Distinct(StringComparer.Ordinal).Count());
        Assert.All(run.DiagnosticLines, line => Assert.DoesNotContain(MistakeCorpus.ForeignTexts, foreign => line.Contains(foreign, StringComparison.Ordinal)));

        // Each file gives at least one diagnostic of its own.
        Assert.All(MistakeCorpus.Files, file => Assert.Contains(run.DiagnosticLines, line => line.StartsWith(file + "(", StringComparison.Ordinal)));
    }

    [Fact]
    public void WhatIsLeftOfEachTaxonomyStillCompiles()
    {
        var files = MistakeCorpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(Path.Combine(MistakeCorpus.Directory, f)))).ToList();

        var run = GeneratorHarness.Run(files);

        // Elements with errors are left out, so the generated code has no error of its own.
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
