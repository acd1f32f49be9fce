using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The date formats written with numbers (day, month and year in any order), TRR 1's English dates, the Japanese
/// era and CJK dates, the Hindi month names and the Indian national (Saka) calendar.
/// </summary>
internal static partial class DateTransforms
{
    private const string LongMonths = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string ShortMonths = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec";
    private const string Hindi = "जनवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर";
    private const string Devanagari = "०-९";
    private const string CjkSpace = @"[\s\u3000]*";

    /// <summary>The Gregorian month names in Hindi; November and December in both the spellings the registry's examples use.</summary>
    private static readonly Dictionary<string, int> HindiMonths = new(StringComparer.Ordinal)
    {
        ["जनवरी"] = 1, ["फरवरी"] = 2, ["मार्च"] = 3, ["अप्रैल"] = 4, ["मई"] = 5, ["जून"] = 6, ["जुलाई"] = 7, ["अगस्त"] = 8,
        ["सितंबर"] = 9, ["अक्टूबर"] = 10, ["नवंबर"] = 11, ["नवम्बर"] = 11, ["दिसंबर"] = 12, ["दिसम्बर"] = 12,
    };

    /// <summary>The first year of each Japanese era, less one (year 1, or 元, of Reiwa is 2019).</summary>
    private static readonly Dictionary<string, int> JapaneseEras = new(StringComparer.Ordinal)
    {
        ["令和"] = 2018, ["令"] = 2018, ["平成"] = 1988, ["平"] = 1988, ["昭和"] = 1925, ["昭"] = 1925,
        ["大正"] = 1911, ["大"] = 1911, ["明治"] = 1867, ["明"] = 1867,
    };

    // Numbers only (TRR 2 to 5).
    public static string? DayMonthNumeric(string text) => DayMonth(DayMonthNumericPattern.Match(text), null);

    public static string? MonthDayNumeric(string text) => DayMonth(MonthDayNumericPattern.Match(text), null);

    public static string? DayMonthYearNumeric(string text) => DayMonthYear(DayMonthYearNumericPattern.Match(text), null);

    /// <summary>TRR 4 <c>date-day-month-year</c>: as TRR 2, Devanagari digits too.</summary>
    public static string? DayMonthYearNumericTrr4(string text) => DayMonthYearNumeric(AsciiDigits(text));

    public static string? MonthDayYearNumeric(string text) => DayMonthYear(MonthDayYearNumericPattern.Match(text), null);

    public static string? MonthYearNumeric(string text) => MonthYear(MonthYearNumericPattern.Match(text), null);

    /// <summary>TRR 4 <c>date-month-year</c>: as TRR 3, Devanagari digits too.</summary>
    public static string? MonthYearNumericTrr4(string text) => MonthYearNumeric(AsciiDigits(text));

