using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TypedTaxonomy.Validation;

/// <summary>
/// One thing a validation found: the rule, the concept, where (period, members, unit), what was reported and
/// what was expected, and a sentence a person understands.
/// </summary>
public sealed class ValidationFinding
{
    /// <summary>Creates a finding.</summary>
    public ValidationFinding(
        string rule,
        ValidationSeverity severity,
        Concept concept,
        Period period,
        IReadOnlyList<ExplicitMember> members,
        string message)
    {
        Rule = rule;
        Severity = severity;
        Concept = concept;
        Period = period;
        Members = members;
        Message = message;
    }

    /// <summary>The rule's code (<see cref="ValidationRules"/>), as Arelle reports it.</summary>
    public string Rule { get; }

    /// <summary>How serious the finding is.</summary>
    public ValidationSeverity Severity { get; }

    /// <summary>The concept the finding is about: the total of a calculation, or the fact's concept.</summary>
    public Concept Concept { get; }

    /// <summary>The period of the facts concerned.</summary>
    public Period Period { get; }

    /// <summary>The axis members of the facts concerned; empty for totals.</summary>
    public IReadOnlyList<ExplicitMember> Members { get; }

    /// <summary>The unit of the facts concerned, when numeric.</summary>
    public Unit? Unit { get; init; }

    /// <summary>The value reported (the total, for a calculation).</summary>
    public decimal? ReportedValue { get; init; }

    /// <summary>The interval of the reported value, for a Calculations 1.1 finding.</summary>
    public ValueInterval? ReportedInterval { get; init; }

    /// <summary>What the items add up to: an exact sum (classic) or an interval (Calculations 1.1).</summary>
    public ValueInterval? Expected { get; init; }

    /// <summary>The contributing items that were not reported, in the calculation's order.</summary>
    public IReadOnlyList<Concept> MissingItems { get; init; } = Array.Empty<Concept>();

    /// <summary>The fact concerned, for a fact rule.</summary>
    public Fact? Fact { get; init; }

    /// <summary>One line for a person.</summary>
    public string Message { get; }

    /// <summary>True when some contributing items were not reported: the total may be partly reported rather than wrong.</summary>
    public bool IsPartiallyReported => MissingItems.Count > 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.Append(Severity.ToString().ToLowerInvariant()).Append(' ').Append(Rule).Append(": ").Append(Message);
        if (Fact?.Location is { } location)
        {
            builder.Append(" (").Append(location).Append(')');
        }

        return builder.ToString();
    }

    internal static string Describe(Period period, IReadOnlyList<ExplicitMember> members) =>
        members.Count == 0 ? period.ToString() : period + " [" + Excerpt.Shorten(string.Join(", ", members.Select(m => m.Member.ToString()))) + "]";
}
