using System.Collections.Generic;

namespace TypedTaxonomy.Import.Model;

/// <summary>One summation: a total and its weighted items in one extended link role.</summary>
internal sealed class CalculationInfo
{
    public CalculationInfo(ConceptName total, string linkRole)
    {
        Total = total;
        LinkRole = linkRole;
    }

    public ConceptName Total { get; }

    public string LinkRole { get; }

    /// <summary>The statement made from the same role, when there is one.</summary>
    public string? Statement { get; set; }

    public List<(ConceptName Concept, int Weight)> Items { get; } = new();
}
