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
    private readonly ILookup<(string Role, string Arcrole), Relationship> byRole;

    public RelationshipIndex(IEnumerable<Relationship> relationships)
    {
        foreach (var group in relationships.GroupBy(r => (r.LinkRole, r.Arcrole, r.From)))
        {
            children.Add(group.Key, group.OrderBy(r => r.Order).ThenBy(r => r.Index).ToList());
        }

        byRole = relationships.ToLookup(r => (r.LinkRole, r.Arcrole));
    }

    /// <summary>The relationships of <paramref name="arcrole"/> in <paramref name="role"/>, as given.</summary>
    public IEnumerable<Relationship> InRole(string role, string arcrole) => byRole[(role, arcrole)];

    public List<Relationship> Children(string role, string arcrole, ConceptName from) =>
        children.TryGetValue((role, arcrole, from), out var list) ? list : None;

    /// <summary>
    /// The concepts reachable from <paramref name="from"/> over <paramref name="arcrole"/> arcs, following targetRole,
    /// in the order a depth-first walk first meets them. Iterative, so a chain of any depth is walked.
    /// </summary>
    public List<ConceptName> Descendants(string role, string arcrole, ConceptName from)
    {
        var result = new List<ConceptName>();
        var found = new HashSet<ConceptName>();
        Walk(role, arcrole, from, relationship =>
        {
            if (found.Add(relationship.To))
            {
                result.Add(relationship.To);
            }

            return true;
        });
        return result;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for each arc of a depth-first walk from <paramref name="from"/> over
    /// <paramref name="arcrole"/> arcs, following targetRole, and walks on from the arc's target when it returns true;
    /// each (role, concept) is walked from once. Iterative, so a chain of any depth is walked without deepening the call stack.
    /// </summary>
    public void Walk(string role, string arcrole, ConceptName from, Func<Relationship, bool> visit)
    {
        var visited = new HashSet<(string, ConceptName)> { (role, from) };
        var stack = new Stack<(string Role, List<Relationship> Children, int Next)>();
        stack.Push((role, Children(role, arcrole, from), 0));
        while (stack.Count > 0)
        {
            var (currentRole, children, next) = stack.Pop();
            if (next == children.Count)
            {
                continue;
            }

            stack.Push((currentRole, children, next + 1));
            var relationship = children[next];
            var childRole = relationship.TargetRole ?? currentRole;
            if (visit(relationship) && visited.Add((childRole, relationship.To)))
            {
                stack.Push((childRole, Children(childRole, arcrole, relationship.To), 0));
            }
        }
    }
}
