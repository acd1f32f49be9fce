using System;

namespace TypedTaxonomy;

/// <summary>
/// Where a line item's fact lies relative to its statement's period: flows cover the whole period,
/// balances are taken at its end, and opening balances (XBRL's periodStart label) at its start.
/// </summary>
public enum PeriodPlacement
{
    /// <summary>The fact covers the statement's period.</summary>
    Duration,

    /// <summary>An instant at the start of the period.</summary>
    Start,

    /// <summary>An instant at the end of the period (or the statement's instant).</summary>
    End,
}

/// <summary>Period arithmetic of statements.</summary>
public static class StatementPeriods
{
    /// <summary>
    /// The period of a fact placed in a statement's period. An XBRL date is the end of that day, so the
    /// instant at the start of 2021 is 2020-12-31, the day before the duration's first day.
    /// </summary>
    public static Period For(Period statementPeriod, PeriodPlacement placement) => placement switch
    {
        PeriodPlacement.Duration => statementPeriod,
        PeriodPlacement.End => Period.Instant(statementPeriod.End),
        PeriodPlacement.Start when statementPeriod.Start is { } start => Period.Instant(start.AddDays(-1)),
        PeriodPlacement.Start => statementPeriod,
        _ => throw new ArgumentOutOfRangeException(nameof(placement), placement, null),
    };

    /// <summary>Throws when a statement of <paramref name="required"/> period type is given another kind of period.</summary>
    /// <exception cref="ArgumentException">The period is of the other type, or forever.</exception>
    public static void Require(Period period, PeriodType required, string parameterName)
    {
        var matches = required == PeriodType.Instant ? period.IsInstant : period.IsDuration;
        if (!matches)
        {
            throw new ArgumentException(
                required == PeriodType.Instant
                    ? $"This statement reports balances at an instant; {period} is not an instant."
                    : $"This statement reports flows over a duration; {period} is not a duration.",
                parameterName);
        }
    }
}
