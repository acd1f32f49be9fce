using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Resolution;
using TypedTaxonomy.Tests.Shared;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>
/// Large but well-formed schema files (issue 14): the resolver's passes are linear in the file, shown by sizes chosen
/// so that a quadratic pass cannot finish: 200,000 calculation items or concepts are 2·10^10 steps for a pass that
/// compares each with every other, hours on any machine, and a second or two for a linear one. The time bound is a
/// hang guard, not a performance assertion; the allocation bound holds the passes to a constant per entry.
/// </summary>
[Collection(nameof(HostileInputTests))]
public sealed class ResolverScalingTests
{
    private const int N = 200_000;
    private const long KiB = 1024;

    /// <summary>
    /// Parsing and resolving take about 2.5 to 3.7 KiB an entry (a concept: 3.7 KiB, 2 KiB of it YamlDotNet's short-lived
    /// tokens and events, 0.6 KiB the reader's nodes); the bound is loose.
    /// </summary>
    private const long MaxAllocatedPerEntry = 16 * KiB;

    /// <summary>What any file costs, whatever its size (the header, the tables of the resolver).</summary>
    private const long BaseAllocation = 1024 * KiB;
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(120);

    [Fact]
    public void One_calculation_with_200000_items_resolves()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\nconcepts:\n  Total: { type: monetary, periodType: duration }\n");
        AppendConcepts(text, N);
        text.Append("calculations:\n  - total: Total\n    items:\n");
        AppendNumbered(text, N, "      C", ": 1");

        var (result, diagnostics) = Resolve(text.ToString(), entries: 2 * N);

        Assert.Empty(diagnostics);
        Assert.Equal(N, result.Set!.Taxonomies.Single().Calculations.Single().Items.Count);
    }

    [Fact]
    public void An_item_named_twice_in_two_spellings_is_reported_at_the_second()
    {
        var text = SchemaTestKit.Header + """

            concepts:
              Total: { type: monetary, periodType: duration }
              C0: { type: monetary, periodType: duration }
            calculations:
              - total: Total
                items: { C0: 1, demo:C0: 1 }
            """;

        var (_, diagnostics) = Resolve(text, entries: 2);

        SchemaTestKit.Single(diagnostics, "TAX0006", 12, 21);
    }

    [Fact]
    public void A_statement_of_200000_line_items_resolves()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\nconcepts:\n");
        AppendConcepts(text, N);
        text.Append("statements:\n  Big:\n    required: [C0, C").Append(N - 1).Append("]\n    lineItems:\n");
        AppendNumbered(text, N, "      - C", string.Empty);

        var (result, diagnostics) = Resolve(text.ToString(), entries: 2 * N);

        Assert.Empty(diagnostics);
        Assert.Equal(N, result.Set!.Taxonomies.Single().Statements.Single().LineItems.Count);
    }

    [Fact]
    public void An_axis_of_200000_members_resolves()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\naxes:\n  BigAxis:\n    members:\n");
        AppendNumbered(text, N, "      M", ": {}");

        var (result, diagnostics) = Resolve(text.ToString(), entries: N);

        Assert.Empty(diagnostics);
        Assert.Equal(N, result.Set!.Taxonomies.Single().Axes.Single().Members.Count);
    }

    [Fact]
    public void Two_hundred_thousand_concepts_resolve()
    {
        var text = new StringBuilder(SchemaTestKit.Header).Append("\nconcepts:\n");
        AppendConcepts(text, N);

        var (result, diagnostics) = Resolve(text.ToString(), entries: N);

        Assert.Empty(diagnostics);
        Assert.Equal(N, result.Set!.Taxonomies.Single().Concepts.Count);
    }

    private static StringBuilder AppendConcepts(StringBuilder text, int count) => AppendNumbered(text, count, "  C", ": { type: monetary, periodType: duration }");

    /// <summary>
    /// Parses and resolves <paramref name="text"/> within the hang guard, failing the test if it allocates more than
    /// <see cref="MaxAllocatedPerEntry"/> for each of <paramref name="entries"/> (concepts, items, line items).
    /// </summary>
    private static (TaxonomySetResult Result, IReadOnlyList<SchemaDiagnostic> Diagnostics) Resolve(string text, int entries)
    {
        var (result, allocated) = Bounded.Run(() => SchemaTestKit.Check(("big.taxonomy.yaml", text)), Bound);
        Assert.True(allocated <= BaseAllocation + (MaxAllocatedPerEntry * entries), $"Resolving allocated {allocated / KiB:N0} KiB for {entries:N0} entries; the bound is {MaxAllocatedPerEntry:N0} bytes an entry.");
        return result;
    }

    /// <summary>One line per number from 0 to <paramref name="count"/> - 1, the number between <paramref name="before"/> and <paramref name="after"/>.</summary>
    private static StringBuilder AppendNumbered(StringBuilder text, int count, string before, string after)
    {
        for (var i = 0; i < count; i++)
        {
            text.Append(before).Append(i).Append(after).Append('\n');
        }

        return text;
    }
}
