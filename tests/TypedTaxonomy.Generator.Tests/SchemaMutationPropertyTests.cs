using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Generator.Tests.Infrastructure;
using TypedTaxonomy.Tests.Mutations;
using Xunit.Abstractions;

namespace TypedTaxonomy.Generator.Tests;

/// <summary>
/// Issue 3's property through the compiler: the shipped schema files, mutated (see <see cref="SchemaMutations"/>),
/// given to the generator and the schema analyzer as the compiler gives them. No exception escapes (a
/// generator or analyzer exception, which Roslyn would turn into CS8785 or AD0001, fails the case); TAX0027
/// (an internal error) never appears; every diagnostic is located inside a schema file's text; and when no
/// schema error is reported, the compilation (nullable on, warnings as errors, doc comments checked) has no
/// diagnostics at all. Each case mutates one file; the other files are the unchanged shipped ones.
/// </summary>
/// <remarks>
/// A cold generator run over the ~20 files costs about 0.1 s, and compiling the ~60 generated files 0.3 s more;
/// so a case starts from one driver that has already run over the unchanged files and replaces (or removes) the
/// file it mutated, as the compiler does between two edits: the generator parses that file again and reuses the
/// rest, and reports the same files and diagnostics as a cold run (IncrementalEqualsColdPropertyTests holds it to
/// that). The compiler runs when the property needs it (no schema errors) and, to check that what is generated
/// beside errors compiles too, for every fourth case. Cases come from a fixed seed, so every run checks the
/// same ones; the schema tests run the same mutations through parser and resolver for thousands more.
/// </remarks>
public sealed class SchemaMutationPropertyTests
{
    private const ulong MasterSeed = 20240331;
    private const long Iterations = 400;

    private static readonly Lazy<IReadOnlyList<SchemaText>> Shipped = new(() =>
        GeneratorHarness.FromDisk(GeneratorHarness.ShippedSchemaFiles())
            .Select(f => new SchemaText(f.Path, f.GetText()!.ToString()))
            .ToList());