    /// <summary>TRR 4 <c>date-year-month</c>, full-width digits too.</summary>
    public static string? YearMonthNumeric(string text) => MonthYear(YearMonthNumericPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text)), null);

    /// <summary>TRR 3 <c>dateyearmonthday</c> and TRR 4 <c>date-year-month-day</c>, full-width digits too.</summary>
    public static string? YearMonthDayNumeric(string text) => DayMonthYear(YearMonthDayNumericPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text)), null);

    // Japanese and CJK.
    public static string? EraYearMonthDayJp(string text)
    {
        var m = EraYearMonthDayJpPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text));
        return m.Success && TryNumber(m.Groups["m"].Value, out var month) && TryNumber(m.Groups["d"].Value, out var day)
            ? Date(EraYear(m).ToString(CultureInfo.InvariantCulture), month, day)
            : null;
    }

    public static string? EraYearMonthJp(string text)
    {
        var m = EraYearMonthJpPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text));
        return m.Success && TryNumber(m.Groups["m"].Value, out var month) && month is >= 1 and <= 12
            ? EraYear(m).ToString(CultureInfo.InvariantCulture) + "-" + month.ToString("00", CultureInfo.InvariantCulture)
            : null;
    }

    public static string? YearMonthDayCjk(string text) => DayMonthYear(YearMonthDayCjkPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text)), null);

    public static string? YearMonthCjk(string text) => MonthYear(YearMonthCjkPattern.Match(NumberTransforms.JapaneseDigitsToAscii(text)), null);

    private static int EraYear(Match m) =>
        JapaneseEras[m.Groups["era"].Value] + (m.Groups["y"].Value == "元" ? 1 : int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));

    // Hindi.

    /// <summary>TRR 3 <c>datedaymonthyearin</c>: day, Hindi month name or month number, year; Devanagari digits too.</summary>
    public static string? DayMonthYearInTrr3(string text) => DayMonthYearIn(DayMonthYearInTrr3Pattern.Match(text));

    /// <summary>TRR 4 <c>date-day-monthname-year-hi</c>: day, Hindi month name, year; Devanagari digits too.</summary>
    public static string? DayMonthYearInTrr4(string text) => DayMonthYearIn(DayMonthYearInTrr4Pattern.Match(text));

    private static string? DayMonthYearIn(Match m)
    {
        if (!m.Success || !TryNumber(m.Groups["d"].Value, out var day))
        {
            return null;
        }

        var monthText = m.Groups["m"].Value;
        if (!HindiMonths.TryGetValue(monthText, out var month) && !TryNumber(monthText, out month))
        {
            return null;
        }

        return Date(Year(AsciiDigits(m.Groups["y"].Value)), month, day);
    }

    /// <summary>TRR 3 <c>datemonthyearin</c> and TRR 4 <c>date-monthname-year-hi</c>.</summary>
    public static string? MonthYearIn(string text)
    {
        var m = MonthYearInPattern.Match(text);
        return m.Success && HindiMonths.TryGetValue(m.Groups["m"].Value, out var month)
            ? Year(AsciiDigits(m.Groups["y"].Value)) + "-" + month.ToString("00", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>
    /// TRR 3 <c>calindaymonthyear</c> and TRR 4 <c>date-ind-day-monthname-year-hi</c>: a date of the Indian national
    /// (Saka) calendar, month names in Latin transliteration or Devanagari, as its Gregorian xs:date.
    /// </summary>
    public static string? SakaDayMonthYear(string text)
    {
        var m = SakaDatePattern.Match(text);
        if (!m.Success || !TryNumber(m.Groups["d"].Value, out var day))
        {
            return null;
        }

        var month = 0;
        for (var i = 1; i <= 12 && month == 0; i++)
        {
            month = m.Groups["m" + i.ToString(CultureInfo.InvariantCulture)].Success ? i : 0;
        }

        var yearDigits = AsciiDigits(m.Groups["y"].Value);
        if (yearDigits.Length == 2)
        {
            var twoDigits = int.Parse(yearDigits, CultureInfo.InvariantCulture);
            yearDigits = (twoDigits > 21 || (twoDigits == 21 && month >= 10 && day >= 11) ? "19" : "20") + yearDigits;
        }

        return SakaToGregorian(int.Parse(yearDigits, CultureInfo.InvariantCulture), month, day);
    }

    /// <summary>The Gregorian date of a Saka date: the Saka year begins on March 22 (March 21 in a Gregorian leap year).</summary>
    internal static string? SakaToGregorian(int sakaYear, int sakaMonth, int sakaDay)
    {
        int[] monthLength = [30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
        (int Month, int Day, int YearOffset)[] start =
            [(3, 22, 0), (4, 21, 0), (5, 22, 0), (6, 22, 0), (7, 23, 0), (8, 23, 0), (9, 23, 0), (10, 23, 0), (11, 22, 0), (12, 22, 0), (1, 21, 1), (2, 20, 1)];
        var year = sakaYear + 78;
        if (year < 1 || sakaMonth is < 1 or > 12)
        {
            return null;
        }

        var leapStart = DateTime.IsLeapYear(year);
        var length = monthLength[sakaMonth - 1] + (leapStart && sakaMonth == 1 ? 1 : 0);
        if (sakaDay < 1 || sakaDay > length)
        {
            return null;
        }

        var (month, startDay, yearOffset) = start[sakaMonth - 1];
        if (leapStart && sakaMonth == 1)
        {
            startDay--;
        }

        year += yearOffset;
        var day = startDay + sakaDay - 1;
        var daysInMonth = DateTime.DaysInMonth(year, month);
        if (day > daysInMonth)
        {
            day -= daysInMonth;
            month++;
            if (month == 13)
            {
                month = 1;
                year++;
            }
        }

        return Date(year.ToString("0000", CultureInfo.InvariantCulture), month, day);
    }

    // TRR 1.
    public static string? DateSlashUs(string text) => DayMonthYear(DateSlashUsPattern.Match(text), null);

    public static string? DateSlashEu(string text) => DayMonthYear(DateSlashEuPattern.Match(text), null);

    public static string? DateDotUs(string text) => DayMonthYear(DateDotUsPattern.Match(text), null);

    public static string? DateDotEu(string text) => DayMonthYear(DateDotEuPattern.Match(text), null);

    public static string? DateLongUs(string text) => DayMonthYear(DateLongUsPattern.Match(text), MonthNames.Common);

    public static string? DateShortUs(string text) => DayMonthYear(DateShortUsPattern.Match(text), MonthNames.Common);

    public static string? DateLongUk(string text) => DayMonthYear(DateLongUkPattern.Match(text), MonthNames.Common);

    public static string? DateShortUk(string text) => DayMonthYear(DateShortUkPattern.Match(text), MonthNames.Common);

    public static string? DateLongDayMonthUk(string text) => DayMonth(DateLongDayMonthUkPattern.Match(text), MonthNames.Common);

    public static string? DateShortDayMonthUk(string text) => DayMonth(DateShortDayMonthUkPattern.Match(text), MonthNames.Common);

    public static string? DateLongMonthDayUs(string text) => DayMonth(DateLongMonthDayUsPattern.Match(text), MonthNames.Common);

    public static string? DateShortMonthDayUs(string text) => DayMonth(DateShortMonthDayUsPattern.Match(text), MonthNames.Common);

    public static string? DateSlashDayMonthEu(string text) => DayMonth(DateSlashDayMonthEuPattern.Match(text), null);

    public static string? DateSlashMonthDayUs(string text) => DayMonth(DateSlashMonthDayUsPattern.Match(text), null);

    public static string? DateLongYearMonth(string text) => MonthYear(DateLongYearMonthPattern.Match(text), MonthNames.Common);

    public static string? DateShortYearMonth(string text) => MonthYear(DateShortYearMonthPattern.Match(text), MonthNames.Common);

    public static string? DateLongMonthYear(string text) => MonthYear(DateLongMonthYearPattern.Match(text), MonthNames.Common);

    public static string? DateShortMonthYear(string text) => MonthYear(DateShortMonthYearPattern.Match(text), MonthNames.Common);

    /// <summary>Decimal digits of any script (Devanagari, full-width, ...) as ASCII digits.</summary>
    internal static string AsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] > '\u007F' && CharUnicodeInfo.GetDecimalDigitValue(chars[i]) is var digit and >= 0)
            {
                chars[i] = (char)('0' + digit);
                changed = true;
            }
        }

        return changed ? new string(chars) : text;
    }

    private static readonly TransformPattern DayMonthNumericPattern = new("^" + Ws + "(?<d>[0-9]{1,2})[^0-9]+(?<m>[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern MonthDayNumericPattern = new("^" + Ws + "(?<m>[0-9]{1,2})[^0-9]+(?<d>[0-9]{1,2})[A-Za-z]*" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearNumericPattern = new("^" + Ws + "(?<d>[0-9]{1,2})[^0-9]+(?<m>[0-9]{1,2})[^0-9]+(?<y>[0-9]{4}|[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern MonthDayYearNumericPattern = new("^" + Ws + "(?<m>[0-9]{1,2})[^0-9]+(?<d>[0-9]{1,2})[^0-9]+(?<y>[0-9]{4}|[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearNumericPattern = new("^" + Ws + "(?<m>[0-9]{1,2})[^0-9]+(?<y>[0-9]{4}|[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern YearMonthNumericPattern = new("^" + Ws + "(?<y>[0-9]{4}|[0-9]{1,2})[^0-9]+(?<m>[0-9]{1,2})[^0-9]*$", Options);

    private static readonly TransformPattern YearMonthDayNumericPattern = new("^" + Ws + "(?<y>[0-9]{4}|[0-9]{1,2})[^0-9]+(?<m>[0-9]{1,2})[^0-9]+(?<d>[0-9]{1,2})[^0-9]*$", Options);

    private static readonly TransformPattern EraYearMonthDayJpPattern = new("^" + CjkSpace + "(?<era>明治|明|大正|大|昭和|昭|平成|平|令和|令)" + CjkSpace + "(?<y>[0-9]{1,2}|元)" + CjkSpace + "年" + CjkSpace + "(?<m>[0-9]{1,2})" + CjkSpace + "月" + CjkSpace + "(?<d>[0-9]{1,2})" + CjkSpace + "日" + CjkSpace + "$", Options);

    private static readonly TransformPattern EraYearMonthJpPattern = new("^" + CjkSpace + "(?<era>明治|明|大正|大|昭和|昭|平成|平|令和|令)" + CjkSpace + "(?<y>[0-9]{1,2}|元)" + CjkSpace + "年" + CjkSpace + "(?<m>[0-9]{1,2})" + CjkSpace + "月" + CjkSpace + "$", Options);

    private static readonly TransformPattern YearMonthDayCjkPattern = new("^" + CjkSpace + "(?<y>[0-9]{1,2}|[0-9]{4})" + CjkSpace + "年" + CjkSpace + "(?<m>[0-9]{1,2})" + CjkSpace + "月" + CjkSpace + "(?<d>[0-9]{1,2})" + CjkSpace + "日" + CjkSpace + "$", Options);

    private static readonly TransformPattern YearMonthCjkPattern = new("^" + CjkSpace + "(?<y>[0-9]{1,2}|[0-9]{4})" + CjkSpace + "年" + CjkSpace + "(?<m>[0-9]{1,2})" + CjkSpace + "月" + CjkSpace + "$", Options);

    private static readonly TransformPattern DayMonthYearInTrr3Pattern = new("^" + Ws + "(?<d>[0-9]{1,2}|[" + Devanagari + "]{1,2})[^0-9" + Devanagari + "]+(?<m>" + Hindi + "|[" + Devanagari + "]{1,2})[^0-9" + Devanagari + "]+(?<y>[0-9]{2}|[0-9]{4}|[" + Devanagari + "]{2}|[" + Devanagari + "]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DayMonthYearInTrr4Pattern = new("^" + Ws + "(?<d>[0-9]{1,2}|[" + Devanagari + "]{1,2})[^0-9" + Devanagari + "]+(?<m>" + Hindi + ")[^0-9" + Devanagari + "]+(?<y>[0-9]{2}|[0-9]{4}|[" + Devanagari + "]{2}|[" + Devanagari + "]{4})" + Ws + "$", Options);

    private static readonly TransformPattern MonthYearInPattern = new("^" + Ws + "(?<m>" + Hindi + ")[^0-9" + Devanagari + "]+(?<y>[0-9]{2}|[0-9]{4}|[" + Devanagari + "]{2}|[" + Devanagari + "]{4})" + Ws + "$", Options);

    private static readonly TransformPattern SakaDatePattern = new("^" + Ws + "(?<d>[0-9]{1,2}|[" + Devanagari + "]{1,2})[^0-9" + Devanagari + "]+("
        + @"(?<m1>C\S*ait|\u091A\u0948\u0924\u094D\u0930)"
        + @"|(?<m2>Vai|\u0935\u0948\u0936\u093E\u0916|\u092C\u0948\u0938\u093E\u0916)"
        + @"|(?<m3>Jy|\u091C\u094D\u092F\u0947\u0937\u094D\u0920)"
        + @"|(?<m4>dha|\u1E0Dha|\u0906\u0937\u093E\u0922|\u0906\u0937\u093E\u0922\u093C)"
        + @"|(?<m5>vana|\u015Ar\u0101va\u1E47a|\u0936\u094D\u0930\u093E\u0935\u0923|\u0938\u093E\u0935\u0928)"
        + @"|(?<m6>Bh\S+dra|Pro\u1E63\u1E6Dhapada|\u092D\u093E\u0926\u094D\u0930\u092A\u0926|\u092D\u093E\u0926\u094B)"
        + @"|(?<m7>in|\u0906\u0936\u094D\u0935\u093F\u0928)"
        + @"|(?<m8>K\S+rti|\u0915\u093E\u0930\u094D\u0924\u093F\u0915)"
        + @"|(?<m9>M\S+rga|Agra|\u092E\u093E\u0930\u094D\u0917\u0936\u0940\u0930\u094D\u0937|\u0905\u0917\u0939\u0928)"
        + @"|(?<m10>Pau|\u092A\u094C\u0937)"
        + @"|(?<m11>M\S+gh|\u092E\u093E\u0918)"
        + @"|(?<m12>Ph\S+lg|\u092B\u093E\u0932\u094D\u0917\u0941\u0928)"
        + ")[^0-9" + Devanagari + "]+(?<y>[0-9]{2}|[0-9]{4}|[" + Devanagari + "]{2}|[" + Devanagari + "]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateSlashUsPattern = new("^" + Ws + "(?<m>[0-9]+)/(?<d>[0-9]+)/(?<y>[0-9]+)" + Ws + "$", Options);

    private static readonly TransformPattern DateSlashEuPattern = new("^" + Ws + "(?<d>[0-9]+)/(?<m>[0-9]+)/(?<y>[0-9]+)" + Ws + "$", Options);

    private static readonly TransformPattern DateDotUsPattern = new("^" + Ws + @"(?<m>[0-9]+)\.(?<d>[0-9]+)\.(?<y>[0-9]+)" + Ws + "$", Options);

    private static readonly TransformPattern DateDotEuPattern = new("^" + Ws + @"(?<d>[0-9]+)\.(?<m>[0-9]+)\.(?<y>[0-9]+)" + Ws + "$", Options);

    private static readonly TransformPattern DateLongUsPattern = new("^" + Ws + "(?<m>" + LongMonths + ") (?<d>[0-9]{1,2}), (?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateShortUsPattern = new("^" + Ws + "(?<m>" + ShortMonths + ") (?<d>[0-9]{1,2}), (?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateLongUkPattern = new("^" + Ws + "(?<d>[0-9]{1,2}) (?<m>" + LongMonths + ") (?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateShortUkPattern = new("^" + Ws + "(?<d>[0-9]{1,2}) (?<m>" + ShortMonths + ") (?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateLongDayMonthUkPattern = new("^" + Ws + "(?<d>[0-9]{1,2}) (?<m>" + LongMonths + ")" + Ws + "$", Options);

    private static readonly TransformPattern DateShortDayMonthUkPattern = new("^" + Ws + @"(?<d>[0-9]{1,2})\s+(?<m>" + ShortMonths + ")" + Ws + "$", Options);

    private static readonly TransformPattern DateLongMonthDayUsPattern = new("^" + Ws + "(?<m>" + LongMonths + ") (?<d>[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern DateShortMonthDayUsPattern = new("^" + Ws + "(?<m>" + ShortMonths + @")\s+(?<d>[0-9]{1,2})[A-Za-z]{0,2}" + Ws + "$", Options);

    private static readonly TransformPattern DateSlashDayMonthEuPattern = new("^" + Ws + "(?<d>[0-9]{1,2})/(?<m>[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern DateSlashMonthDayUsPattern = new("^" + Ws + "(?<m>[0-9]{1,2})/(?<d>[0-9]{1,2})" + Ws + "$", Options);

    private static readonly TransformPattern DateLongYearMonthPattern = new("^" + Ws + @"(?<y>[0-9]{2}|[0-9]{4})\s+(?<m>" + LongMonths + ")" + Ws + "$", Options);

    private static readonly TransformPattern DateShortYearMonthPattern = new("^" + Ws + @"(?<y>[0-9]{2}|[0-9]{4})\s+(?<m>" + ShortMonths + ")" + Ws + "$", Options);

    private static readonly TransformPattern DateLongMonthYearPattern = new("^" + Ws + "(?<m>" + LongMonths + @")\s+(?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);

    private static readonly TransformPattern DateShortMonthYearPattern = new("^" + Ws + "(?<m>" + ShortMonths + @")\s+(?<y>[0-9]{2}|[0-9]{4})" + Ws + "$", Options);
}
