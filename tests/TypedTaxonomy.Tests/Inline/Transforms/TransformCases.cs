using System.Collections.Generic;

namespace TypedTaxonomy.Tests.Inline.Transforms;

/// <summary>
/// One displayed text read through one format, in the registries listed ("1" to "5" for the XBRL International
/// registries, "sec" for the SEC's), with the value it gives, or null when the format cannot read it. The values are
/// the registries' documented examples and what Arelle's FunctionIxt.py and SEC transforms plug-in give.
/// </summary>
public sealed record TransformCase(string Registries, string Format, string Input, string? Expected)
{
    public override string ToString() => $"{Registries}:{Format}('{Input}') = {Expected ?? "error"}";
}

internal static partial class TransformCases
{
    public static readonly List<TransformCase> All = [];

    private static void Valid(string registries, string format, string input, string expected) => All.Add(new(registries, format, input, expected));

    private static void Invalid(string registries, string format, string input) => All.Add(new(registries, format, input, null));

    static TransformCases()
    {
        Numbers();
        EnglishDates();
        NumericDates();
        LanguageDates();
        Sec();
        SecConformance();
    }

    private static void Numbers()
    {
        // TRR 1
        Valid("1", "numcommadot", "1,234,567.89", "1234567.89");
        Valid("1", "numcommadot", " 1,234.5\n", "1234.5");
        Invalid("1", "numcommadot", "1,23");
        Valid("1", "numdash", "-", "0");
        Valid("1", "numdash", " - ", "0");
        Invalid("1", "numdash", "0");
        Valid("1", "numspacedot", "1 234 567.89", "1234567.89");
        Invalid("1", "numspacedot", "1,234");
        Valid("1", "numcomma", "1234,5", "1234.5");
        Invalid("1", "numcomma", "1.5");
        Valid("1", "numdotcomma", "1.234.567,89", "1234567.89");
        Invalid("1", "numdotcomma", "1,234.5");
        Valid("1", "numspacecomma", "1 234 567,89", "1234567.89");
        Invalid("1", "numspacecomma", "1.234,5");

        // TRR 2 and 3
        Valid("2 3", "numdotdecimal", "1,234,567.89", "1234567.89");
        Valid("2 3", "numdotdecimal", "1 234.5", "1234.5");
        Valid("2 3", "numdotdecimal", "1\u00A0234\u00A0567", "1234567");
        Valid("2 3", "numdotdecimal", "1234", "1234");
        Valid("2 3", "numdotdecimal", " 0.50 ", "0.50");
        Invalid("2 3", "numdotdecimal", "1,23,456");
        Invalid("2 3", "numdotdecimal", "1.234,56");
        Invalid("2 3", "numdotdecimal", ".5");
        Invalid("2 3", "numdotdecimal", "1,234.");
        Invalid("2 3", "numdotdecimal", "");
        Valid("2 3", "numcommadecimal", "1.234.567,89", "1234567.89");
        Valid("2 3", "numcommadecimal", "1 234,5", "1234.5");
        Valid("2 3", "numcommadecimal", "12", "12");
        Invalid("2 3", "numcommadecimal", "1,234.56");
        Valid("2 3", "zerodash", "-", "0");
        Valid("2 3", "zerodash", " \u2014 ", "0");
        Valid("2 3", "zerodash", "\u2013", "0");
        Invalid("2 3", "zerodash", "--");
        Invalid("2 3", "zerodash", "0");
        Valid("2 3", "numunitdecimal", "5 dollars 25 cents", "5.25");
        Valid("2 3", "numunitdecimal", "1,234 Euro 5", "1234.05");
        Valid("2 3", "numunitdecimal", "１，２３４円５６銭", "1234.56");
        Invalid("2 3", "numunitdecimal", "5 dollars");
        Invalid("2 3", "numunitdecimal", "05 dollars 25");
        Valid("2 3", "booleanfalse", "No", "false");
        Valid("2 3", "booleantrue", "Yes", "true");
        Valid("2 3", "nocontent", "anything at all", "");
        Valid("3", "numdotdecimalin", "1,00,00,000.50", "10000000.50");
        Valid("3", "numdotdecimalin", "12345", "12345");
        Invalid("3", "numdotdecimalin", "1,000,00");
        Valid("3", "numunitdecimalin", "1,00,000 rupees 50 paise", "100000.50");
        Invalid("3", "numunitdecimalin", "rupees 50");

        // TRR 4 and 5
        Valid("4 5", "num-dot-decimal", "1,234,567.89", "1234567.89");
        Valid("4 5", "num-dot-decimal", "94,930", "94930");
        Valid("4 5", "num-dot-decimal", "1,000.00", "1000");
        Valid("4 5", "num-dot-decimal", "0.50", "0.5");
        Valid("4 5", "num-dot-decimal", ".5", "0.5");
        Valid("4 5", "num-dot-decimal", "007", "7");
        Valid("4 5", "num-dot-decimal", "0", "0");
        Valid("4 5", "num-dot-decimal", "0.000", "0");
        Valid("4 5", "num-dot-decimal", "1,2,3", "123");
        Valid("4 5", "num-dot-decimal", " 1 234\u00A0567.1 2 ", "1234567.12");
        Valid("4 5", "num-dot-decimal", "\n  391,035\n", "391035");
        Invalid("4 5", "num-dot-decimal", "1.234.5");
        Invalid("4 5", "num-dot-decimal", "1,234.");
        Invalid("4 5", "num-dot-decimal", "12a");
        Invalid("4 5", "num-dot-decimal", "-5");
        Invalid("4 5", "num-dot-decimal", ",");
        Invalid("4 5", "num-dot-decimal", "");
        Valid("4 5", "num-comma-decimal", "1.234.567,89", "1234567.89");
        Valid("4 5", "num-comma-decimal", "0,50", "0.5");
        Valid("4 5", "num-comma-decimal", "1 000", "1000");
        Invalid("4 5", "num-comma-decimal", "1,234,56");
        Invalid("4 5", "num-comma-decimal", "1.234.567.89,0,1");
        Valid("4 5", "num-unit-decimal", "5 dollars 25 cents", "5.25");
        Valid("4 5", "num-unit-decimal", "1,234 Euro 5", "1234.05");
        Valid("4 5", "num-unit-decimal", "１，２３４円５６銭", "1234.56");
        Valid("4 5", "num-unit-decimal", "0 dollars 50", "0.5");
        Invalid("4 5", "num-unit-decimal", "5 dollars");
        Invalid("4 5", "num-unit-decimal", "dollars 5");
        Valid("4 5", "numdotdecimalin", "1,00,00,000.50", "10000000.5");
        Valid("4 5", "numdotdecimalin", "0012345", "12345");
        Invalid("4 5", "numdotdecimalin", "1,000,00");
        Valid("4 5", "fixed-zero", "-", "0");
        Valid("4 5", "fixed-zero", "nil", "0");
        Valid("4 5", "fixed-empty", "None", "");
        Valid("4 5", "fixed-false", "No", "false");
        Valid("4 5", "fixed-true", "Yes", "true");
        Valid("5", "num-dot-decimal-apos", "1'234'567.89", "1234567.89");
        Valid("5", "num-dot-decimal-apos", "1’234.50", "1234.5");
        Invalid("5", "num-dot-decimal-apos", "1'234,567.89.1");
        Valid("5", "num-comma-decimal-apos", "1'234'567,89", "1234567.89");
        Valid("5", "num-comma-decimal-apos", "1.234,0", "1234");
        Invalid("5", "num-comma-decimal-apos", "1'234.567,89,1");
        Valid("5", "num-unit-decimal-apos", "1'234 Fr. 50", "1234.5");
        Invalid("5", "num-unit-decimal-apos", "Fr. 50");
    }

