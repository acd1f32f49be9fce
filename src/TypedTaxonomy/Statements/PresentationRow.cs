namespace TypedTaxonomy;

/// <summary>
/// A row of a statement as its taxonomy presents it: a heading or a line item, with the label chosen for
/// that place (a total label, a negated label, an opening balance label).
/// </summary>
/// <param name="Index">The row's position in its statement's <see cref="IStatement.Presentation"/>.</param>
/// <param name="Concept">The concept shown.</param>
/// <param name="Label">The label shown.</param>
/// <param name="Depth">Nesting under headings, 0 at the top.</param>
/// <param name="Placement">Where in the statement's period the row's fact lies; null for headings.</param>
/// <param name="LabelRole">The label role chosen for this place (<c>total</c>, <c>negated</c>, ...), null for the standard label.</param>
/// <param name="Unit">The unit of a numeric line item that is not monetary (shares, pure, customers); monetary items use the statement's currency.</param>
public sealed record PresentationRow(int Index, Concept Concept, string Label, int Depth, PeriodPlacement? Placement, string? LabelRole = null, Unit? Unit = null)
{
    /// <summary>True for an abstract heading, which carries no value.</summary>
    public bool IsHeading => Placement is null;

    /// <summary>True when the row shows its value with the sign flipped (XBRL's negated label roles).</summary>
    public bool IsNegated => LabelRole is "negated" or "negatedTotal" or "negatedTerse" or "negatedPeriodStart" or "negatedPeriodEnd";

    /// <summary>True for a total row.</summary>
    public bool IsTotal => LabelRole is "total" or "negatedTotal";
}
