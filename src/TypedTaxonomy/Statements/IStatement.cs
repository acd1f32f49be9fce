using System.Collections.Generic;

namespace TypedTaxonomy;

/// <summary>
/// What every generated statement class offers, so that tables, printers, binders and validators can
/// work with any statement without reflection.
/// </summary>
public interface IStatement
{
    /// <summary>The instant or duration the statement reports.</summary>
    Period Period { get; }

    /// <summary>The currency of the monetary line items; null when the statement has none.</summary>
    Unit? Currency { get; }

    /// <summary>How many decimal places of the numeric line items are accurate.</summary>
    Decimals Decimals { get; }

    /// <summary>The axis members the statement is reported for; empty for the totals (default members).</summary>
    IReadOnlyList<ExplicitMember> Members { get; }

    /// <summary>The same members as <see cref="Members"/>, as the axis and member concepts with their labels.</summary>
    IReadOnlyList<AxisMember> AxisMembers { get; }

    /// <summary>The statement's rows in presentation order, headings included.</summary>
    IReadOnlyList<PresentationRow> Presentation { get; }

    /// <summary>The value in <paramref name="row"/> (a row of <see cref="Presentation"/>), or null for a heading or an unreported item.</summary>
    object? GetValue(PresentationRow row);

    /// <summary>How many decimal places of the value in <paramref name="row"/> are accurate.</summary>
    Decimals DecimalsOf(PresentationRow row);

    /// <summary>Checks the statement's calculations, required line items and ranges.</summary>
    Validation.ValidationResult Validate(Validation.CalculationMode mode = Validation.CalculationMode.RoundToNearest);
}
