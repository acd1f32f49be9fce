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
public sealed record PresentationRow(int Index, Concept Concept, string Label, int Depth, PeriodPlacement? Placement)
{
    /// <summary>True for an abstract heading, which carries no value.</summary>
    public bool IsHeading => Placement is null;
}
