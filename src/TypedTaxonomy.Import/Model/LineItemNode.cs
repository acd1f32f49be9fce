using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>A place in a statement's line item tree.</summary>
internal sealed class LineItemNode
{
    public LineItemNode(ConceptName concept, string? label)
    {
        Concept = concept;
        Label = label;
    }

    public ConceptName Concept { get; }

    /// <summary>The preferred label role in the format's spelling (terse, total, periodEnd, ...); null for standard.</summary>
    public string? Label { get; set; }

    public List<LineItemNode> Children { get; } = new();
}