    private static void EnglishDates()
    {
        Valid("2 3 4 5", "datedaymonthen|date-day-monthname-en", "29 March", "--03-29");
        Valid("2 3 4 5", "datedaymonthen|date-day-monthname-en", "1 FEB", "--02-01");
        Valid("2 3 4 5", "datedaymonthen|date-day-monthname-en", "29 Feb", "--02-29");
        Invalid("2 3 4 5", "datedaymonthen|date-day-monthname-en", "31 April");
        Invalid("2 3 4 5", "datedaymonthen|date-day-monthname-en", "29 Mar 2025");
        Valid("2 3 4 5", "datemonthdayen|date-monthname-day-en", "March 29th", "--03-29");
        Valid("2 3 4 5", "datemonthdayen|date-monthname-day-en", "Dec 1", "--12-01");
        Invalid("2 3 4 5", "datemonthdayen|date-monthname-day-en", "Foo 29");
        Invalid("2 3 4 5", "datemonthdayen|date-monthname-day-en", "June 31");
        Valid("2 3 4 5", "datedaymonthyearen|date-day-monthname-year-en", "29 March 2025", "2025-03-29");
        Valid("2 3 4 5", "datedaymonthyearen|date-day-monthname-year-en", "1 JAN 25", "2025-01-01");
        Invalid("2 3 4 5", "datedaymonthyearen|date-day-monthname-year-en", "30 February 2025");
        Invalid("2 3 4 5", "datedaymonthyearen|date-day-monthname-year-en", "29 March 202");
        Valid("2 3 4 5", "datemonthdayyearen|date-monthname-day-year-en", "March\u00A029, 2025", "2025-03-29");
        Valid("2 3 4 5", "datemonthdayyearen|date-monthname-day-year-en", "Feb 29, 2024", "2024-02-29");
        Valid("2 3 4 5", "datemonthdayyearen|date-monthname-day-year-en", "SEPTEMBER 28, 24", "2024-09-28");
        Invalid("2 3 4 5", "datemonthdayyearen|date-monthname-day-year-en", "Feb 29, 2025");
        Invalid("2 3 4 5", "datemonthdayyearen|date-monthname-day-year-en", "29 March 2025");
        Valid("2 3 4 5", "datemonthyearen|date-monthname-year-en", "March 2025", "2025-03");
        Valid("2 3 4 5", "datemonthyearen|date-monthname-year-en", "Dec 24", "2024-12");
        Invalid("2 3 4 5", "datemonthyearen|date-monthname-year-en", "Smarch 2025");
        Invalid("2 3 4 5", "datemonthyearen|date-monthname-year-en", "March 202");
        Valid("2 3 4 5", "dateyearmonthen|date-year-monthname-en", "2025 March", "2025-03");
        Valid("2 3 4 5", "dateyearmonthen|date-year-monthname-en", "25 Jan", "2025-01");
        Invalid("2 3 4 5", "dateyearmonthen|date-year-monthname-en", "2025 Marchy");
    }

