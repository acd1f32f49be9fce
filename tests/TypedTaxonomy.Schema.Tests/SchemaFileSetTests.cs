using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Resolution;

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
    public void AxesAndMembersAreLabelledInTheLanguageOfTheirTaxonomyWhicheverFileSetsIt()
    {
        // The records of b are made in its own language (none: English), then again in the taxonomy's, set by a.
        var result = SchemaFileSet.Check(new[]
        {
            ("b.taxonomy.yaml", "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\naxes:\n  SegmentAxis:\n    members: { RetailMember: { terse: Retail } }\n"),
            ("a.taxonomy.yaml", "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, language: de }\n"),
        });

        Assert.Empty(result.Diagnostics);
        var concepts = Assert.Single(result.Set.Taxonomies).Concepts;
        Assert.Equal(new[] { "SegmentAxis", "SegmentDomain", "RetailMember" }, concepts.Select(c => c.Key.LocalName));
        Assert.All(concepts.SelectMany(c => c.Labels), label => Assert.Equal("de", label.Language));
        Assert.Equal("Retail", concepts[2].Label("terse", "de"));
    }

    [Fact]
    public void AFileReadsOfTheSetOnlyWhatItsStatementsAndCalculationsUse()
    {
        const string Concepts = "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n  Costs: { type: monetary, periodType: duration, label: Costs }\n";
        const string Income = "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nstatements:\n  Income: { lineItems: [Revenue] }\n";
        var income = SchemaFileSet.Declare(ParsedSchemaFile.Parse("b.taxonomy.yaml", Income));
        FileInput InputWith(string concepts) => SchemaFileSet.Link(new[] { SchemaFileSet.Declare(ParsedSchemaFile.Parse("a.taxonomy.yaml", concepts)), income }).InputOf(income);

        var before = InputWith(Concepts);
        Assert.Equal("Revenue", Assert.Single(before.Environment!.Names).Name);

        // Relabelling a concept the statement does not show leaves what the file reads as it was: it is not resolved again.
        Assert.Equal(before, InputWith(Concepts.Replace("label: Costs", "label: Costs of sales", System.StringComparison.Ordinal)));

        // Changing the concept it shows changes what it reads: it is resolved again (to the same statement, which holds keys).
        var changed = InputWith(Concepts.Replace("Revenue: { type: monetary, periodType: duration }", "Revenue: { type: monetary, periodType: instant }", System.StringComparison.Ordinal));
        Assert.NotEqual(before, changed);
        Assert.Equal(SchemaFileSet.ResolveFile(before).Statements, SchemaFileSet.ResolveFile(changed).Statements);
    }

    [Fact]
    public void ResolvingParsedFilesGivesWhatCheckingTheTextsGives()
    {
        var files = new[] { ("a.taxonomy.yaml", Base), ("b.taxonomy.yaml", Statements) };

        var parsed = SchemaFileSet.Resolve(files.Select(f => ParsedSchemaFile.Parse(f.Item1, f.Item2)));

        Assert.Equal(SchemaFileSet.Check(files), parsed);
    }

    [Theory]
    [InlineData("taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts:\n  Revenue: { type: monetary, periodType: duration\n  Costs: { type: monetary, periodType: duration }\n")]
    [InlineData("{ \"taxonomy\": { \"name\": \"Demo\", \"prefix\": \"demo\", \"namespace\": \"http://example.com/demo\" },\n  \"concepts\": { \"Revenue\": { \"type\": \"monetary\" \"periodType\": \"duration\" } } }\n")]
    public void WhileAFileDoesNotParseTheUsesOfItsNamesInOtherFilesAreNotReportedAgain(string broken)
    {
        var other = "taxonomy: { name: Other, prefix: other, namespace: http://example.com/other, imports: [demo] }\nstatements:\n  Income: { lineItems: [demo:Revenue] }\n";

        var result = SchemaFileSet.Check(new[] { ("a.taxonomy.yaml", broken), ("b.taxonomy.yaml", Statements), ("c.taxonomy.yaml", other) });

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("TAX0001", "a.taxonomy.yaml"), (diagnostic.Id, diagnostic.Span.FilePath));
        Assert.EndsWith("nothing of this file is generated until it parses", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AFileThatCannotBeReadIsOneInternalErrorAndTheOthersAreStillResolved()
    {
        var result = SchemaFileSet.Resolve(new[] { ParsedSchemaFile.Failed("x.taxonomy.yaml", "the file could not be read"), ParsedSchemaFile.Parse("a.taxonomy.yaml", Base) });

        Assert.Contains(result.Diagnostics, d => d.Id == SchemaDiagnosticDescriptors.InternalError.Id && d.Span.FilePath == "x.taxonomy.yaml");
        Assert.Single(result.Set.Taxonomies);
    }
}
