using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>An axis with its domain, default and member tree, merged over all extended link roles.</summary>
internal sealed class AxisInfo
{
    public AxisInfo(ConceptName axis) => Axis = axis;

    public ConceptName Axis { get; }

    public ConceptName? Domain { get; set; }

    public ConceptName? Default { get; set; }

    private readonly List<(ConceptName Member, ConceptName? Parent)> members = new();
    private readonly HashSet<ConceptName> names = new();

    /// <summary>Members in tree order; a null parent is the domain.</summary>
    public IReadOnlyList<(ConceptName Member, ConceptName? Parent)> Members => members;

    /// <summary>Members not read from the definition linkbase: the kind of evidence (facts, presentation) and the evidence.</summary>
    public Dictionary<ConceptName, (string Kind, string Reason)> InferredMembers { get; } = new();

    /// <summary>Why the axis itself was inferred (no definition arc names it), with the kind of evidence.</summary>
    public (string Kind, string Reason)? InferredFrom { get; set; }

    /// <summary>Why the domain was inferred (from the presentation tree) rather than read from a dimension-domain arc.</summary>
    public string? DomainInferredFrom { get; set; }

    public bool Contains(ConceptName member) => names.Contains(member);

    /// <summary>Adds <paramref name="member"/> under <paramref name="parent"/> unless the axis has it already; false if it had.</summary>
    public bool TryAdd(ConceptName member, ConceptName? parent)
    {
        if (!names.Add(member))
        {
            return false;
        }

        members.Add((member, parent));
        return true;
    }

    /// <summary>Takes a member out of the tree; its children move up to its parent.</summary>
    public void Remove(ConceptName member)
    {
        if (!names.Remove(member))
        {
            return;
        }

        var index = members.FindIndex(m => m.Member == member);
        var parent = members[index].Parent;
        members.RemoveAt(index);
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Parent == member)
            {
                members[i] = (members[i].Member, parent);
            }
        }
    }
}
