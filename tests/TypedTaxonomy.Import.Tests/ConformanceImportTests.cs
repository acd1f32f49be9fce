using System;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Import.Tests;

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

    [Fact]
    public void A_summation_with_a_weight_the_format_cannot_hold_is_left_out_whole()
    {
        // Parent = 1.99 × A + 1 × B (conformance 320 V-24, a valid instance): Parent = B alone would be inconsistent.
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance("320-24-BindCalculationInferPrecision.xsd"), OutputPath = "out" });

        Assert.DoesNotContain("calculations:", result.Files.Values.Single(), StringComparison.Ordinal);
        Assert.Contains(result.Notes, n => n.Contains("The summation of ns:Parent", StringComparison.Ordinal) && n.Contains("its item ns:A has the weight 1.99", StringComparison.Ordinal));
    }

    [Fact]
    public void Relationships_of_arc_roles_the_format_has_no_key_for_are_left_out_with_a_note()
    {
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance("304-multiple-unitsEquality.xsd"), OutputPath = "out" });

        Assert.Contains(result.Notes, n => n.StartsWith("Relationships with the arc role http://www.xbrl.org/2003/arcrole/essence-alias are left out", StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Linkbases_an_instance_refers_to_are_read_with_the_schema()
    {
        // 397-XYZ.xsd refers to no linkbase; its instance's linkbaseRef brings X = Y + abc:A.
        var result = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = TestData.Conformance("397-XYZ.xsd"),
            AdditionalLinkbases = new[] { TestData.Conformance("397-XYZ-calculation.xml") },
            OutputPath = "out",
        });

        Assert.Equal(2, result.Summary.CalculationArcsRead);
        var extension = result.Summary.Files[0];
        Assert.Equal("xyz", extension.Prefix);
        Assert.Equal((1, 2), (extension.Calculations, extension.CalculationItems));
        Assert.Throws<ImportException>(() => TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance("397-XYZ.xsd"), AdditionalLinkbases = new[] { TestData.Conformance("no-such-linkbase.xml") } }));
    }

    [Fact]
    public void A_summation_with_an_item_whose_locator_cannot_be_resolved_is_left_out_whole()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("t.xsd"), """
            <schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:t="http://example.com/t" targetNamespace="http://example.com/t">
              <annotation><appinfo><link:linkbaseRef xlink:type="simple" xlink:href="t-calculation.xml"/></appinfo></annotation>
              <element name="Total" id="t_Total" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
              <element name="Part" id="t_Part" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" xbrli:periodType="instant"/>
            </schema>
            """);
        File.WriteAllText(temp.File("t-calculation.xml"), """
            <linkbase xmlns="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
              <calculationLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
                <loc xlink:type="locator" xlink:href="t.xsd#t_Total" xlink:label="total"/>
                <loc xlink:type="locator" xlink:href="t.xsd#t_Part" xlink:label="part"/>
                <loc xlink:type="locator" xlink:href="elsewhere.xsd#e_Other" xlink:label="other"/>
                <calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="part" weight="1"/>
                <calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="total" xlink:to="other" weight="1"/>
              </calculationLink>
            </linkbase>
            """);

        // The locator to a schema that is not there breaks XBRL 2.1: the import refuses it, or takes the rest with --allow-invalid.
        var refused = Assert.Throws<ImportException>(() => TaxonomyImporter.Import(new ImportOptions { SchemaPath = temp.File("t.xsd"), OutputPath = temp.Path }));
        Assert.Equal(new[] { "IOerror", "xbrl.4.3.3:linkbaseRefArcrole" }, refused.Findings.Select(f => f.Code).Order(StringComparer.Ordinal));
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = temp.File("t.xsd"), OutputPath = temp.Path, AllowInvalid = true });

        Assert.Equal(0, result.Summary.Files[0].Calculations);
        Assert.Contains(result.Notes, n => n.Contains("the locator 'elsewhere.xsd#e_Other' is ignored", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("The summation of t:Total", StringComparison.Ordinal) && n.Contains("could not be resolved", StringComparison.Ordinal));
    }

    private static OutputSet ImportAndLoad(string schema, out TempDirectory temp)
    {
        temp = new TempDirectory();
        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = TestData.Conformance(schema), OutputPath = temp.Path });
        TaxonomyImporter.WriteFiles(result);
        return OutputSet.Load(temp.Path);
    }
}
