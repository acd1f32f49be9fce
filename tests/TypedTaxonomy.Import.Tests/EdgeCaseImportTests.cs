using System;
using System.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Import.Tests;

/// <summary>
/// A hand-written extension (Fixtures/edge) with what the real filings lack: members of two taxonomies nested in
/// one axis, a member name that is no C# identifier, a tuple, an enumeration, a company type, a reference
/// linkbase, a translation, a calculation cycle and weight, and a line item named like a generated property.
/// </summary>
public sealed class EdgeCaseImportTests : IDisposable
{
    private readonly TempDirectory temp = new();
    private readonly ImportResult result;
    private readonly OutputSet loaded;

    public EdgeCaseImportTests()
    {
        result = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = TestData.Fixture("edge/edge.xsd"),
            InstancePath = TestData.Fixture("edge/edge_instance.xml"),
            OutputPath = temp.Path,
        });
        TaxonomyImporter.WriteFiles(result);
        loaded = OutputSet.Load(temp.Path);
    }

    private ResolvedTaxonomy Extension => loaded.Taxonomy("ex");

    private ResolvedTaxonomy Base => loaded.Taxonomy("base");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Output_loads_without_errors_or_warnings()
    {
        Assert.True(loaded.Diagnostics.Count == 0, loaded.Describe());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Members_keep_their_tree_across_taxonomies()
    {
        var axis = Extension.Axes.Single(a => a.Key.LocalName == "RegionAxis");
        Assert.Equal("RegionDomain", axis.Domain.LocalName);
        var parentOf = axis.Members.ToDictionary(m => m.Key.ToString(), m => m.Parent?.ToString());
        Assert.Null(parentOf["ex:EuropeMember"]);
        Assert.Equal("ex:EuropeMember", parentOf["ex:FranceMember"]);

        // Bad.Member is an NCName with a '.', which the format takes as it is (its C# name is Bad_Member).
        Assert.Equal("ex:FranceMember", parentOf["ex:Bad.Member"]);
        Assert.Equal("ex:Bad.Member", parentOf["ex:LyonMember"]);
        Assert.DoesNotContain("ex:Bad.Member", result.Summary.LeftOut.Keys);

        // A member of the base taxonomy is declared there, under the extension's axis; one taxonomy's file cannot
        // nest a member under another's, so BerlinMember sits under the nearest ancestor of its own with a comment.
        Assert.Contains("base:GermanyMember", parentOf.Keys);
        Assert.Contains("ex", Base.Imports);
        Assert.Equal("ex:EuropeMember", parentOf["ex:BerlinMember"]);
        Assert.Contains("          # under base:GermanyMember in the definition linkbase\n          BerlinMember: {}\n", Yaml("ex"));

        // SpainMember only appears in a context: inferred, and marked.
        Assert.Contains("ex:SpainMember", parentOf.Keys);
        Assert.Contains("SpainMember: {}  # inferred: member from 1 fact in edge_instance.xml (their contexts)", Yaml("ex"));
    }

    [Fact]
    public void Axis_found_only_in_contexts_is_inferred()
    {
        var axis = Base.Axes.Single(a => a.Key.LocalName == "ProductAxis");
        Assert.Equal("WidgetMember", axis.Members.Single().Key.LocalName);
        Assert.Contains("  # inferred: axis from 1 fact in edge_instance.xml (their contexts); no definition arc names it\n  ProductAxis:", Yaml("base"));
    }

    [Fact]
    public void Base_concepts_are_typed_from_their_facts_and_calculations()
    {
        ConceptDataType? TypeOf(string name) => Base.Concepts.Single(c => c.Key.LocalName == name).DataType;
        Assert.Equal(ConceptDataType.Monetary, TypeOf("Revenue"));
        Assert.Equal(ConceptDataType.Integer, TypeOf("Employees"));
        Assert.Equal("Employee", Base.Concepts.Single(c => c.Key.LocalName == "Employees").UnitId);
        Assert.Equal(ConceptPeriodType.Instant, Base.Concepts.Single(c => c.Key.LocalName == "Employees").PeriodType);
        Assert.Equal(ConceptDataType.Boolean, TypeOf("Flagged"));
        Assert.Equal(ConceptDataType.TextBlock, TypeOf("Notes"));
        Assert.Equal(ConceptDataType.Percent, TypeOf("TaxRate"));
        Assert.Equal(ConceptDataType.Decimal, TypeOf("Ratio"));
        Assert.Equal(ConceptDataType.Monetary, TypeOf("UnreportedTotal"));
        Assert.Contains("type: monetary  # inferred: from the calculation with base:Profit (no facts)", Yaml("base"));
        Assert.True(Base.Concepts.Single(c => c.Key.LocalName == "RevenueAbstract").IsAbstract);
        Assert.Equal("EUR", Base.DefaultCurrencyUnit);
    }

    [Fact]
    public void Extension_concepts_keep_their_schema_attributes_labels_and_references()
    {
        var otherIncome = Extension.Concepts.Single(c => c.Key.LocalName == "OtherIncome");
        Assert.Equal(ConceptDataType.Monetary, otherIncome.DataType); // through the company's own type
        Assert.Equal(ConceptBalance.Credit, otherIncome.Balance);
        Assert.Contains(otherIncome.Labels, l => l.Role == "terse" && l.Text == "Other");
        Assert.Contains(otherIncome.Labels, l => l.Language == "de" && l.Text == "Sonstige Erträge");
        Assert.Equal("Income from other sources,\nincluding interest.", otherIncome.Documentation);
        Assert.Equal(2, otherIncome.References.Count);
        Assert.Equal("IASB IAS 1 para 82", otherIncome.References[0].Display);

        var pattern = Extension.Concepts.Single(c => c.Key.LocalName == "RevenuePattern");
        Assert.Equal(ConceptDataType.Enumeration, pattern.DataType);
        Assert.Equal(new[] { "PointInTimeMember", "OverTimeMember" }, pattern.EnumerationValues);

        Assert.Equal(ConceptDataType.String, Extension.Concepts.Single(c => c.Key.LocalName == "FiscalYear").DataType);
        Assert.Contains("ex:FiscalYear: its type gYearItemType has no equivalent; imported as string.", result.Notes);

        var costs = Base.Concepts.Single(c => c.Key.LocalName == "Costs");
        Assert.Equal("Costs: \"direct\" # not a comment", costs.Labels.Single(l => l.Role == "standard").Text);
    }

    [Fact]
    public void Statement_drops_scaffolding_and_keeps_both_places_of_an_instant()
    {
        var statement = Extension.Statements.Single();
        Assert.Equal("Income", statement.Name);
        Assert.Equal("Income by region", statement.Title);
        Assert.Equal(new[] { "RegionAxis" }, statement.Axes.Select(a => a.LocalName));
        var items = statement.LineItems.Select(l => (l.Concept.ToString(), l.PreferredLabel)).ToList();

        Assert.Single(items, i => i.Item1 == "base:Revenue");
        Assert.Contains(("ex:Cash", "periodStart"), items);
        Assert.Contains(("ex:Cash", "periodEnd"), items); // negatedPeriodEndLabel: the nearest role the format has
        Assert.Contains(("base:HeldItem", (string?)null), items); // lifted out of the tuple
        Assert.DoesNotContain(items, i => i.Item1 is "ex:Holding" or "ex:RegionAxis" or "ex:EuropeMember" or "base:RevenueAbstract" or "base:EmptyAbstract");
        Assert.DoesNotContain(items, i => i.Item1 == "base:Period"); // would become the property Period
        Assert.Contains(result.Notes, n => n.Contains("base:Period is left out", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Contains("http://example.com/edge/role/Headings is not imported as a statement", StringComparison.Ordinal));
    }

    [Fact]
    public void Calculations_the_format_cannot_hold_are_left_out_with_a_note()
    {
        var calculations = Extension.Calculations;
        var profit = Assert.Single(calculations);
        Assert.Equal("Profit", profit.Total.LocalName);
        Assert.Equal("Income", profit.StatementName);
        Assert.Equal(new[] { ("Revenue", 1), ("Costs", -1), ("OtherIncome", 1) }, profit.Items.Select(i => (i.Concept.LocalName, i.Weight)));

        // UnreportedTotal = Profit + 0.5 × Revenue: without its Revenue item it would be checked as UnreportedTotal = Profit.
        Assert.DoesNotContain(calculations, c => c.Total.LocalName == "UnreportedTotal");
        Assert.Contains("The summation of base:UnreportedTotal in http://example.com/edge/role/Income is left out: its item base:Revenue has the weight 0.5; the format allows 1 and -1.", result.Notes);
        Assert.Contains(result.Notes, n => n.Contains("forms a cycle", StringComparison.Ordinal));
    }

    private string Yaml(string prefix) => result.Files.Single(f => f.Key.EndsWith(prefix + ".taxonomy.yaml", StringComparison.Ordinal)).Value;
}
