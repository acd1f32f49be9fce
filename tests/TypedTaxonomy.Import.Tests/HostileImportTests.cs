using System;
using System.IO;
using System.Linq;

using TypedTaxonomy.Tests.Shared;

namespace TypedTaxonomy.Import.Tests;

/// <summary>
/// Hostile taxonomies (issue 14): trees deeper or wider than the format can hold end in one error located at the arc
/// that crosses the bound, before anything is written, never a stack overflow or a file that does not load; the
/// import's passes stay linear, shown by comparing the work at N and 4N rather than by a clock.
/// </summary>
[Collection(nameof(HostileImportTests))]
public sealed class HostileImportTests : IDisposable
{
    private const string ParentChild = "http://www.xbrl.org/2003/arcrole/parent-child";
    private const string DimensionDomain = "http://xbrl.org/int/dim/arcrole/dimension-domain";
    private const string DomainMember = "http://xbrl.org/int/dim/arcrole/domain-member";
    private const string SummationItem = "http://www.xbrl.org/2003/arcrole/summation-item";
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(120);
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_presentation_chain_as_deep_as_the_format_holds_loads()
    {
        var depth = ImportLimits.MaxDepth;
        var taxonomy = new HostileTaxonomy(temp.Path).Concepts(depth + 1).Linkbase("pre", HostileTaxonomy.Chain(depth, ParentChild));

        var result = Import(taxonomy);
        TaxonomyImporter.WriteFiles(result);

        var loaded = OutputSet.Load(temp.Path);
        Assert.True(loaded.Diagnostics.Count == 0, loaded.Describe());
        Assert.Equal(depth + 1, loaded.Taxonomy("h").Statements.Single().LineItems.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20_000)]
    public void A_presentation_chain_deeper_than_the_format_holds_is_refused_at_the_arc(int beyond)
    {
        var length = ImportLimits.MaxDepth + beyond;
        var taxonomy = new HostileTaxonomy(temp.Path).Concepts(length + 1).Linkbase("pre", HostileTaxonomy.Chain(length, ParentChild));

        var error = Assert.Throws<ImportException>(() => Import(taxonomy));

        Assert.EndsWith("h_pre.xml", error.FilePath, StringComparison.Ordinal);
        Assert.Equal(HostileTaxonomy.ArcLine(length + 1, ImportLimits.MaxDepth), error.Line);
        Assert.Contains($"nests deeper than {ImportLimits.MaxDepth} levels here, at h:C{ImportLimits.MaxDepth + 1}", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_presentation_network_that_unfolds_exponentially_is_refused()
    {
        // Two concepts per level, each the parent of both of the next level: 2^depth paths to the last level.
        var levels = ImportLimits.MaxDepth;
        var arcs = Enumerable.Range(0, levels - 1).SelectMany(level => new[]
        {
            ("C" + (2 * level), "C" + (2 * level + 2), ParentChild), ("C" + (2 * level), "C" + (2 * level + 3), ParentChild),
            ("C" + (2 * level + 1), "C" + (2 * level + 2), ParentChild), ("C" + (2 * level + 1), "C" + (2 * level + 3), ParentChild),
        }).Prepend(("Root", "C0", ParentChild)).Append(("Root", "C1", ParentChild)).ToList();
        var taxonomy = new HostileTaxonomy(temp.Path).Concepts(2 * levels).Element("Root", "xbrli:stringItemType", "xbrli:item")
            .Linkbase("pre", arcs);

        var error = Assert.Throws<ImportException>(() => Import(taxonomy));

        Assert.Contains($"unfold into more than {ImportLimits.MaxPlaces:N0} line items", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line > 0);
    }

    [Fact]
    public void A_member_chain_deeper_than_the_format_holds_is_refused_at_the_arc()
    {
        var length = 10_000;
        var taxonomy = new HostileTaxonomy(temp.Path)
            .Concepts(length + 1, "xbrli:item", "dtr-types:domainItemType")
            .Element("Axis", "xbrli:stringItemType", "xbrldt:dimensionItem");
        taxonomy.Linkbase("def", HostileTaxonomy.Chain(length, DomainMember).Prepend(("Axis", "C0", DimensionDomain)).ToList());

        var error = Assert.Throws<ImportException>(() => Import(taxonomy));

        Assert.EndsWith("h_def.xml", error.FilePath, StringComparison.Ordinal);
        Assert.Contains($"member tree of h:Axis in 'http://example.com/hostile/role/Statement' nests deeper than {ImportLimits.MaxDepth} levels", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_summation_of_100000_items_imports_in_linear_time()
    {
        // Quadratic, 5·10^9 steps: far past the hang guard; linear, a few seconds.
        const int Items = 100_000;
        var arcs = Enumerable.Range(1, Items).Select(i => ("C0", "C" + i, SummationItem)).ToList();
        var taxonomy = new HostileTaxonomy(temp.Path).Concepts(Items + 1).Linkbase("cal", arcs);

        var result = WithinHangGuard(() => Import(taxonomy));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("    items:\n      C1: 1\n", result.Files.Values.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_axis_of_100000_members_imports_in_linear_time()
    {
        const int Members = 100_000;
        var arcs = Enumerable.Range(0, Members).Select(i => ("Domain", "C" + i, DomainMember)).Prepend(("Axis", "Domain", DimensionDomain)).ToList();
        var taxonomy = new HostileTaxonomy(temp.Path)
            .Concepts(Members, "xbrli:item", "dtr-types:domainItemType")
            .Element("Axis", "xbrli:stringItemType", "xbrldt:dimensionItem")
            .Element("Domain", "dtr-types:domainItemType", "xbrli:item")
            .Linkbase("def", arcs);

        var result = WithinHangGuard(() => Import(taxonomy));

        Assert.Empty(result.Diagnostics);
        Assert.Equal(Members, result.Summary.Files.Single().Members);
    }

    [Theory]
    [InlineData("../outside/secret_lab.xml")]
    [InlineData("{outside}/secret_lab.xml")]
    [InlineData("link/secret_lab.xml")]
    public void A_linkbaseRef_outside_the_taxonomys_folder_is_refused_and_not_read(string hrefPattern)
    {
        var (taxonomy, outside) = TaxonomyWithOutsideLabels();
        Directory.CreateSymbolicLink(System.IO.Path.Combine(temp.Path, "taxonomy", "link"), outside);
        var href = hrefPattern.Replace("{outside}", outside, StringComparison.Ordinal);
        AddLinkbaseRef(taxonomy, href);

        var error = Assert.Throws<ImportException>(() => Import(taxonomy));

        Assert.Equal(taxonomy.SchemaPath, error.FilePath);
        Assert.True(error.Line > 0);
        Assert.Contains($"the linkbaseRef {Excerpt.Quote(href)} leads outside the taxonomy's folder", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_allowed_path_lets_a_linkbaseRef_lead_into_it()
    {
        var (taxonomy, outside) = TaxonomyWithOutsideLabels();
        AddLinkbaseRef(taxonomy, "../outside/secret_lab.xml");

        var result = TaxonomyImporter.Import(new ImportOptions { SchemaPath = taxonomy.SchemaPath, OutputPath = temp.Path, AllowedPaths = [outside] });

        Assert.Contains("label: Secret label", result.Files.Values.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_locator_into_a_schema_outside_the_taxonomys_folder_is_refused_and_not_read()
    {
        var (taxonomy, outside) = TaxonomyWithOutsideLabels();
        File.WriteAllText(System.IO.Path.Combine(outside, "other.xsd"), "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://secret\"/>");
        var arcs = new[] { ("C0", "C1", SummationItem) };
        taxonomy.Linkbase("cal", arcs);
        var calculation = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(taxonomy.SchemaPath)!, "h_cal.xml");
        File.WriteAllText(calculation, File.ReadAllText(calculation).Replace("h.xsd#h_C1", "../outside/other.xsd#o_C1", StringComparison.Ordinal));

        var error = Assert.Throws<ImportException>(() => Import(taxonomy));

        Assert.Equal(calculation, error.FilePath);
        Assert.Equal(5, error.Line);
        Assert.Contains("the locator '../outside/other.xsd#o_C1' leads outside", error.Reason, StringComparison.Ordinal);
    }

    /// <summary>A taxonomy in temp/taxonomy and, beside it in temp/outside, a label linkbase for its concept C0.</summary>
    private (HostileTaxonomy Taxonomy, string Outside) TaxonomyWithOutsideLabels()
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "taxonomy")).FullName;
        var outside = Directory.CreateDirectory(System.IO.Path.Combine(temp.Path, "outside")).FullName;
        File.WriteAllText(System.IO.Path.Combine(outside, "secret_lab.xml"), """
            <link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
              <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
                <link:loc xlink:type="locator" xlink:href="../taxonomy/h.xsd#h_C0" xlink:label="C0"/>
                <link:label xlink:type="resource" xlink:label="C0_label" xlink:role="http://www.xbrl.org/2003/role/label" xml:lang="en">Secret label</link:label>
                <link:labelArc xlink:type="arc" xlink:from="C0" xlink:to="C0_label" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label"/>
              </link:labelLink>
            </link:linkbase>
            """);
        var taxonomy = new HostileTaxonomy(folder).Concepts(2);
        taxonomy.WriteSchema();
        return (taxonomy, outside);
    }

    private static void AddLinkbaseRef(HostileTaxonomy taxonomy, string href) =>
        File.WriteAllText(taxonomy.SchemaPath, File.ReadAllText(taxonomy.SchemaPath).Replace(
            "    <xs:appinfo>\n",
            $"    <xs:appinfo>\n      <link:linkbaseRef xlink:type=\"simple\" xlink:href=\"{href}\" xlink:arcrole=\"http://www.w3.org/1999/xlink/properties/linkbase\"/>\n",
            StringComparison.Ordinal));

    private static T WithinHangGuard<T>(Func<T> run) => Bounded.Run(run, HangGuard).Result;

    private static ImportResult Import(HostileTaxonomy taxonomy) =>
        TaxonomyImporter.Import(new ImportOptions { SchemaPath = taxonomy.SchemaPath, OutputPath = System.IO.Path.GetDirectoryName(taxonomy.SchemaPath) });
}
