namespace TypedTaxonomy;

/// <summary>The <c>xbrli:periodType</c> of a concept.</summary>
public enum PeriodType
{
    /// <summary>A value at a point in time, such as a balance at a date.</summary>
    Instant,

    /// <summary>A value over a period, such as revenue for a year.</summary>
    Duration,
}
