using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;

namespace TypedTaxonomy.Import.Phases;

/// <summary>Relationships by (role, arcrole, source), each list in arc order (the <c>order</c> attribute, then as written).</summary>
internal sealed class RelationshipIndex
{
    private static readonly List<Relationship> None = new();
    private readonly Dictionary<(string Role, string Arcrole, ConceptName From), List<Relationship>> children = new();

    public RelationshipIndex(IEnumerable<Relationship> relationships)
    {
        foreach (var group in relationships.GroupBy(r => (r.LinkRole, r.Arcrole, r.From)))
        {
            children.Add(group.Key, group.OrderBy(r => r.Order).ThenBy(r => r.Index).ToList());
        }
    }

    public List<Relationship> Children(string role, string arcrole, ConceptName from) =>
        children.TryGetValue((role, arcrole, from), out var list) ? list : None;

    /// <summary>The concepts reachable from <paramref name="from"/> over <paramref name="arcrole"/> arcs, following targetRole.</summary>
    public List<ConceptName> Descendants(string role, string arcrole, ConceptName from)
    {
        var result = new List<ConceptName>();
        var visited = new HashSet<(string, ConceptName)>();
        Walk(role, from);
        return result;

        void Walk(string currentRole, ConceptName node)
        {
            if (!visited.Add((currentRole, node)))
            {
                return;
            }

            foreach (var relationship in Children(currentRole, arcrole, node))
            {
                if (!result.Contains(relationship.To))
                {
                    result.Add(relationship.To);
                }

                Walk(relationship.TargetRole ?? currentRole, relationship.To);
            }
        }
    }
}
