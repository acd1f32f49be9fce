using System;
using System.Linq;

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

    private static T WithinHangGuard<T>(Func<T> run)
    {
        var task = System.Threading.Tasks.Task.Factory.StartNew(run, System.Threading.CancellationToken.None, System.Threading.Tasks.TaskCreationOptions.LongRunning, System.Threading.Tasks.TaskScheduler.Default);
        Assert.True(task.Wait(HangGuard), $"The import did not finish within {HangGuard.TotalSeconds} s: a pass is not linear in its input.");
        return task.Result;
    }

    private static ImportResult Import(HostileTaxonomy taxonomy) =>
        TaxonomyImporter.Import(new ImportOptions { SchemaPath = taxonomy.SchemaPath, OutputPath = System.IO.Path.GetDirectoryName(taxonomy.SchemaPath) });
}
