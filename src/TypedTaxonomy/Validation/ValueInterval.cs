using System.Globalization;

namespace TypedTaxonomy.Validation;

/// <summary>A closed interval of values, what a fact of finite decimals stands for in Calculations 1.1.</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound.</param>
public readonly record struct ValueInterval(decimal Low, decimal High)
{
    /// <summary>The interval a value stands for: value ± ½·10^-decimals, or the value itself when decimals are INF.</summary>
    public static ValueInterval Of(decimal value, Decimals decimals)
    {
        var (low, high) = XbrlRounding.Interval(value, decimals);
        return new ValueInterval(low, high);
    }

    /// <summary>The interval of weight × this (a negative weight swaps the bounds).</summary>
    public ValueInterval Times(decimal weight) => weight >= 0 ? new(Low * weight, High * weight) : new(High * weight, Low * weight);

    /// <summary>Interval addition.</summary>
    public static ValueInterval operator +(ValueInterval a, ValueInterval b) => new(a.Low + b.Low, a.High + b.High);

    /// <summary>True when the intervals share a value (bounds included).</summary>
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>The intersection, when the intervals overlap.</summary>
    public ValueInterval Intersect(ValueInterval other) => new(System.Math.Max(Low, other.Low), System.Math.Min(High, other.High));

    /// <inheritdoc />
    public override string ToString() => Low == High
        ? Low.ToString(CultureInfo.InvariantCulture)
        : $"[{Low.ToString(CultureInfo.InvariantCulture)}, {High.ToString(CultureInfo.InvariantCulture)}]";
}
