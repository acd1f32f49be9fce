using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// Finds directed cycles among summations (A = B + C, C = A − D). XBRL forbids them: the totals could
/// never be checked. A calculation that closes a cycle is reported and left out; the rest stay.
/// </summary>
internal static class CalculationGraphCheck
{
    /// <summary>The calculations in order, without those that close a cycle (reported to <paramref name="diagnostics"/>).</summary>
    public static List<ResolvedCalculation> RemoveCycles(List<FileCalculation> calculations, List<SchemaDiagnostic> diagnostics)
    {
        var kept = new List<ResolvedCalculation>();
        var edges = new Dictionary<ConceptKey, List<ConceptKey>>();
        foreach (var (calculation, totalSpan, _) in calculations)
        {
            var path = FindPathFromAnyItemTo(calculation, edges);
            if (path is not null)
            {
                var cycle = string.Join(" → ", path.Select(k => k.ToString()));
                diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.CalculationCycle, totalSpan, cycle));
                continue;
            }

            if (!edges.TryGetValue(calculation.Total, out var targets))
            {
                edges.Add(calculation.Total, targets = new List<ConceptKey>());
            }

            targets.AddRange(calculation.Items.Select(i => i.Concept));
            kept.Add(calculation);
        }

        return kept;
    }

    /// <summary>
    /// A shortest path total → item → … → total that adding this calculation would close, or null: one breadth-first
    /// search from all the items at once, so each summation edge is followed once whatever the number of items.
    /// </summary>
    private static List<ConceptKey>? FindPathFromAnyItemTo(ResolvedCalculation calculation, Dictionary<ConceptKey, List<ConceptKey>> edges)
    {
        var parents = new Dictionary<ConceptKey, ConceptKey>();
        var visited = new HashSet<ConceptKey>();
        var queue = new Queue<ConceptKey>();
        foreach (var item in calculation.Items.Where(i => visited.Add(i.Concept)))
        {
            queue.Enqueue(item.Concept);
        }

        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == calculation.Total)
            {
                var path = new List<ConceptKey> { current };
                while (parents.TryGetValue(current, out var parent))
                {
                    path.Add(parent);
                    current = parent;
                }

                path.Add(calculation.Total);
                path.Reverse();
                return path;
            }

            if (!edges.TryGetValue(current, out var next))
            {
                continue;
            }

            foreach (var target in next.Where(visited.Add))
            {
                parents[target] = current;
                queue.Enqueue(target);
            }
        }

        return null;
    }
}
