using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TypedTaxonomy.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, on in-memory inputs.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(global::TypedTaxonomy.Concept).Assembly.Location))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>A compilation of <paramref name="sources"/> with nullable on and warnings treated as errors.</summary>
    public static CSharpCompilation CreateCompilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Consumer{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error,
                deterministic: true));

    /// <summary>A driver with step tracking on, ready to run over <paramref name="files"/>.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new TaxonomyGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs the generator (the one reporter of schema diagnostics), and the compiler once, when a test first asks for
    /// <see cref="GeneratorRun.CompilationDiagnostics"/>: tests that look only at the generated files and the schema
    /// diagnostics do not pay for compiling them.
    /// </summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, params string[] consumerSources) => Run(files, null, consumerSources);

    /// <summary>Runs the generator as <see cref="Run(IEnumerable{AdditionalText}, string[])"/> does, with the project's options (item metadata) per file.</summary>
    public static GeneratorRun Run(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options, params string[] consumerSources)
    {
        var fileList = files.ToList();
        var compilation = CreateCompilation(consumerSources.Length == 0 ? new[] { "namespace Consumer { internal static class Empty { } }" } : consumerSources);
        var driver = CreateDriver(fileList, options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var result = driver.GetRunResult();
        var sources = result.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).ToList();
        return new GeneratorRun(sources, generatorDiagnostics, new Lazy<ImmutableArray<Diagnostic>>(() => output.GetDiagnostics()), result, driver);
    }

    /// <summary>Loads schema files from disk as additional files, named by their path from the repository root so snapshots are the same on every machine.</summary>
    public static IEnumerable<AdditionalText> FromDisk(IEnumerable<string> paths) =>
        paths.OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new InMemoryAdditionalText(Path.GetRelativePath(RepositoryRoot(), p).Replace('\\', '/'), File.ReadAllText(p)));

    /// <summary>The shipped schema files under <c>schema/</c>.</summary>
    public static IReadOnlyList<string> ShippedSchemaFiles() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "schema"), "*.taxonomy.*", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();

    /// <summary>The folder holding <c>Generators.sln</c>.</summary>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Generators.sln")) || File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with Generators.sln) was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>What one run produced.</summary>
public sealed record GeneratorRun(
    IReadOnlyList<(string HintName, string Text)> Sources,
    ImmutableArray<Diagnostic> SchemaDiagnostics,
    Lazy<ImmutableArray<Diagnostic>> Compiled,
    GeneratorDriverRunResult Result,
    GeneratorDriver Driver)
{
    /// <summary>The diagnostics of the consumer compilation with the generated files: compiled on first use, once.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => Compiled.Value;

    /// <summary>Diagnostics as the compiler prints them, with paths relative to nothing (tests use relative paths).</summary>
    public IReadOnlyList<string> DiagnosticLines => SchemaDiagnostics
        .OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal)
        .ThenBy(d => d.Location.SourceSpan.Start)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition.Line + 1},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Severity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
        .ToList();
}
