using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;
using TypedTaxonomy.Schema.Yaml;
using TypedTaxonomy.Tests.Mutations;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// Issue 3's property on the schema layer alone (parse and resolve, no compiler), cheap enough for
/// thousands of cases: the shipped schema files, mutated, never make the parser or resolver throw; every
/// diagnostic is located inside a schema file's text; and nothing is dropped silently: an element is left
/// out only with an error. The generator tests run the same mutations through the compiler.
/// </summary>
public sealed class SchemaMutationPropertyTests
{
    private const ulong MasterSeed = 20240331;
    private const long Iterations = 5_000;

    private static readonly string[] TopLevelSections = { "units", "concepts", "axes", "statements", "calculations", "rollForwards" };

    private static readonly Lazy<IReadOnlyList<SchemaText>> Shipped = new(() =>
        Directory.EnumerateFiles(Path.Combine(SchemaTestKit.RepositoryRoot(), "schema"), "*.taxonomy.*", SearchOption.AllDirectories)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => new SchemaText(Path.GetRelativePath(SchemaTestKit.RepositoryRoot(), p).Replace('\\', '/'), File.ReadAllText(p)))
            .ToList());

    /// <summary>The unchanged files are parsed once; a case parses only the files it changed.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, TaxonomyParseResult>> ShippedParsed = new(() =>
        Shipped.Value.ToDictionary(f => f.Path, f => TaxonomyFileParser.Parse(f.Path, f.Text), StringComparer.Ordinal));

    [Fact]
    public void TheShippedSchemaIsCleanToStartWith()
    {
        var diagnostics = ShippedParsed.Value.Values.SelectMany(p => p.Diagnostics)
            .Concat(TaxonomyResolver.Resolve(ShippedParsed.Value.Values.Select(p => p.Document!)).Diagnostics);
        Assert.Empty(diagnostics);
    }

    [Fact(Timeout = 600_000)]
    public async Task MutatedSchemaFilesNeverThrowAndEveryDiagnosticIsLocated()
    {
        await Task.Run(() => ReproducibleSample.Run(
            SchemaMutations.Cases(Shipped.Value.Count),
            CheckCase,
            MasterSeed,
            Iterations,
            threads: Environment.ProcessorCount,
            shrinkSeconds: 60,
            print: Describe));
    }

    /// <summary>Guards the property against going vacuous: the mutations must break files in many ways, and not always.</summary>
    [Fact]
    public void TheMutationsBreakTheSchemaInManyWays()
    {
        var gen = SchemaMutations.Cases(Shipped.Value.Count);
        var pcg = new CsCheck.PCG(1, MasterSeed);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        int clean = 0, unchanged = 0;
        const int Cases = 400;
        for (var i = 0; i < Cases; i++)
        {
            var mutated = SchemaMutations.Apply(Shipped.Value, gen.Generate(pcg, null, out _));
            var parsed = mutated.Files.Select(f => mutated.Changed.Contains(f.Path) ? TaxonomyFileParser.Parse(f.Path, f.Text) : ShippedParsed.Value[f.Path]).ToList();
            var diagnostics = parsed.SelectMany(p => p.Diagnostics).Concat(TaxonomyResolver.Resolve(parsed.Select(p => p.Document).OfType<TaxonomyDocument>()).Diagnostics).ToList();
            ids.UnionWith(diagnostics.Select(d => d.Id));
            clean += diagnostics.Any(d => d.Severity == SchemaSeverity.Error) ? 0 : 1;
            unchanged += mutated.Files.Count == Shipped.Value.Count && mutated.Files.Zip(Shipped.Value).All(p => p.First.Text == p.Second.Text) ? 1 : 0;
        }

        Assert.True(ids.Count >= 15, $"Only {ids.Count} diagnostic ids: {string.Join(", ", ids.Order())}");
        Assert.InRange(clean, Cases / 20, Cases * 3 / 5);
        Assert.InRange(unchanged, 0, Cases / 30);
    }

    private static void CheckCase(MutationCase mutationCase)
    {
        var mutated = SchemaMutations.Apply(Shipped.Value, mutationCase);
        var parsed = mutated.Files
            .Select(f => (File: f, Result: mutated.Changed.Contains(f.Path) ? TaxonomyFileParser.Parse(f.Path, f.Text) : ShippedParsed.Value[f.Path]))
            .ToList();
        var resolved = TaxonomyResolver.Resolve(parsed.Select(p => p.Result.Document).OfType<TaxonomyDocument>());
        var diagnostics = parsed.SelectMany(p => p.Result.Diagnostics).Concat(resolved.Diagnostics).ToList();

        var located = diagnostics.Select(d => d.Span.FilePath).ToHashSet(StringComparer.Ordinal);
        SchemaTestKit.AssertLocatedInside(diagnostics, mutated.Files.Where(f => located.Contains(f.Path)).Select(f => (f.Path, f.Text)).ToArray());
        foreach (var diagnostic in diagnostics)
        {
            var descriptor = SchemaDiagnosticDescriptors.Find(diagnostic.Id);
            Assert.True(descriptor is not null, $"Not in the catalog: {diagnostic}");
            Assert.True(descriptor!.Severity == diagnostic.Severity, $"Severity differs from the catalog: {diagnostic}");
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"Empty message: {diagnostic}");
            Assert.True(diagnostic.Id != "TAX0027", $"Internal error: {diagnostic}");
        }

        var filesWithErrors = diagnostics.Where(d => d.Severity == SchemaSeverity.Error).Select(d => d.Span.FilePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (file, result) in parsed.Where(p => mutated.Changed.Contains(p.File.Path) && !filesWithErrors.Contains(p.File.Path)))
        {
            AssertNothingDroppedWhileParsing(file, result);
        }

        if (filesWithErrors.Count == 0)
        {
            AssertNothingDroppedWhileResolving(parsed.Select(p => p.Result.Document!), resolved.Set);
        }
    }

    /// <summary>A file without errors has a model with one element for each entry of its top-level sections.</summary>
    private static void AssertNothingDroppedWhileParsing(SchemaText file, TaxonomyParseResult result)
    {
        Assert.True(result.Document is not null, $"{file.Path} has no errors but no model either: it was dropped silently.");
        var root = (YamlMapping)YamlDocumentReader.Read(file.Path, file.Text, new List<SchemaDiagnostic>())!;
        var document = result.Document!;
        var parsedCounts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["units"] = document.Units.Count,
            ["concepts"] = document.Concepts.Count,
            ["axes"] = document.Axes.Count,
            ["statements"] = document.Statements.Count,
            ["calculations"] = document.Calculations.Count(c => !c.IsRollForward),
            ["rollForwards"] = document.Calculations.Count(c => c.IsRollForward),
        };
        foreach (var section in TopLevelSections)
        {
            var node = root.Entries.Where(e => e.Key.Value == section).Select(e => e.Value).FirstOrDefault();
            var written = node switch
            {
                YamlMapping mapping => mapping.Entries.Count,
                YamlSequence sequence => sequence.Items.Count,
                _ => 0,
            };
            Assert.True(written == parsedCounts[section], $"{file.Path}: '{section}' has {written} entries but the model {parsedCounts[section]}, without an error.");
        }
    }

    /// <summary>Without errors, every concept, statement, calculation and roll-forward of the files is in the resolved set.</summary>
    private static void AssertNothingDroppedWhileResolving(IEnumerable<TaxonomyDocument> documents, TaxonomySet set)
    {
        var byPrefix = set.Taxonomies.ToDictionary(t => t.Prefix, StringComparer.Ordinal);
        var concepts = set.Taxonomies.SelectMany(t => t.Concepts).Select(c => (c.Key.Prefix, c.Key.LocalName)).ToHashSet();
        var statements = set.Taxonomies.SelectMany(t => t.Statements.Select(s => (t.Prefix, s.Name))).ToHashSet();
        foreach (var document in documents)
        {
            var prefix = document.Header.Prefix.Value;
            foreach (var concept in document.Concepts)
            {
                Assert.True(concepts.Contains((prefix, concept.Name.Value)), $"The concept {concept.Name.Value} of {document.FilePath} is not in the resolved set, without an error.");
            }

            foreach (var statement in document.Statements)
            {
                Assert.True(statements.Contains((prefix, statement.Name.Value)), $"The statement {statement.Name.Value} of {document.FilePath} is not in the resolved set, without an error.");
            }
        }

        foreach (var group in documents.GroupBy(d => d.Header.Prefix.Value))
        {
            var written = group.Sum(d => d.Calculations.Count(c => !c.IsRollForward));
            Assert.True(written == byPrefix[group.Key].Calculations.Count, $"The taxonomy {group.Key} has {written} calculations but {byPrefix[group.Key].Calculations.Count} resolved, without an error.");
            var rollForwards = group.Sum(d => d.Calculations.Count(c => c.IsRollForward));
            Assert.True(rollForwards == byPrefix[group.Key].RollForwards.Count, $"The taxonomy {group.Key} has {rollForwards} roll-forwards but {byPrefix[group.Key].RollForwards.Count} resolved, without an error.");
        }
    }

    private static string Describe(MutationCase mutationCase)
    {
        var mutated = SchemaMutations.Apply(Shipped.Value, mutationCase);
        return $"{mutationCase.File}: [{string.Join(", ", mutationCase.Mutations)}]\n{mutated.Description}";
    }
}
