using System;
using System.Globalization;

namespace TypedTaxonomy;

/// <summary>
/// The <c>decimals</c> of a numeric fact: how many decimal places of the value are accurate. <c>2</c> is to the
/// cent, <c>-3</c> to the thousand, <c>-6</c> to the million, <see cref="Infinite"/> (<c>INF</c>) exact. The value
/// itself is always reported in full: 17,800 thousand is 17800000 with decimals -3.
/// The default value is zero decimal places.
/// </summary>
public readonly struct Decimals : IEquatable<Decimals>
{
    private readonly int places;
    private readonly bool isInfinite;

    private Decimals(int places, bool isInfinite)
    {
        this.places = places;
        this.isInfinite = isInfinite;
    }

    /// <summary>The value is exact (<c>INF</c>).</summary>
    public static Decimals Infinite => new(0, true);

    /// <summary>Accurate to <paramref name="places"/> decimal places (negative for tens, thousands, ...).</summary>
    /// <param name="places">The number of accurate decimal places.</param>
    public static Decimals Of(int places) => new(places, false);

    /// <summary>Whether the value is exact.</summary>
    public bool IsInfinite => isInfinite;

    /// <summary>The number of accurate decimal places; <see langword="null"/> when infinite.</summary>
    public int? Places => isInfinite ? null : places;

    /// <summary>Parses an XBRL <c>decimals</c> attribute: <c>INF</c> or an integer such as <c>-3</c>.</summary>
    /// <param name="text">The attribute value; surrounding white space is ignored.</param>
    /// <exception cref="FormatException">The text is neither <c>INF</c> nor an integer.</exception>
    public static Decimals Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"{Excerpt.Quote(text)} is not a decimals value (INF or an integer such as -3).");
    }

    /// <summary>Parses an XBRL <c>decimals</c> attribute without throwing.</summary>
    /// <param name="text">The attribute value.</param>
    /// <param name="result">The decimals, when the text is valid.</param>
    public static bool TryParse(string? text, out Decimals result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.SequenceEqual("INF"))
        {
            result = Infinite;
            return true;
        }

        // xs:integer: an optional sign and digits, no decimal point, no exponent, no thousands separators.
        if (int.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var places))
        {
            result = Of(places);
            return true;
        }

        return false;
    }

    /// <summary>Compares the number of places, or both infinite.</summary>
    /// <param name="other">The decimals to compare with.</param>
    public bool Equals(Decimals other) => isInfinite ? other.isInfinite : !other.isInfinite && places == other.places;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Decimals other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => isInfinite ? int.MinValue : places;

    /// <summary>Compares two decimals values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator ==(Decimals left, Decimals right) => left.Equals(right);

    /// <summary>Compares two decimals values.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    public static bool operator !=(Decimals left, Decimals right) => !left.Equals(right);

    /// <summary><c>INF</c> or the number of places (<c>-3</c>), as in an XBRL <c>decimals</c> attribute.</summary>
    public override string ToString() => isInfinite ? "INF" : places.ToString(CultureInfo.InvariantCulture);
}
