using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Schema.Tests;

public sealed class SchemaFileSetTests
{
    private const string Base = "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts:\n  Revenue: { type: monetary, periodType: duration, balanc: credit }\n";

    private const string Statements = "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nstatements:\n  Income: { lineItems: [Revenue, Costs] }\n";

    [Fact]
    public void ParsesAndResolvesASetInOneDeterministicOrder()
    {
        var forward = SchemaFileSet.Check(new[] { ("b.taxonomy.yaml", Statements), ("a.taxonomy.yaml", Base) });
        var backward = SchemaFileSet.Check(new[] { ("a.taxonomy.yaml", Base), ("b.taxonomy.yaml", Statements) });

        Assert.Equal(forward, backward);
        Assert.Equal(
            new[]
            {
                "a.taxonomy.yaml(3,52): error TAX0002: Unknown key 'balanc' in the concept 'Revenue' (did you mean 'balance'?)",
                "b.taxonomy.yaml(3,34): error TAX0009: The concept 'Costs' is not defined",
            },
            forward.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(new[] { "TAX0009" }, forward.SetDiagnostics.Select(d => d.Id));
        Assert.True(forward.HasErrors);
        Assert.Equal("Demo", Assert.Single(forward.Set.Taxonomies).Name);
    }

    [Fact]
    public void ResolvingParsedFilesGivesWhatCheckingTheTextsGives()
    {
        var files = new[] { ("a.taxonomy.yaml", Base), ("b.taxonomy.yaml", Statements) };

        var parsed = SchemaFileSet.Resolve(files.Select(f => ParsedSchemaFile.Parse(f.Item1, f.Item2)));

        Assert.Equal(SchemaFileSet.Check(files), parsed);
    }

    [Fact]
    public void AFileThatCannotBeReadIsOneInternalErrorAndTheOthersAreStillResolved()
    {
        var result = SchemaFileSet.Resolve(new[] { ParsedSchemaFile.Failed("x.taxonomy.yaml", "the file could not be read"), ParsedSchemaFile.Parse("a.taxonomy.yaml", Base) });

        Assert.Contains(result.Diagnostics, d => d.Id == SchemaDiagnosticDescriptors.InternalError.Id && d.Span.FilePath == "x.taxonomy.yaml");
        Assert.Single(result.Set.Taxonomies);
    }
}
