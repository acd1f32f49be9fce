using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Import;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>Imports taxonomies of the XBRL 2.1 conformance suite: small, but each with its own twist.</summary>
public sealed class ConformanceImportTests
{
    public static TheoryData<string, string?> Taxonomies => new()
    {
        { "304-01-monetaryItemTypeUnitsRestrictions.xsd", "304-01-monetaryItemTypeUnitsRestrictions.xml" },
        { "303-05-ForeverSchema.xsd", "303-05-ForeverElementewithInstancePeriodTypeReportedasForever.xbrl" },
        { "320-BindCalculationInferPrecision.xsd", "320-00-BindCalculationInferPrecision-instance.xbrl" },
        { "320-03-nestedtupleBindCalc.xsd", null },
        { "397-ABC.xsd", "397-00-ConsistentInstance-valid.xbrl" },
        { "304-13-sharesItemTypeUnitsRestrictions.xsd", null },
        { "305-decimalPrecision.xsd", null },
    };

    [Theory]
    [MemberData(nameof(Taxonomies))]
    public void Imports_without_errors(string schema, string? instance)
    {
        using var temp = new TempDirectory();
        var result = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = TestData.Conformance(schema),
            InstancePath = instance is null ? null : TestData.Conformance(instance),
            OutputPath = temp.Path,
        });
        TaxonomyImporter.WriteFiles(result);
        var loaded = OutputSet.Load(temp.Path);
        Assert.True(!loaded.Errors.Any(), loaded.Describe());
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Files);
        Assert.NotEmpty(loaded.Taxonomies.Single().Concepts);
    }

    [Fact]
    public void Monetary_concept_keeps_its_schema_attributes()
    {
        var loaded = ImportAndLoad("304-01-monetaryItemTypeUnitsRestrictions.xsd", out var temp);
        using (temp)
        {
            var taxonomy = loaded.Taxonomy("my");
            Assert.Equal("http://www.someCompany.com", taxonomy.NamespaceUri);
            var assets = taxonomy.Concepts.Single(c => c.Key.LocalName == "assets");
            Assert.Equal(ConceptDataType.Monetary, assets.DataType);
            Assert.Equal(ConceptPeriodType.Instant, assets.PeriodType);
            Assert.False(assets.IsNillable); // XML Schema's default: nillable="false"
        }
    }

    [Fact]
    public void Forever_string_concept_is_an_instant_string_with_its_label()
    {
        var loaded = ImportAndLoad("303-05-ForeverSchema.xsd", out var temp);
        using (temp)
        {
            var forever = loaded.Taxonomy("new").Concepts.Single(c => c.Key.LocalName == "Forever");
            Assert.Equal(ConceptDataType.String, forever.DataType);
            Assert.Equal(ConceptPeriodType.Instant, forever.PeriodType);
            Assert.Contains(forever.Labels, l => l.Role == "standard");
        }
    }

    [Fact]
    public void One_arc_to_a_shared_label_makes_one_item_per_locator()
    {
        // 397-ABC's single arc goes from A to the label "contributingItem", which two locators (B and C) share.
        var loaded = ImportAndLoad("397-ABC.xsd", out var temp);
        using (temp)
        {
            var calculation = loaded.Taxonomy("abc").Calculations.Single();
            Assert.Equal("A", calculation.Total.LocalName);
            Assert.Equal(new[] { "B", "C" }, calculation.Items.Select(i => i.Concept.LocalName).OrderBy(n => n));
            Assert.All(calculation.Items, i => Assert.Equal(1, i.Weight));
        }
    }

    [Fact]
    public void Tuples_are_left_out_and_their_items_stay_in_the_statement()
    {
        using var temp = new TempDirectory();
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance("320-03-nestedtupleBindCalc.xsd"), OutputPath = temp.Path });
        TaxonomyImporter.WriteFiles(result);
        var loaded = OutputSet.Load(temp.Path);
        Assert.Contains("nestedtupleBindCalc:Analysis", result.Summary.LeftOut.Keys);
        Assert.Contains("nestedtupleBindCalc:Customer", result.Summary.LeftOut.Keys);
        var statement = loaded.Taxonomies.Single().Statements.Single();
        Assert.Contains(statement.LineItems, l => l.Concept.LocalName == "Gross");
        Assert.DoesNotContain(statement.LineItems, l => l.Concept.LocalName == "Analysis");
    }

    private static OutputSet ImportAndLoad(string schema, out TempDirectory temp)
    {
        temp = new TempDirectory();
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance(schema), OutputPath = temp.Path });
        TaxonomyImporter.WriteFiles(result);
        return OutputSet.Load(temp.Path);
    }
}
