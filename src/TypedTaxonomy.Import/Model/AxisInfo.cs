using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>An axis with its domain, default and member tree, merged over all extended link roles.</summary>
internal sealed class AxisInfo
{
    public AxisInfo(ConceptName axis) => Axis = axis;

    public ConceptName Axis { get; }

    public ConceptName? Domain { get; set; }

    public ConceptName? Default { get; set; }

    /// <summary>Members in tree order; a null parent is the domain.</summary>
    public List<(ConceptName Member, ConceptName? Parent)> Members { get; } = new();

    /// <summary>Members not read from the definition linkbase: the kind of evidence (facts, presentation) and the evidence.</summary>
    public Dictionary<ConceptName, (string Kind, string Reason)> InferredMembers { get; } = new();

    /// <summary>Why the axis itself was inferred (no definition arc names it), with the kind of evidence.</summary>
    public (string Kind, string Reason)? InferredFrom { get; set; }

    /// <summary>Why the domain was inferred (from the presentation tree) rather than read from a dimension-domain arc.</summary>
    public string? DomainInferredFrom { get; set; }

    public bool Contains(ConceptName member) => Members.Exists(m => m.Member == member);
}
