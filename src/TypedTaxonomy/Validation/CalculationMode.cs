namespace TypedTaxonomy.Validation;

/// <summary>How summation-item calculations are checked.</summary>
public enum CalculationMode
{
    /// <summary>
    /// XBRL Calculations 1.1, round-to-nearest: every value is the interval ± ½·10^-decimals around it, and a
    /// total is consistent when its interval overlaps the weighted sum of its items' intervals.
    /// </summary>
    RoundToNearest,

    /// <summary>
    /// XBRL 2.1 §5.2.5.2: round each item to its decimals, add with weights, round to the total's decimals
    /// and compare with the total rounded likewise. Duplicate facts stop the binding.
    /// </summary>
    Classic,

    /// <summary>
    /// XBRL Calculations 1.1, truncation: every value stands for the values it is a truncation of, [v, v + 10^-decimals]
    /// above zero, [v − 10^-decimals, v] below it and [−10^-decimals, 10^-decimals] at zero, and a total is consistent
    /// when its interval overlaps the weighted sum of its items' intervals.
    /// </summary>
    Truncate,
}
