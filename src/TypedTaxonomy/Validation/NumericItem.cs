using System;

namespace TypedTaxonomy.Validation;

/// <summary>
/// A numeric line item as a statement stores it: the value, the decimals of the fact it came from (null when
/// set directly, meaning the statement's decimals), and, worked out once when the value is set, its exact
/// whole-number form, so that validating adds 64-bit integers instead of decimals.
/// </summary>
public readonly struct NumericItem
{
    // Whole numbers below this add up, 64 at a time, without overflowing a long.
    internal const long WholeLimit = 100_000_000_000_000_000;

    private NumericItem(decimal value, Decimals? decimals, long whole, bool isWhole)
    {
        ValueOrZero = value;
        Decimals = decimals;
        Whole = whole;
        IsWhole = isWhole;
        HasValue = true;
    }

    /// <summary>The value, or null when the item is not reported.</summary>
    public decimal? Value => HasValue ? ValueOrZero : null;

    /// <summary>The decimals of the fact the value came from; null when the statement's decimals apply.</summary>
    public Decimals? Decimals { get; }

    /// <summary>True when the item is reported.</summary>
    public bool HasValue { get; }

    /// <summary>The value as a whole number, valid when <see cref="IsWhole"/>.</summary>
    internal long Whole { get; }

    /// <summary>True when the value is a whole number of magnitude below 10^17.</summary>
    internal bool IsWhole { get; }

    internal decimal ValueOrZero { get; }

    /// <summary>An item with a value (or none, for null) and the decimals it was reported with.</summary>
    public static NumericItem Of(decimal? value, Decimals? decimals = null)
    {
        if (value is not { } reported)
        {
            return default;
        }

        var isWhole = reported < WholeLimit && reported > -WholeLimit && decimal.Truncate(reported) == reported;
        return new NumericItem(reported, decimals, isWhole ? (long)reported : 0, isWhole);
    }
}
