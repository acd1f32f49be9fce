using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The SEC's transformation registry (<c>http://www.sec.gov/inlineXBRL/transformation/2015-08-31</c>) as the SEC's
/// transforms plug-in for Arelle implements it: durations from numbers and from English words, numbers in English
/// words, ballot boxes, the quarter-end date, and the name tables (exchanges, states and provinces, countries, EDGAR
/// state and country codes, filer categories).
/// </summary>
internal static partial class SecTransforms
{
    private const double DaysInMonth = 30.4375;

    /// <summary><c>duryear</c>: a number of years; a fraction spills into months and days ("2.7" is P2Y8M12D).</summary>
    public static string? DurYear(string text)
    {
        if (!TryReadNumber(text, out var n, out var negative))
        {
            return null;
        }

        var years = Math.Truncate(n);
        var months = (n - years) * 12;
        var days = Math.Truncate((months - Math.Truncate(months)) * DaysInMonth);
        return Duration(years, Math.Truncate(months), days, null, negative);
    }

    /// <summary><c>durmonth</c>: a number of months; a fraction spills into days.</summary>
    public static string? DurMonth(string text)
    {
        if (!TryReadNumber(text, out var n, out var negative))
        {
            return null;
        }

        var months = Math.Truncate(n);
        return Duration(null, months, Math.Truncate((n - months) * DaysInMonth), null, negative);
    }

    /// <summary><c>durweek</c>: a number of weeks, as days.</summary>
    public static string? DurWeek(string text) =>
        TryReadNumber(text, out var n, out var negative) ? Duration(null, null, Math.Truncate(n * 7), null, negative) : null;

    /// <summary><c>durday</c>: a number of days; a fraction spills into hours.</summary>
    public static string? DurDay(string text)
    {
        if (!TryReadNumber(text, out var n, out var negative))
        {
            return null;
        }

        var days = Math.Truncate(n);
        return Duration(null, null, days, Math.Truncate((n - days) * 24), negative);
    }

    /// <summary><c>durhour</c>: a number of hours.</summary>
    public static string? DurHour(string text) =>
        TryReadNumber(text, out var n, out var negative) ? Duration(null, null, null, Math.Truncate(n), negative) : null;

    public static string? Infinity(string text) => "INF";

    public static string? NegativeInfinity(string text) => "-INF";

    public static string? NotANumber(string text) => "NaN";

    /// <summary><c>boolballotbox</c>: ☐ is false, ☑ and ☒ are true.</summary>
    public static string? BoolBallotBox(string text) => BallotBox(text) switch
    {
        '\u2610' => "false",
        '\u2611' or '\u2612' => "true",
        _ => null,
    };

    /// <summary><c>yesnoballotbox</c>: ☐ is No, ☑ and ☒ are Yes.</summary>
    public static string? YesNoBallotBox(string text) => BallotBox(text) switch
    {
        '\u2610' => "No",
        '\u2611' or '\u2612' => "Yes",
        _ => null,
    };

    private static char BallotBox(string text)
    {
        var core = NumberTransforms.TrimXmlWhitespace(text);
        return core.Length == 1 ? core[0] : '\0';
    }

