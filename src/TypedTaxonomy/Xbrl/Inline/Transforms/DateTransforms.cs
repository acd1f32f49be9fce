using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The date formats of the transformation registries. Each pattern names its parts <c>d</c> (day), <c>m</c> (month,
/// a number or a month name) and <c>y</c> (year); a few shapes (<see cref="DayMonth"/>, <see cref="DayMonthYear"/>,
/// <see cref="MonthYear"/>) turn the parts into xs:gMonthDay, xs:date and xs:gYearMonth. Month names are read
/// through <see cref="MonthNames"/>; one- and two-digit years are in the 2000s (Arelle's <c>yr4</c>).
/// </summary>
internal static partial class DateTransforms
{
    /// <summary>The greatest day of each month in a gMonthDay (February 29 is allowed).</summary>
    private static readonly int[] MaxDayInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>A day and month as xs:gMonthDay (<c>--MM-DD</c>).</summary>
    internal static string? DayMonth(Match m, IReadOnlyDictionary<string, int>? monthNames)
    {
        if (!m.Success || !TryMonth(m.Groups["m"].Value, monthNames, out var month) || !TryNumber(m.Groups["d"].Value, out var day))
        {
            return null;
        }

        return day >= 1 && day <= MaxDayInMonth[month - 1] && m.Groups["d"].Length <= 2
            ? string.Create(CultureInfo.InvariantCulture, $"--{month:00}-{day:00}")
            : null;
    }

    /// <summary>A day, month and year as xs:date (<c>YYYY-MM-DD</c>), when it is a day of the Gregorian calendar.</summary>
    internal static string? DayMonthYear(Match m, IReadOnlyDictionary<string, int>? monthNames)
    {
        if (!m.Success || !TryMonth(m.Groups["m"].Value, monthNames, out var month) || !TryNumber(m.Groups["d"].Value, out var day))
        {
            return null;
        }

        return Date(Year(m.Groups["y"].Value), month, day);
    }

    /// <summary>A month and year as xs:gYearMonth (<c>YYYY-MM</c>).</summary>
    internal static string? MonthYear(Match m, IReadOnlyDictionary<string, int>? monthNames)
    {
        if (!m.Success || !TryMonth(m.Groups["m"].Value, monthNames, out var month))
        {
            return null;
        }

        return Year(m.Groups["y"].Value) + "-" + month.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The xs:date of a year written with (at least four) digits, a month and a day, or null when there is no such day.</summary>
    internal static string? Date(string year, int month, int day)
    {
        if (year.Length < 4 || !TryNumber(year, out var y) || y < 1 || y > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return year + "-" + month.ToString("00", CultureInfo.InvariantCulture) + "-" + day.ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>A year of one or two digits in the 2000s (Arelle's <c>yr4</c>); longer years as written.</summary>
    internal static string Year(string digits) => digits.Length switch
    {
        1 => "200" + digits,
        2 => "20" + digits,
        _ => digits,
    };

    private static bool TryMonth(string text, IReadOnlyDictionary<string, int>? monthNames, out int month)
    {
        if (monthNames is null)
        {
            return TryNumber(text, out month) && month is >= 1 and <= 12;
        }

        return monthNames.TryGetValue(text.ToLowerInvariant(), out month);
    }

    /// <summary>Decimal digits (any script's) as a number.</summary>
    internal static bool TryNumber(string digits, out int value)
    {
        value = 0;
        if (digits.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    // English (TRR 2 to 5).
    private const string En = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";

    public static string? DayMonthEn(string text) => DayMonth(DayMonthEnPattern.Match(text), MonthNames.Common);

    public static string? MonthDayEn(string text) => DayMonth(MonthDayEnPattern.Match(text), MonthNames.Common);

    public static string? DayMonthYearEn(string text) => DayMonthYear(DayMonthYearEnPattern.Match(text), MonthNames.Common);

    public static string? MonthDayYearEn(string text) => DayMonthYear(MonthDayYearEnPattern.Match(text), MonthNames.Common);

    public static string? MonthYearEn(string text) => MonthYear(MonthYearEnPattern.Match(text), MonthNames.Common);

    public static string? YearMonthEn(string text) => MonthYear(YearMonthEnPattern.Match(text), MonthNames.Common);

    private static readonly TransformPattern DayMonthEnPattern = new(@"^[ \t\n\r]*(?<d>[0-9]{1,2})[^0-9]+(?<m>" + En + @")[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly TransformPattern MonthDayEnPattern = new(@"^[ \t\n\r]*(?<m>" + En + @")[^0-9]+(?<d>[0-9]{1,2})[A-Za-z]{0,2}[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly TransformPattern DayMonthYearEnPattern = new(@"^[ \t\n\r]*(?<d>[0-9]{1,2})[^0-9]+(?<m>" + En + @")[^0-9]+(?<y>[0-9]{4}|[0-9]{1,2})[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly TransformPattern MonthDayYearEnPattern = new(@"^[ \t\n\r]*(?<m>" + En + @")[^0-9]+(?<d>[0-9]+)[^0-9]+(?<y>[0-9]{4}|[0-9]{1,2})[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly TransformPattern MonthYearEnPattern = new(@"^[ \t\n\r]*(?<m>" + En + @")[^0-9]+(?<y>[0-9]{1,2}|[0-9]{4})[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly TransformPattern YearMonthEnPattern = new(@"^[ \t\n\r]*(?<y>[0-9]{1,2}|[0-9]{4})[^0-9]+(?<m>" + En + @")[ \t\n\r]*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
}
