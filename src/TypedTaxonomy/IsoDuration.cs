using System;
using System.Globalization;
using System.Text;

namespace TypedTaxonomy;

/// <summary>
/// An <c>xs:duration</c> value such as <c>P3M</c>, <c>P1Y2M10DT2H30M</c> or <c>-PT1.5S</c>: the values of
/// <see cref="DataType.Duration"/> facts. <see cref="ToString"/> writes back the components as parsed, while
/// equality follows the XML Schema 1.1 value space, a count of months and a count of seconds: <c>P1Y</c> equals
/// <c>P12M</c> and <c>PT1H</c> equals <c>PT60M</c>, but <c>P1M</c> does not equal <c>P30D</c>.
/// </summary>
public readonly struct IsoDuration : IEquatable<IsoDuration>
{
    private IsoDuration(bool isNegative, int years, int months, int days, int hours, int minutes, decimal seconds)
    {
        IsNegative = isNegative;
        Years = years;
        Months = months;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
    }

    /// <summary>Creates a duration from non-negative components.</summary>
    /// <param name="years">Years.</param>
    /// <param name="months">Months.</param>
    /// <param name="days">Days.</param>
    /// <param name="hours">Hours.</param>
    /// <param name="minutes">Minutes.</param>
    /// <param name="seconds">Seconds, possibly fractional.</param>
    /// <param name="isNegative">Whether the duration is negative (a leading <c>-</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
    public IsoDuration(int years = 0, int months = 0, int days = 0, int hours = 0, int minutes = 0, decimal seconds = 0m, bool isNegative = false)
        : this(isNegative, years, months, days, hours, minutes, seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
    }

    /// <summary>Whether the duration is negative.</summary>
    public bool IsNegative { get; }

    /// <summary>The years component.</summary>
    public int Years { get; }

    /// <summary>The months component.</summary>
    public int Months { get; }

    /// <summary>The days component.</summary>
    public int Days { get; }

    /// <summary>The hours component.</summary>
    public int Hours { get; }

    /// <summary>The minutes component.</summary>
    public int Minutes { get; }

    /// <summary>The seconds component, possibly fractional.</summary>
    public decimal Seconds { get; }

    /// <summary>The year and month part as a signed number of months (XML Schema 1.1 value space).</summary>
    public long TotalMonths => (IsNegative ? -1 : 1) * (Years * 12L + Months);

    /// <summary>The day and time part as a signed number of seconds (XML Schema 1.1 value space).</summary>
    public decimal TotalSeconds => (IsNegative ? -1 : 1) * ((((Days * 24m) + Hours) * 60m + Minutes) * 60m + Seconds);

    /// <summary>Parses an <c>xs:duration</c>.</summary>
    /// <param name="text">The text, such as <c>P1Y2M10DT2H30M</c>; surrounding white space is ignored.</param>
    /// <exception cref="FormatException">The text is not an <c>xs:duration</c>.</exception>
    public static IsoDuration Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"{Excerpt.Quote(text)} is not an ISO 8601 duration such as P3M or P1Y2M10DT2H30M.");
    }

    /// <summary>Parses an <c>xs:duration</c> without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The duration, when the text is one.</param>
    public static bool TryParse(string? text, out IsoDuration result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        var negative = false;
        if (s.StartsWith("-"))
        {
            negative = true;
            s = s[1..];
        }

        if (!s.StartsWith("P"))
        {
            return false;
        }

        s = s[1..];
        int years = 0, months = 0, days = 0, hours = 0, minutes = 0;
        var seconds = 0m;
        var any = false;
        var inTime = false;
        var anyTime = false;
        // Designators must appear in this order, each at most once: Y M D, then after T: H M S.
        var nextDate = 0;
        var nextTime = 0;
        while (!s.IsEmpty)
        {
            if (s[0] == 'T')
            {
                if (inTime)
                {
                    return false;
                }

                inTime = true;
                s = s[1..];
                continue;
            }

            var length = 0;
            while (length < s.Length && (char.IsAsciiDigit(s[length]) || s[length] == '.'))
            {
                length++;
            }

            if (length == 0 || length == s.Length)
            {
                return false;
            }

            var number = s[..length];
            var designator = s[length];
            s = s[(length + 1)..];
            var isFraction = number.Contains('.');
            if (isFraction && !(inTime && designator == 'S'))
            {
                return false;
            }

            if (isFraction)
            {
                if (nextTime > 2 || number[0] == '.' || number[^1] == '.' || number.IndexOf('.') != number.LastIndexOf('.')
                    || !decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds))
                {
                    return false;
                }

                anyTime = true;
                nextTime = 3;
                any = true;
                continue;
            }

            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return false;
            }

            if (!inTime)
            {
                var index = designator switch { 'Y' => 0, 'M' => 1, 'D' => 2, _ => -1 };
                if (index < nextDate)
                {
                    return false;
                }

                nextDate = index + 1;
                switch (index)
                {
                    case 0: years = n; break;
                    case 1: months = n; break;
                    default: days = n; break;
                }
            }
            else
            {
                var index = designator switch { 'H' => 0, 'M' => 1, 'S' => 2, _ => -1 };
                if (index < nextTime)
                {
                    return false;
                }

                nextTime = index + 1;
                switch (index)
                {
                    case 0: hours = n; break;
                    case 1: minutes = n; break;
                    default: seconds = n; break;
                }

                anyTime = true;
            }

            any = true;
        }

        // "P" alone and a "T" with nothing after it are not durations.
        if (!any || (inTime && !anyTime))
        {
            return false;
        }

        result = new IsoDuration(negative, years, months, days, hours, minutes, seconds);
        return true;
    }

    /// <summary>Compares the XML Schema 1.1 values: total months and total seconds.</summary>
    /// <param name="other">The duration to compare with.</param>
    public bool Equals(IsoDuration other) => TotalMonths == other.TotalMonths && TotalSeconds == other.TotalSeconds;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IsoDuration other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(TotalMonths, TotalSeconds);

    /// <summary>Compares two durations by value.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    public static bool operator ==(IsoDuration left, IsoDuration right) => left.Equals(right);

    /// <summary>Compares two durations by value.</summary>
    /// <param name="left">The first duration.</param>
    /// <param name="right">The second duration.</param>
    public static bool operator !=(IsoDuration left, IsoDuration right) => !left.Equals(right);

    /// <summary>
    /// The duration with its non-zero components as they were parsed or given, such as <c>P1Y2M10DT2H30M</c>
    /// (<c>P12M</c> stays <c>P12M</c>); a zero duration is <c>PT0S</c>.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        if (IsNegative)
        {
            sb.Append('-');
        }

        sb.Append('P');
        AppendComponent(sb, Years, 'Y');
        AppendComponent(sb, Months, 'M');
        AppendComponent(sb, Days, 'D');
        if (Hours != 0 || Minutes != 0 || Seconds != 0m)
        {
            sb.Append('T');
            AppendComponent(sb, Hours, 'H');
            AppendComponent(sb, Minutes, 'M');
            if (Seconds != 0m)
            {
                sb.Append(Seconds.ToString(CultureInfo.InvariantCulture)).Append('S');
            }
        }

        if (sb[^1] == 'P')
        {
            sb.Append("T0S");
        }

        return sb.ToString();
    }

    private static void AppendComponent(StringBuilder sb, int value, char designator)
    {
        if (value != 0)
        {
            sb.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
        }
    }
}