    /// <summary><c>datequarterend</c>: the last day of a calendar quarter named with its year ("Q3 2025", "2025 fourth quarter").</summary>
    public static string? DateQuarterEnd(string text)
    {
        var m = QuarterEndPattern().Match(text);
        if (!m.Success || !int.TryParse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        var month = m.Groups["q"].Value.ToLowerInvariant() switch
        {
            "1" or "first" => 3,
            "2" or "second" => 6,
            "3" or "third" => 9,
            _ => 12, // 4, fourth, last
        };
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary><c>numwordsen</c>: a whole number in English words ("two", "one hundred and five", "no", "none", "nil").</summary>
    public static string? NumWordsEn(string text) => EnglishNumberWords.ReadNumber(text);

    /// <summary><c>durwordsen</c>: years, months and days in English words or digits ("Five years, two months", "20 days").</summary>
    public static string? DurWordsEn(string text) => EnglishNumberWords.ReadDuration(text);

    /// <summary><c>entityfilercategoryen</c>.</summary>
    public static string? EntityFilerCategoryEn(string text) => FilerCategories.Lookup(text);

    /// <summary><c>exchnameen</c>: an exchange's name as its code.</summary>
    public static string? ExchNameEn(string text) => Exchanges.Lookup(text);

    /// <summary><c>stateprovnameen</c>: a U.S. state or territory or a Canadian province as its two-letter code.</summary>
    public static string? StateProvNameEn(string text) => StatesAndProvinces.Lookup(text);

    /// <summary><c>countrynameen</c>: a country's English name as its ISO 3166-1 alpha-2 code.</summary>
    public static string? CountryNameEn(string text) => SecCountries.Iso.Lookup(text);

    /// <summary><c>edgarprovcountryen</c>: a country, territory or Canadian province as its EDGAR code.</summary>
    public static string? EdgarProvCountryEn(string text) => SecCountries.Edgar.Lookup(text);

    /// <summary>An xs:decimal between XML whitespace as a double and its sign (Arelle reads it with Python's float).</summary>
    private static bool TryReadNumber(string text, out double magnitude, out bool negative)
    {
        magnitude = 0;
        negative = false;
        if (!DecimalPattern().IsMatch(text)
            || !double.TryParse(text.AsSpan().Trim(" \t\n\r"), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n)
            || double.IsInfinity(n))
        {
            return false;
        }

        negative = n < 0;
        magnitude = Math.Abs(n);
        return true;
    }

    /// <summary>
    /// The xs:duration of the parts given (null: not part of this format). A zero duration is written with the first
    /// part only and no sign (P0Y, P0M, P0D, PT0H); otherwise zero parts after the first are left out.
    /// </summary>
    private static string Duration(double? years, double? months, double? days, double? hours, bool negative)
    {
        if ((years ?? 0) == 0 && (months ?? 0) == 0 && (days ?? 0) == 0 && (hours ?? 0) == 0)
        {
            negative = false;
            var seenZero = years is not null;
            if (months is not null)
            {
                months = seenZero ? null : months;
                seenZero = true;
            }

            if (days is not null)
            {
                days = seenZero ? null : days;
                seenZero = true;
            }

            if (hours is not null && seenZero)
            {
                hours = null;
            }
        }

        var output = negative ? "-P" : "P";
        if (years is { } y)
        {
            output += Integer(y) + "Y";
        }

        if (months is { } mo && (mo != 0 || years is null))
        {
            output += Integer(mo) + "M";
        }

        if (days is { } d && (d != 0 || (years is null && months is null)))
        {
            output += Integer(d) + "D";
        }

        if (hours is { } h && (h != 0 || (years is null && months is null && days is null)))
        {
            output += "T" + Integer(h) + "H";
        }

        return output;
    }

    private static string Integer(double value) => new BigInteger(value).ToString(CultureInfo.InvariantCulture);

    private static readonly NameTable FilerCategories = new(
        ("Large Accelerated Filer", "Large Accelerated Filer"),
        ("Accelerated Filer", "Accelerated Filer"),
        ("Non-accelerated Filer", @"Non[^\w]+[Aa]ccelerated Filer"));

    private static readonly NameTable Exchanges = new(
        ("BOX", "(The )?(?i:box) Exchange(,? (?i:llc))?"),
        ("CboeBYX", "(The )?Cboe (?i:byx) Exchange(,? Inc[.]?)?"),
        ("CboeBZX", "(The )?Cboe (?i:bzx) Exchange(,? Inc[.]?)?"),
        ("C2", "(The )?Cboe [Cc]2 Exchange(,? Inc[.]?)?"),
        ("CboeEDGA", "(The )?Cboe (?i:edga) Exchange(,? Inc[.]?)?"),
        ("CboeEDGX", "(The )?Cboe (?i:edgx) Exchange(,? Inc[.]?)?"),
        ("CBOE", "(The )?Cboe Exchange(,? Inc[.]?)?"),
        ("CHX", "(The )?Chicago Stock Exchange(,? Inc[.]?)?"),
        ("IEX", "(The )?Investors Exchange(,? (?i:llc))?"),
        ("MIAX", "(The )?Miami International Securities Exchange(,? (?i:llc))?"),
        ("PEARL", "(The )?[Mm]IAX [Pp]EARL(,? (?i:llc))?"),
        ("BX", "(The )?(?i:nasdaq) (?i:bx)(,? Inc[.]?)?"),
        ("GEMX", "(The )?(?i:nasdaq) (?i:gemx)(,? (?i:llc))?"),
        ("ISE", "(The )?(?i:nasdaq) (?i:ise)(,? (?i:llc))?"),
        ("MRX", "(The )?(?i:nasdaq) (?i:mrx)(,? (?i:llc))?"),
        ("Phlx", "(?i:nasdaq) (?i:phlx)(,? (?i:llc))?"),
        ("NYSE", "(The )?(?i:nyse)|(The )?New York Stock Exchange(,? (?i:llc))?"),
        ("NYSEAMER", "(The )?(?i:nyse) American(,? (?i:llc))?"),
        ("NYSEArca", "(The )?(?i:nyse) Arca(,? Inc[.]?)?"),
        ("NYSENAT", "(The )?(?i:nyse) National(,? Inc[.]?)?"),
        ("NASDAQ", "(The )?(?i:nasdaq)( (Stock|Global( Select)?) Market(,? (?i:llc))?)?"));

    private static readonly NameTable StatesAndProvinces = new(
        ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
        ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("FL", "Florida"), ("GA", "Georgia"),
        ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
        ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"),
        ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"),
        ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"),
        ("NY", "New York"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
        ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
        ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
        ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
        ("DC", "District Of Columbia"), ("AS", "(American )?Samoa"), ("GU", "Guam"),
        ("MP", "Northern Mariana Islands"), ("PR", "Puerto Rico"), ("UM", "United States Minor Outlying Islands"),
        ("VI", "Virgin Islands, U[.]S[.]"), ("AB", "Alberta"), ("BC", "British Columbia"), ("MB", "Manitoba"),
        ("NB", "New Brunswick"), ("NL", "Newfoundland( And Labrador)?"), ("NS", "Nova Scotia"),
        ("NT", "Northwest Territories"), ("NU", "Nunavut"), ("ON", "Ontario"), ("PE", "Prince Edward Island"),
        ("QC", "Qu[eé]bec"), ("SK", "Saskatchewan"), ("YT", "Yukon"));

    [GeneratedRegex(@"^[ \t\n\r]*[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalPattern();

    [GeneratedRegex(@"(^[ \t\n\r]*(\w[^0-9]*)?(?<q>1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast)[^0-9]*(?<y>[0-9]{4})[ \t\n\r]*$)|(^[ \t\n\r]*(?<y>[0-9]{4})[^0-9]*(?<q>1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast)(.*\w+)?[ \t\n\r]*$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex QuarterEndPattern();
}