    /// <summary>The unchanged files as additional texts, made once and shared by every case.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, AdditionalText>> ShippedTexts = new(() =>
        Shipped.Value.ToDictionary(f => f.Path, f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text), StringComparer.Ordinal));

    /// <summary>Compilations are immutable: one consumer compilation serves every case.</summary>
    private static readonly Lazy<CSharpCompilation> Consumer = new(() => GeneratorHarness.CreateCompilation("namespace Consumer { internal static class Empty { } }"));

    /// <summary>
    /// Drivers are immutable too: one that has run over the unchanged files serves every case as the state it edits,
    /// so a case pays for the file it changed and what depends on it, not for parsing every file again.
    /// </summary>
    private static readonly Lazy<GeneratorDriver> Warm = new(() =>
        GeneratorHarness.CreateDriver(Shipped.Value.Select(f => ShippedTexts.Value[f.Path])).RunGenerators(Consumer.Value));

    /// <summary>
    /// The diagnostics of each compilation compiled so far, by what was compiled: the consumer (always the same) and the
    /// generated files, each by hint name and text. Many mutations leave the generated code as it was (a moved line, a
    /// reordered entry, a comment) or as another case left it; compiling the same trees with the same references and
    /// options gives the same diagnostics, so such a case takes them from here instead of compiling again.
    /// </summary>
    private static readonly ConcurrentDictionary<string, Lazy<ImmutableArray<Diagnostic>>> CompiledBefore = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper output;

    public SchemaMutationPropertyTests(ITestOutputHelper output) => this.output = output;

    [Fact(Timeout = 900_000)]
    public async Task MutatedSchemaFilesGiveLocatedDiagnosticsOrCodeThatCompiles()
    {
        var stats = new Stats();
        await Task.Run(() => ReproducibleSample.Run(
            SchemaMutations.Cases(Shipped.Value.Count),
            mutationCase => CheckCase(mutationCase, stats),
            MasterSeed,
            Iterations,
            threads: Environment.ProcessorCount,
            shrinkSeconds: 120,
            print: Describe));
        output.WriteLine($"{stats.Cases} cases: {stats.WithoutErrors} without schema errors, {stats.Compiled} compiled, {stats.CompiledWithErrors} of them with schema errors, {stats.CompiledBefore} of them the same generated files as an earlier case.");
    }

    private static void CheckCase(MutationCase mutationCase, Stats stats)
    {
        Interlocked.Increment(ref stats.Cases);
        var mutated = SchemaMutations.Apply(Shipped.Value, mutationCase);
        var files = mutated.Files
            .Select(f => mutated.Changed.Contains(f.Path) ? new InMemoryAdditionalText(f.Path, f.Text) : ShippedTexts.Value[f.Path])
            .ToImmutableArray();

        var driver = Edited(files, mutated.Changed).RunGeneratorsAndUpdateCompilation(Consumer.Value, out var compilation, out var generatorDiagnostics);
        var generatorResult = Assert.Single(driver.GetRunResult().Results);
        Assert.True(generatorResult.Exception is null, "The generator threw: " + generatorResult.Exception);

        var schemaDiagnostics = generatorDiagnostics;
        var texts = files.ToDictionary(f => f.Path, f => f.GetText()!, StringComparer.Ordinal);
        foreach (var diagnostic in schemaDiagnostics)
        {
            Assert.True(diagnostic.Id.StartsWith("TAX", StringComparison.Ordinal), "Not a schema diagnostic (an exception in the generator?): " + diagnostic);
            Assert.True(diagnostic.Id != "TAX0027", "Internal error: " + diagnostic);
            AssertLocatedInside(diagnostic, texts);
        }

        var hasErrors = schemaDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        if (!hasErrors)
        {
            Interlocked.Increment(ref stats.WithoutErrors);
        }

        // Which cases compile beside errors is decided by the case itself, so a replayed case does the same.
        if (!hasErrors || mutationCase.Mutations.Sum(m => (long)m.B) % 4 == 0)
        {
            Interlocked.Increment(ref stats.Compiled);
            if (hasErrors)
            {
                Interlocked.Increment(ref stats.CompiledWithErrors);
            }

            var key = Key(driver.GetRunResult().Results.Single().GeneratedSources);
            var compiled = CompiledBefore.GetOrAdd(key, _ => new Lazy<ImmutableArray<Diagnostic>>(() => compilation.GetDiagnostics()));
            if (compiled.IsValueCreated)
            {
                Interlocked.Increment(ref stats.CompiledBefore);
            }

            var compilationDiagnostics = compiled.Value;
            Assert.True(compilationDiagnostics.IsEmpty, $"The generated code does not compile{(hasErrors ? " (beside schema errors)" : string.Empty)}:\n" + string.Join("\n", compilationDiagnostics.Take(10)));
        }
    }

    /// <summary>
    /// The warm driver with the case's files in place of the shipped ones: a changed file replaced where it stood, a
    /// removed one removed, so the driver holds the files in the same order as a new driver over the mutated set would.
    /// </summary>
    private static GeneratorDriver Edited(ImmutableArray<AdditionalText> files, IReadOnlySet<string> changed)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        Assert.True(paths.IsSubsetOf(ShippedTexts.Value.Keys), "A mutation added a file: " + string.Join(", ", paths.Except(ShippedTexts.Value.Keys)));
        var driver = Warm.Value;
        foreach (var file in files.Where(f => changed.Contains(f.Path)))
        {
            driver = driver.ReplaceAdditionalText(ShippedTexts.Value[file.Path], file);
        }

        var removed = Shipped.Value.Where(f => !paths.Contains(f.Path)).Select(f => ShippedTexts.Value[f.Path]).ToImmutableArray();
        return removed.IsEmpty ? driver : driver.RemoveAdditionalTexts(removed);
    }

    /// <summary>In a schema file of the set, inside its text, with line and column matching the offset.</summary>
    private static void AssertLocatedInside(Diagnostic diagnostic, IReadOnlyDictionary<string, SourceText> texts)
    {
        var location = diagnostic.Location;
        var lineSpan = location.GetLineSpan();
        Assert.True(location.Kind == LocationKind.ExternalFile, "Not located in a file: " + diagnostic);
        Assert.True(texts.TryGetValue(lineSpan.Path, out var text), "Not located in a schema file of the set: " + diagnostic);
        Assert.True(location.SourceSpan.End <= text!.Length, $"Span {location.SourceSpan} outside the text of {text.Length} characters: {diagnostic}");
        foreach (var (offset, position) in new[] { (location.SourceSpan.Start, lineSpan.StartLinePosition), (location.SourceSpan.End, lineSpan.EndLinePosition) })
        {
            Assert.True(position.Line < text.Lines.Count && position.Character <= text.Lines[position.Line].SpanIncludingLineBreak.Length, $"Position {position} outside the text ({text.Lines.Count} lines): {diagnostic}");
            Assert.True(text.Lines.GetLinePosition(offset) == position, $"Position {position} is not offset {offset}, which is {text.Lines.GetLinePosition(offset)}: {diagnostic}");
        }
    }

    /// <summary>What a compilation of the generated files is made of, as a hash of every hint name and text in order.</summary>
    private static string Key(ImmutableArray<GeneratedSourceResult> sources)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var source in sources)
        {
            foreach (var part in new[] { source.HintName, source.SourceText.ToString() })
            {
                hash.AppendData(System.Text.Encoding.UTF8.GetBytes(part));
                hash.AppendData(BitConverter.GetBytes(part.Length));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Describe(MutationCase mutationCase)
    {
        var mutated = SchemaMutations.Apply(Shipped.Value, mutationCase);
        return $"{mutationCase.File}: [{string.Join(", ", mutationCase.Mutations)}]\n{mutated.Description}";
    }

    private sealed class Stats
    {
        public int Cases;
        public int WithoutErrors;
        public int Compiled;
        public int CompiledWithErrors;
        public int CompiledBefore;
    }
}