    private static void Sec()
    {
        // The values Apple's 10-Q for the quarter to 2025-03-29 displays, and the extraction's values for them.
        Valid("sec", "duryear", "17", "P17Y");
        Valid("sec", "duryear", "2.7", "P2Y8M12D");
        Valid("sec", "duryear", "0", "P0Y");
        Valid("sec", "duryear", "-1.5", "-P1Y6M");
        Invalid("sec", "duryear", "two");
        Invalid("sec", "duryear", "1,5");
        Valid("sec", "durmonth", "12", "P12M");
        Valid("sec", "durmonth", "1.5", "P1M15D");
        Valid("sec", "durmonth", "0", "P0M");
        Invalid("sec", "durmonth", "twelve");
        Valid("sec", "durweek", "2", "P14D");
        Valid("sec", "durweek", "0.5", "P3D");
        Invalid("sec", "durweek", "2 weeks");
        Valid("sec", "durday", "1.5", "P1DT12H");
        Valid("sec", "durday", "3", "P3D");
        Valid("sec", "durday", "0", "P0D");
        Invalid("sec", "durday", "3d");
        Valid("sec", "durhour", "36", "PT36H");
        Valid("sec", "durhour", "0", "PT0H");
        Invalid("sec", "durhour", "");
        Valid("sec", "datequarterend", "Q3 2025", "2025-09-30");
        Valid("sec", "datequarterend", "2025 fourth quarter", "2025-12-31");
        Valid("sec", "datequarterend", "first quarter of 2024", "2024-03-31");
        Invalid("sec", "datequarterend", "fifth quarter 2025");
        Valid("sec", "numinf", "unlimited", "INF");
        Valid("sec", "numneginf", "unlimited", "-INF");
        Valid("sec", "numnan", "not applicable", "NaN");
        Valid("sec", "numwordsen", "two", "2");
        Valid("sec", "numwordsen", "one hundred and five", "105");
        Valid("sec", "numwordsen", "Twenty-three thousand, four hundred fifty-six", "23456");
        Valid("sec", "numwordsen", "no", "0");
        Valid("sec", "numwordsen", "None", "0");
        Valid("sec", "numwordsen", "nil", "0");
        Valid("sec", "numwordsen", "zero", "0");
        Valid("sec", "numwordsen", "two million three", "2000003");
        Valid("sec", "numwordsen", "two thousand and five", "2005");
        Valid("sec", "numwordsen", "Twelve hundred", "1200");
        Valid("sec", "numwordsen", "one million, two hundred thousand", "1200000");
        Valid("sec", "numwordsen", "twenty one", "21");
        Valid("sec", "numwordsen", "nine hundred ninety-nine quintillion", "999000000000000000000");
        Invalid("sec", "numwordsen", "two thousand and one hundred");
        Invalid("sec", "numwordsen", "three-hundred");
        Invalid("sec", "numwordsen", "two thousand three million");
        Invalid("sec", "numwordsen", "two millions");
        Invalid("sec", "numwordsen", "TWO");
        Invalid("sec", "numwordsen", "two and a half");
        Invalid("sec", "numwordsen", "");
        Valid("sec", "durwordsen", "Five years, two months", "P5Y2M");
        Valid("sec", "durwordsen", "20 days", "P20D");
        Valid("sec", "durwordsen", "zero years", "P0D");
        Valid("sec", "durwordsen", "One hundred and twenty days", "P120D");
        Valid("sec", "durwordsen", "1 year and 6 months", "P1Y6M");
        Valid("sec", "durwordsen", "Three-hundred days", "P300D");
        Valid("sec", "durwordsen", "two years, ", "P2Y");
        Invalid("sec", "durwordsen", "two years,");
        Invalid("sec", "durwordsen", "five years and");
        Invalid("sec", "durwordsen", "TWO years");
        Invalid("sec", "durwordsen", "12345 days");
        Invalid("sec", "durwordsen", "five weeks");
        Invalid("sec", "durwordsen", " ");
        Valid("sec", "boolballotbox", "\u2610", "false");
        Valid("sec", "boolballotbox", "  \u2610", "false");
        Valid("sec", "boolballotbox", "\u2611", "true");
        Valid("sec", "boolballotbox", "\u2612", "true");
        Invalid("sec", "boolballotbox", "X");
        Invalid("sec", "boolballotbox", "\u00A0\u2610");
        Valid("sec", "yesnoballotbox", "\u2610", "No");
        Valid("sec", "yesnoballotbox", "\u2611", "Yes");
        Valid("sec", "yesnoballotbox", "\u2612  ", "Yes");
        Invalid("sec", "yesnoballotbox", "\u2610\u00A0");
        Valid("sec", "stateprovnameen", "California", "CA");
        Valid("sec", "stateprovnameen", "new  york", "NY");
        Valid("sec", "stateprovnameen", "Virgin Islands, U.S.", "VI");
        Valid("sec", "stateprovnameen", "Québec", "QC");
        Valid("sec", "stateprovnameen", "Samoa", "AS");
        Invalid("sec", "stateprovnameen", "Calif");
        Invalid("sec", "stateprovnameen", "NEW YORK");
        Valid("sec", "exchnameen", "The Nasdaq Stock Market LLC", "NASDAQ");
        Valid("sec", "exchnameen", "NASDAQ Global Select Market", "NASDAQ");
        Valid("sec", "exchnameen", "New York Stock Exchange", "NYSE");
        Valid("sec", "exchnameen", "NYSE Arca", "NYSEArca");
        Valid("sec", "exchnameen", "Cboe BZX Exchange, Inc.", "CboeBZX");
        Valid("sec", "exchnameen", "Nasdaq PHLX LLC", "Phlx");
        Invalid("sec", "exchnameen", "London Stock Exchange");
        Valid("sec", "entityfilercategoryen", "Large accelerated filer", "Large Accelerated Filer");
        Valid("sec", "entityfilercategoryen", "Accelerated Filer", "Accelerated Filer");
        Valid("sec", "entityfilercategoryen", "Non-accelerated Filer", "Non-accelerated Filer");
        Invalid("sec", "entityfilercategoryen", "Smaller reporting company");
    }
}
