using System;
using System.Globalization;

namespace TypedTaxonomy;

/// <summary>
/// The arithmetic XBRL applies to numeric facts and their <see cref="Decimals"/>: rounding for classic XBRL 2.1
/// calculation checks, intervals for Calculations 1.1, and inferring decimals from a legacy <c>precision</c>.
/// All of it is exact decimal arithmetic; binary floating point would misround ties such as 2.85 to one place.
/// </summary>
public static class XbrlRounding
{
    private static readonly decimal[] PowersOfTen = CreatePowersOfTen();

    /// <summary>
    /// Rounds <paramref name="value"/> to <paramref name="decimals"/> places, half to even: 2.85 to one place is
    /// 2.8, -26.5 to zero places is -26, -27.5 is -28, 1,234,500 to -3 places is 1,234,000.
    /// </summary>
    /// <remarks>
    /// Ties go to the even neighbour because XBRL 2.1 (errata 2013, section 4.6.7.2) rounds that way for
    /// summation-item checks: the conformance suite tests it in 320-CalculationBinding variations V-32 to V-35
    /// ("round-ties-to-even"), and Arelle's XBRL 2.1 calculation check rounds with ROUND_HALF_EVEN.
    /// Half away from zero (<see cref="MidpointRounding.AwayFromZero"/>) would fail V-32 and V-33.
    /// Calculations 1.1 does not round at all; it compares <see cref="Interval"/>s.
    /// </remarks>
    /// <param name="value">The value to round.</param>
    /// <param name="decimals">The number of decimal places to keep; infinite keeps the value as it is.</param>
    /// <exception cref="OverflowException">The rounded value is outside the range of <see cref="decimal"/>.</exception>
    public static decimal Round(decimal value, Decimals decimals)
    {
        if (decimals.IsInfinite)
        {
            return value;
        }

        var d = decimals.Places!.Value;
        if (d >= 0)
        {
            // A decimal has at most 28 fractional digits, so rounding to more places changes nothing.
            return d > 28 ? value : decimal.Round(value, d, MidpointRounding.ToEven);
        }

        var k = -d;
        if (k > 28)
        {
            // 10^k is beyond decimal's range: every decimal is nearer to 0 than to ±10^k except above 5·10^28,
            // which would round to 10^29, itself not representable.
            if (k == 29 && Math.Abs(value) > 5e28m)
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"{value} rounded to {d} decimals is outside the range of decimal."));
            }

            return 0m;
        }

        // Split the value into a multiple of 10^k and a remainder; both operations are exact for decimal.
        var unit = PowersOfTen[k];
        var remainder = value % unit;
        var truncated = value - remainder;
        var comparison = Math.Abs(remainder).CompareTo(unit / 2);
        var awayFromZero = comparison > 0 || (comparison == 0 && !IsEven(truncated / unit));
        var rounded = awayFromZero ? truncated + (value < 0 ? -unit : unit) : truncated;
        return decimal.Truncate(rounded);
    }

    /// <summary>
    /// The interval of values a fact stands for, <c>value ± ½·10^-decimals</c>, as Calculations 1.1 uses in
    /// round-to-nearest mode; an exact (infinite decimals) value is the interval [value, value].
    /// </summary>
    /// <remarks>
    /// Bounds that fall outside the range of <see cref="decimal"/> are clamped to it. For 28 or more decimal places
    /// the half unit (5·10^-29 or less) is below decimal's resolution, so the interval is [value, value].
    /// </remarks>
    /// <param name="value">The reported value.</param>
    /// <param name="decimals">Its decimals.</param>
    public static (decimal Low, decimal High) Interval(decimal value, Decimals decimals)
    {
        if (decimals.IsInfinite || decimals.Places!.Value >= 28)
        {
            return (value, value);
        }

        var d = decimals.Places.Value;
        // ½·10^-d = 5·10^(-d-1); for d < 0 that is 5·10^(k-1) with k = -d.
        var exponent = -d - 1;
        decimal half;
        if (exponent >= 0)
        {
            if (exponent > 28)
            {
                return (decimal.MinValue, decimal.MaxValue);
            }

            half = 5m * PowersOfTen[exponent];
        }
        else
        {
            half = 5m / PowersOfTen[-exponent];
        }

        var low = value < decimal.MinValue + half ? decimal.MinValue : value - half;
        var high = value > decimal.MaxValue - half ? decimal.MaxValue : value + half;
        return (low, high);
    }

    /// <summary>
    /// Whether <paramref name="value"/> has non-zero digits finer than its decimals allow, such as 1234.5 with
    /// decimals 0 or 1,234,567 with decimals -3 (Calculations 1.1 reports this as <c>calc11e:excessDigits</c>).
    /// </summary>
    /// <param name="value">The reported value.</param>
    /// <param name="decimals">Its decimals.</param>
    public static bool HasExcessDigits(decimal value, Decimals decimals)
    {
        if (decimals.IsInfinite)
        {
            return false;
        }

        var d = decimals.Places!.Value;
        if (d >= 28)
        {
            return false;
        }

        if (d >= 0)
        {
            return value % (1m / PowersOfTen[d]) != 0m;
        }

        // A multiple of 10^29 or more is beyond decimal's range, so only zero is one.
        return -d > 28 ? value != 0m : value % PowersOfTen[-d] != 0m;
    }

    /// <summary>
    /// The decimals implied by a legacy <c>precision</c> (a count of significant digits):
    /// <c>precision − (floor(log10 |value|) + 1)</c>. 400 with precision 4 has decimals 1; 0.00123 with
    /// precision 2 has decimals 4; 123,456 with precision 3 has decimals -3. A value of zero has decimals
    /// <see cref="Decimals.Infinite"/>, because log10 0 is −∞ (Arelle infers the same).
    /// </summary>
    /// <remarks>
    /// This is the conversion of XBRL 2.1 (errata 2013) for inferring decimals, and the one the Functions Registry
    /// test of <c>xfi:decimals</c> (80154, variation V-05) checks. Precision 0 says that nothing is known about the
    /// value, so it implies no decimals: use <see cref="TryInferDecimalsFromPrecision"/> when it can occur.
    /// </remarks>
    /// <param name="value">The reported value.</param>
    /// <param name="precision">The number of significant digits, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="precision"/> is less than 1.</exception>
    public static Decimals InferDecimalsFromPrecision(decimal value, int precision)
    {
        if (!TryInferDecimalsFromPrecision(value, precision, out var decimals))
        {
            throw new ArgumentOutOfRangeException(
                nameof(precision),
                precision,
                "Precision must be at least 1: precision 0 means the value's accuracy is unknown, which implies no decimals.");
        }

        return decimals;
    }

    /// <summary>
    /// Like <see cref="InferDecimalsFromPrecision"/>, but returns <see langword="false"/> for a precision of 0 (or
    /// less), for which no decimals can be inferred.
    /// </summary>
    /// <param name="value">The reported value.</param>
    /// <param name="precision">The number of significant digits.</param>
    /// <param name="decimals">The inferred decimals, when there are some.</param>
    public static bool TryInferDecimalsFromPrecision(decimal value, int precision, out Decimals decimals)
    {
        decimals = default;
        if (precision < 1)
        {
            return false;
        }

        if (value == 0m)
        {
            decimals = Decimals.Infinite;
            return true;
        }

        long places = (long)precision - (FloorLog10(Math.Abs(value)) + 1);
        decimals = Decimals.Of((int)Math.Clamp(places, int.MinValue, int.MaxValue));
        return true;
    }

    /// <summary>floor(log10 x) for x &gt; 0, counted exactly on the decimal digits.</summary>
    private static int FloorLog10(decimal x)
    {
        var exponent = 0;
        if (x >= 1m)
        {
            var integer = decimal.Truncate(x);
            while (integer >= 10m)
            {
                integer = decimal.Truncate(integer / 10m);
                exponent++;
            }

            return exponent;
        }

        while (x < 1m)
        {
            x *= 10m;
            exponent--;
        }

        return exponent;
    }

    private static bool IsEven(decimal integer) => decimal.Truncate(integer) % 2m == 0m;

    private static decimal[] CreatePowersOfTen()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }

        return powers;
    }
}
