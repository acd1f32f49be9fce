using System;
using System.Globalization;
using System.Text;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// How the SEC's pages write dates, periods, scales, units and numbers: <c>Mar. 29, 2025</c>, <c>3 Months Ended</c>,
/// <c>$ in Millions</c>, <c>USD ($)</c>, <c>$ (15,552)</c>.
/// </summary>
public static class DisplayFormat
{
    private static readonly string[] Months = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."];

    /// <summary>A date as the SEC's column headings write it: <c>Mar. 29, 2025</c>, <c>May 3, 2025</c>.</summary>
    /// <param name="date">The date.</param>
    public static string Date(DateOnly date) =>
        Months[date.Month - 1] + " " + date.Day.ToString(CultureInfo.InvariantCulture) + ", " + date.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The length of a duration in whole months, as the column groups name it: a 13-week quarter (91 days) is 3 months,
    /// a 52-week year 12.
    /// </summary>
    /// <param name="period">A duration.</param>
    public static int MonthsOf(Period period) => (int)Math.Round((period.Days ?? 0) / 30.436875, MidpointRounding.AwayFromZero);

    /// <summary>The heading over durations of one length: <c>3 Months Ended</c>.</summary>
    /// <param name="months">The length in months.</param>
    public static string MonthsEnded(int months) => months.ToString(CultureInfo.InvariantCulture) + " Months Ended";

    /// <summary>The name of a scale: 3 Thousands, 6 Millions, 9 Billions, 12 Trillions.</summary>
    /// <param name="exponent">The power of ten.</param>
    public static string ScaleName(int exponent) => exponent switch
    {
        3 => "Thousands",
        6 => "Millions",
        9 => "Billions",
        12 => "Trillions",
        _ => "10^" + exponent.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The symbol of a currency as the pages show it: <c>$</c> for USD, the code for the others.</summary>
    /// <param name="currencyCode">An ISO 4217 code.</param>
    public static string CurrencySymbol(string currencyCode) => currencyCode switch
    {
        "USD" => "$",
        "EUR" => "€",
        "GBP" => "£",
        "JPY" => "¥",
        "CNY" or "RMB" => "¥",
        _ => currencyCode,
    };

    /// <summary>Whether a unit is shown with a currency symbol: a currency, or a currency per share.</summary>
    /// <param name="unit">The unit.</param>
    public static bool IsCurrencyLike(Unit unit) => CurrencyOf(unit) is not null;

    /// <summary>The currency of a unit shown with a symbol (USD, or USD per share), or null.</summary>
    /// <param name="unit">The unit.</param>
    public static string? CurrencyOf(Unit unit) =>
        unit.IsMonetary ? unit.CurrencyCode
        : unit.Numerator.Length == 1 && unit.Numerator[0].NamespaceUri == XbrlNamespaces.Iso4217 && unit.Denominator.Length == 1 ? unit.Numerator[0].LocalName
        : null;

    /// <summary>A unit as a page's title names it: <c>USD ($)</c>, <c>$ / shares</c>, <c>shares</c>, <c>pure</c>.</summary>
    /// <param name="unit">The unit.</param>
    public static string UnitTitle(Unit unit)
    {
        if (unit.IsMonetary)
        {
            return unit.CurrencyCode + " (" + CurrencySymbol(unit.CurrencyCode!) + ")";
        }

        static string Measure(QName measure) => measure.NamespaceUri == XbrlNamespaces.Iso4217 ? CurrencySymbol(measure.LocalName) : measure.LocalName;
        return unit.Format(Measure).Replace("/", " / ", StringComparison.Ordinal);
    }

    /// <summary>
    /// A number as a page shows it: divided by 10^<paramref name="scale"/>, with the places its decimals leave at that
    /// scale (all of its digits when its decimals are infinite, at least two when it has a fraction), thousands
    /// separated, negatives in parentheses.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The fact's decimals, or null when infinite or unknown.</param>
    /// <param name="scale">The power of ten the page shows this kind of number in.</param>
    public static string Number(decimal value, int? decimals, int scale)
    {
        var scaled = value;
        for (var i = 0; i < scale; i++)
        {
            scaled /= 10m;
        }

        int places;
        if (decimals is { } d)
        {
            places = Math.Max(0, d + scale);
            scaled = Math.Round(scaled, Math.Min(places, 28), MidpointRounding.AwayFromZero);
        }
        else
        {
            // Exact values show all their digits, and a fraction at least cents: 0.00001, 0.50.
            places = (decimal.GetBits(scaled / 1.0000000000000000000000000000m)[3] >> 16) & 0xFF;
            places = places is > 0 and < 2 ? 2 : places;
        }

        var text = Math.Abs(scaled).ToString("#,##0" + (places > 0 ? "." + new string('0', places) : string.Empty), CultureInfo.InvariantCulture);
        return scaled < 0 ? "(" + text + ")" : text;
    }

    /// <summary>A duration as the SEC's pages write it: <c>12 months</c>, <c>17 years</c>, <c>1 year 6 months</c>.</summary>
    /// <param name="duration">The duration.</param>
    public static string Duration(IsoDuration duration)
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(decimal count, string unit)
        {
            if (count != 0)
            {
                parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s"));
            }
        }

        Add(duration.Years, "year");
        Add(duration.Months, "month");
        Add(duration.Days, "day");
        Add(duration.Hours, "hour");
        Add(duration.Minutes, "minute");
        Add(duration.Seconds, "second");
        var text = parts.Count == 0 ? "0 days" : string.Join(" ", parts);
        return duration.IsNegative ? "-" + text : text;
    }

    /// <summary>Plain text of a fact value: whitespace runs as one space.</summary>
    /// <param name="value">The value.</param>
    public static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
