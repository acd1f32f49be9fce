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
    /// <summary>Whether the statement reports an instant (a balance sheet) or a duration.</summary>
    static abstract PeriodType PeriodType { get; }

    /// <summary>The statement's rows in presentation order, headings included.</summary>
    static abstract IReadOnlyList<PresentationRow> Presentation { get; }

    /// <summary>
    /// Creates an empty statement for a period and a set of axis members, or fails when the period is of the
    /// wrong type or a dimension is not one of the statement's axes and members.
    /// </summary>
    static abstract bool TryCreate(Period period, IReadOnlyList<ExplicitMember> dimensions, [NotNullWhen(true)] out TSelf? statement);

    /// <summary>Sets the line item of <paramref name="row"/> from a fact's value.</summary>
    /// <exception cref="System.FormatException">The fact's value does not convert to the line item's type.</exception>
    void SetValue(PresentationRow row, Fact fact);
}
