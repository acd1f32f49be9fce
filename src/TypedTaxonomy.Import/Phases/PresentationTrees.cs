using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Model;

namespace TypedTaxonomy.Import.Phases;

/// <summary>The presentation networks as trees: per extended link role (in statement order), the roots in arc order.</summary>
internal static class PresentationTrees
{
    public static List<(string Role, List<ConceptName> Roots)> Roots(ImportModel model)
    {
        var result = new List<(string, List<ConceptName>)>();
        foreach (var group in model.Linkbases.Presentation.GroupBy(r => r.LinkRole).OrderBy(g => model.OrderOf(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var children = new HashSet<ConceptName>(group.Select(r => r.To));
            var roots = group.OrderBy(r => r.Index).Select(r => r.From).Where(f => !children.Contains(f)).Distinct().ToList();
            if (roots.Count == 0)
            {
                // Every concept has a parent: the network is a cycle. Start at the first arc so it is still shown.
                roots.Add(group.OrderBy(r => r.Index).First().From);
            }

            result.Add((group.Key, roots));
        }

        return result;
    }
}
