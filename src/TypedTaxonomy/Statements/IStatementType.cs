using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace TypedTaxonomy;

/// <summary>
/// The static side of a generated statement class: what the binder needs to build statements from facts
/// without reflection.
/// </summary>
/// <typeparam name="TSelf">The statement class itself.</typeparam>
public interface IStatementType<TSelf>
    where TSelf : class, IStatement, IStatementType<TSelf>
{
    /// <summary>The statement's title, from the taxonomy (the definition of its role).</summary>
    static abstract string Title { get; }

    /// <summary>Whether the statement reports an instant (a balance sheet) or a duration.</summary>
    static abstract PeriodType PeriodType { get; }

    /// <summary>The statement's rows in presentation order, headings included.</summary>
    static abstract IReadOnlyList<PresentationRow> Presentation { get; }

    /// <summary>
    /// Creates an empty statement for a period, a set of axis members and (for statements with monetary
    /// items) a currency, or fails when the period is of the wrong type or a dimension is not one of the
    /// statement's axes and members.
    /// </summary>
    /// <param name="period">The statement's period.</param>
    /// <param name="dimensions">The axis members of the facts' contexts.</param>
    /// <param name="currency">The currency of the monetary facts, or null for the taxonomy's default.</param>
    /// <param name="statement">The new statement.</param>
    static abstract bool TryCreate(Period period, IReadOnlyList<ExplicitMember> dimensions, Unit? currency, [NotNullWhen(true)] out TSelf? statement);

    /// <summary>Sets the line item of <paramref name="row"/> from a fact's value.</summary>
    /// <exception cref="System.FormatException">The fact's value does not convert to the line item's type.</exception>
    void SetValue(PresentationRow row, Fact fact);
}
