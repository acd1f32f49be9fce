using System;
using System.Globalization;

namespace TypedTaxonomy;

/// <summary>
/// Conversions of fact values to the types of generated line items. A nil fact is null; a value that
/// does not fit the type is a <see cref="FormatException"/> naming the fact, never a silent default.
/// </summary>
public static class FactValues
{
    /// <summary>A numeric fact as a decimal.</summary>
    public static decimal? ToDecimal(Fact fact)
    {
        if (fact.IsNil)
        {
            return null;
        }

        return fact.NumericValue ?? throw Invalid(fact, "a number");
    }

    /// <summary>A numeric fact as a whole number.</summary>
    public static long? ToInt64(Fact fact)
    {
        var value = ToDecimal(fact);
        if (value is null)
        {
            return null;
        }

        if (decimal.Truncate(value.Value) != value.Value || value.Value < long.MinValue || value.Value > long.MaxValue)
        {
            throw Invalid(fact, "a whole number");
        }

        return (long)value.Value;
    }

    /// <summary>A text or text block fact.</summary>
    public static string? ToText(Fact fact) => fact.IsNil ? null : fact.Value ?? string.Empty;

    /// <summary>A date fact (<c>xs:date</c>).</summary>
    public static DateOnly? ToDate(Fact fact)
    {
        if (fact.IsNil)
        {
            return null;
        }

        return DateOnly.TryParseExact(fact.Value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Invalid(fact, "a date (yyyy-MM-dd)");
    }

    /// <summary>A boolean fact (<c>xs:boolean</c>: true, false, 1, 0).</summary>
    public static bool? ToBoolean(Fact fact)
    {
        if (fact.IsNil)
        {
            return null;
        }

        return fact.Value?.Trim() switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw Invalid(fact, "a boolean"),
        };
    }

    /// <summary>A duration fact (<c>xs:duration</c>, such as <c>P3M</c>).</summary>
    public static IsoDuration? ToDuration(Fact fact)
    {
        if (fact.IsNil)
        {
            return null;
        }

        return IsoDuration.TryParse(fact.Value?.Trim(), out var duration) ? duration : throw Invalid(fact, "a duration such as P3M");
    }

    /// <summary>
    /// The name of an enumeration fact's value: XBRL enumerations report a QName or the member's URI, whose
    /// last part is the name the taxonomy lists.
    /// </summary>
    public static string? ToEnumerationName(Fact fact)
    {
        if (fact.IsNil)
        {
            return null;
        }

        var value = fact.Value?.Trim() ?? string.Empty;
        var cut = value.LastIndexOfAny(new[] { ':', '#', '/' });
        return cut >= 0 ? value.Substring(cut + 1) : value;
    }

    /// <summary>The error for a value that is not one of an enumeration's names.</summary>
    public static FormatException NotAnEnumerationValue(Fact fact, string expected) => Invalid(fact, expected);

    private static FormatException Invalid(Fact fact, string expected)
    {
        var where = fact.Location is { } location ? $" at {location}" : string.Empty;
        return new FormatException($"The fact {fact.ConceptName} ({fact.Period}){where} has the value {Excerpt.Quote(fact.Value)}, which is not {expected}.");
    }
}
