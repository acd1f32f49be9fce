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
        var kept = new List<ResolvedCalculation>(calculations.Count);
        var edges = new Dictionary<ConceptKey, List<ConceptKey>>();
        var search = new Search();
        foreach (var (calculation, totalSpan, _) in calculations)
        {
            var path = search.FindPathFromAnyItemTo(calculation, edges);
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

    /// <summary>The state of the searches, made once and cleared for each: there is one search per summation.</summary>
    private sealed class Search
    {
        private readonly Dictionary<ConceptKey, ConceptKey> parents = new();
        private readonly HashSet<ConceptKey> visited = new();
        private readonly Queue<ConceptKey> queue = new();

        /// <summary>
        /// A shortest path total → item → … → total that adding this calculation would close, or null: one breadth-first
        /// search from all the items at once, so each summation edge is followed once whatever the number of items.
        /// </summary>
        public List<ConceptKey>? FindPathFromAnyItemTo(ResolvedCalculation calculation, Dictionary<ConceptKey, List<ConceptKey>> edges)
        {
            // A path starts at an item that is the total or the total of a summation kept so far; most items are neither.
            var start = false;
            foreach (var item in calculation.Items)
            {
                start |= item.Concept == calculation.Total || edges.ContainsKey(item.Concept);
            }

            if (!start)
            {
                return null;
            }

            parents.Clear();
            visited.Clear();
            queue.Clear();
            foreach (var item in calculation.Items)
            {
                if (visited.Add(item.Concept))
                {
                    queue.Enqueue(item.Concept);
                }
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

                foreach (var target in next)
                {
                    if (visited.Add(target))
                    {
                        parents[target] = current;
                        queue.Enqueue(target);
                    }
                }
            }

            return null;
        }
    }
}
