using System;
using System.Globalization;

namespace TypedTaxonomy;

/// <summary>
/// Reads the date and dateTime values of XBRL periods. XBRL 2.1 (section 4.7.2) gives a date without a time a
/// different meaning at each end of a period: a start date is the start of that day, an end date or instant is the
/// end of that day. A dateTime is an exact moment, so an end dateTime at midnight is the end of the previous day.
/// Periods here are whole days, so a time of day other than midnight is refused rather than silently truncated.
/// Time zones are accepted and ignored: XBRL reports state calendar dates.
/// </summary>
internal static class XbrlDateTime
{
    /// <summary>Parses a start date or dateTime to the first day of the period.</summary>
    public static bool TryParseStart(ReadOnlySpan<char> text, out DateOnly day, out string? error)
    {
        // A date and a dateTime at midnight both mean the start of that day.
        return TryParse(text, out day, out _, out error);
    }

    /// <summary>Parses an end date, instant or dateTime to the last day of the period (inclusive).</summary>
    public static bool TryParseEnd(ReadOnlySpan<char> text, out DateOnly day, out string? error)
    {
        if (!TryParse(text, out day, out var isDateTime, out error))
        {
            return false;
        }

        if (isDateTime)
        {
            if (day == DateOnly.MinValue)
            {
                error = $"{Excerpt.Quote(text)} ends before the first representable day.";
                return false;
            }

            day = day.AddDays(-1);
        }

        return true;
    }

    /// <summary>Formats the moment at which a day starts, <c>yyyy-MM-ddT00:00:00</c>.</summary>
    public static string FormatStartOf(DateOnly day) =>
        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00";

    /// <summary>Formats the moment at which a day ends, which is the start of the next day.</summary>
    public static string FormatEndOf(DateOnly day) =>
        day == DateOnly.MaxValue
            ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T24:00:00"
            : FormatStartOf(day.AddDays(1));

    /// <summary>
    /// Parses an xs:date or an xs:dateTime at midnight. For a dateTime, <paramref name="day"/> is the day that starts
    /// at that moment (so <c>T24:00:00</c> gives the next day).
    /// </summary>
    private static bool TryParse(ReadOnlySpan<char> text, out DateOnly day, out bool isDateTime, out string? error)
    {
        day = default;
        isDateTime = false;
        var s = text.Trim();
        s = StripTimeZone(s);
        var t = s.IndexOf('T');
        var datePart = t < 0 ? s : s[..t];
        if (!TryParseDay(datePart, out day))
        {
            error = $"{Excerpt.Quote(text.ToString())} is not a date (yyyy-MM-dd) or dateTime (yyyy-MM-ddThh:mm:ss).";
            return false;
        }

        if (t < 0)
        {
            error = null;
            return true;
        }

        isDateTime = true;
        var time = s[(t + 1)..];
        if (!TryParseTime(time, out var hours, out var isMidnight))
        {
            error = $"{Excerpt.Quote(text.ToString())} has a malformed time (hh:mm:ss).";
            return false;
        }

        if (!isMidnight)
        {
            error = $"{Excerpt.Quote(text.ToString())} has a time of day; XBRL periods here are whole days, so only midnight (T00:00:00 or T24:00:00) is supported.";
            return false;
        }

        if (hours == 24)
        {
            if (day == DateOnly.MaxValue)
            {
                error = $"{Excerpt.Quote(text.ToString())} is after the last representable day.";
                return false;
            }

            day = day.AddDays(1);
        }

        error = null;
        return true;
    }

    /// <summary>
    /// A yyyy-MM-dd date, read digit by digit: DateOnly.TryParseExact goes through culture-aware matching, which cost
    /// the readers a twentieth of their time on filings with hundreds of contexts.
    /// </summary>
    private static bool TryParseDay(ReadOnlySpan<char> s, out DateOnly day)
    {
        day = default;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !TryDigits(s[..4], out var year) || !TryDigits(s[5..7], out var month) || !TryDigits(s[8..], out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;

        static bool TryDigits(ReadOnlySpan<char> digits, out int value)
        {
            value = 0;
            foreach (var c in digits)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                value = (value * 10) + (c - '0');
            }

            return true;
        }
    }

    private static ReadOnlySpan<char> StripTimeZone(ReadOnlySpan<char> s)
    {
        if (s.Length > 0 && s[^1] == 'Z')
        {
            return s[..^1];
        }

        // A ±hh:mm offset; a date's own hyphens are at index 4 and 7, an offset's sign is 6 from the end.
        if (s.Length >= 16 && (s[^6] == '+' || s[^6] == '-') && s[^3] == ':')
        {
            return s[..^6];
        }

        return s;
    }

    private static bool TryParseTime(ReadOnlySpan<char> time, out int hours, out bool isMidnight)
    {
        hours = 0;
        isMidnight = false;
        if (time.Length < 8 || time[2] != ':' || time[5] != ':')
        {
            return false;
        }

        if (!int.TryParse(time[..2], NumberStyles.None, CultureInfo.InvariantCulture, out hours)
            || !int.TryParse(time[3..5], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || !int.TryParse(time[6..8], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return false;
        }

        var fraction = time[8..];
        var fractionIsZero = true;
        if (!fraction.IsEmpty)
        {
            if (fraction[0] != '.' || fraction.Length == 1)
            {
                return false;
            }

            foreach (var c in fraction[1..])
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                fractionIsZero &= c == '0';
            }
        }

        if (hours > 24 || minutes > 59 || seconds > 59 || (hours == 24 && (minutes != 0 || seconds != 0 || !fractionIsZero)))
        {
            return false;
        }

        isMidnight = (hours == 0 || hours == 24) && minutes == 0 && seconds == 0 && fractionIsZero;
        return true;
    }
}
