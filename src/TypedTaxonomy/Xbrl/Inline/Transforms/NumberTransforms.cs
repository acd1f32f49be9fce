using System;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// The numeric formats of the transformation registries. The formats nearly every filing uses (<c>num-dot-decimal</c>,
/// <c>numdotdecimal</c>, <c>zerodash</c>, the fixed values) are scanned by hand without a regular expression and
/// return the displayed text itself when it already is the value; the rest follow Arelle's expressions.
/// </summary>
internal static partial class NumberTransforms
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>The characters <c>zerodash</c> reads as zero: the hyphen-minus and the Unicode dashes.</summary>
    internal const string Dashes = "-\u058A\u05BE\u2010\u2011\u2012\u2013\u2014\u2015\uFE58\uFE63\uFF0D";

    /// <summary>The apostrophes TRR 5's <c>-apos</c> formats accept as thousands separators.</summary>
    private const string Apostrophes = "'`´’′";

    public static string? Zero(string text) => "0";

    public static string? Empty(string text) => string.Empty;

    public static string? True(string text) => "true";

    public static string? False(string text) => "false";

    /// <summary>TRR 2/3 <c>zerodash</c>: one dash, optionally surrounded by XML whitespace.</summary>
    public static string? ZeroDash(string text)
    {
        var core = TrimXmlWhitespace(text);
        return core.Length == 1 && Dashes.Contains(core[0], StringComparison.Ordinal) ? "0" : null;
    }

    /// <summary>TRR 2/3 <c>numdotdecimal</c>: groups of three digits separated by comma, space or no-break space, a dot before the fraction.</summary>
    public static string? NumDotDecimal(string text) => GroupedNumber(text, ',', '.');

    /// <summary>TRR 2/3 <c>numcommadecimal</c>: groups of three digits separated by dot, space or no-break space, a comma before the fraction.</summary>
    public static string? NumCommaDecimal(string text) => GroupedNumber(text, '.', ',');

    /// <summary>TRR 4/5 <c>num-dot-decimal</c>: digits with commas, spaces or no-break spaces anywhere, a dot before the fraction.</summary>
    public static string? NumDotDecimalTrr4(string text) => LooseNumber(text, ',', '.', string.Empty);

    /// <summary>TRR 4/5 <c>num-comma-decimal</c>: digits with dots, spaces or no-break spaces anywhere, a comma before the fraction.</summary>
    public static string? NumCommaDecimalTrr4(string text) => LooseNumber(text, '.', ',', string.Empty);

    /// <summary>TRR 5 <c>num-dot-decimal-apos</c>: as <c>num-dot-decimal</c>, apostrophes also separating thousands.</summary>
    public static string? NumDotDecimalApos(string text) => LooseNumber(text, ',', '.', Apostrophes);

    /// <summary>TRR 5 <c>num-comma-decimal-apos</c>: as <c>num-comma-decimal</c>, apostrophes also separating thousands.</summary>
    public static string? NumCommaDecimalApos(string text) => LooseNumber(text, '.', ',', Apostrophes);

    /// <summary>
    /// TRR 2/3 grouped numbers: <c>[0-9]{1,3}([sep]?[0-9]{3})*(decimal[0-9]+)?</c> between XML whitespace, where sep is the
    /// group separator, a space or a no-break space. The value is the text without its separators.
    /// </summary>
    private static string? GroupedNumber(string text, char groupSeparator, char decimalSeparator)
    {
        var core = TrimXmlWhitespace(text);
        var i = 0;
        var chunk = 0; // digits since the last separator
        var separated = false;
        var separators = 0;
        for (; i < core.Length; i++)
        {
            var c = core[i];
            if (char.IsAsciiDigit(c))
            {
                chunk++;
            }
            else if (c == groupSeparator || c == ' ' || c == NoBreakSpace)
            {
                if (chunk == 0 || (separated && chunk % 3 != 0))
                {
                    return null;
                }

                separated = true;
                separators++;
                chunk = 0;
            }
            else
            {
                break;
            }
        }

        if (chunk == 0 || (separated && chunk % 3 != 0))
        {
            return null;
        }

        var fractionStart = -1;
        if (i < core.Length)
        {
            if (core[i] != decimalSeparator || i + 1 == core.Length)
            {
                return null;
            }

            fractionStart = i;
            for (i++; i < core.Length; i++)
            {
                if (!char.IsAsciiDigit(core[i]))
                {
                    return null;
                }
            }
        }

        if (separators == 0 && decimalSeparator == '.')
        {
            return core.Length == text.Length ? text : core.ToString();
        }

        return string.Create(core.Length - separators, (Text: text, Start: text.Length - TrimStartXmlWhitespace(text).Length, Length: core.Length, Decimal: decimalSeparator, FractionStart: fractionStart), static (span, state) =>
        {
            var source = state.Text.AsSpan(state.Start, state.Length);
            var j = 0;
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                if (char.IsAsciiDigit(c))
                {
                    span[j++] = c;
                }
                else if (k == state.FractionStart)
                {
                    span[j++] = '.';
                }
            }
        });
    }

    /// <summary>
    /// TRR 4/5 loose numbers: XML whitespace, then digits, group separators, spaces and no-break spaces in any order,
    /// then optionally the decimal separator and at least one digit, space or no-break space, then XML whitespace.
    /// Without the separators it must be an xs:decimal; the value is its canonical form (no leading zeros, no trailing
    /// fraction zeros).
    /// </summary>
    private static string? LooseNumber(string text, char groupSeparator, char decimalSeparator, string extraGroupSeparators)
    {
        var s = text.AsSpan();
        var i = 0;
        while (i < s.Length && IsXmlWhitespace(s[i]))
        {
            i++;
        }

        // Integer part: first and last significant digit, digit count.
        var firstNonZero = -1;
        var integerDigits = 0;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                integerDigits++;
                if (firstNonZero < 0 && c != '0')
                {
                    firstNonZero = i;
                }
            }
            else if (!(c == groupSeparator || c == ' ' || c == NoBreakSpace || extraGroupSeparators.Contains(c, StringComparison.Ordinal)))
            {
                break;
            }
        }

        var integerEnd = i;
        var fractionDigits = 0;
        var lastNonZeroFraction = -1;
        var fractionStart = -1;
        if (i < s.Length && s[i] == decimalSeparator)
        {
            fractionStart = i;
            var fractionChars = 0;
            for (i++; i < s.Length; i++)
            {
                var c = s[i];
                if (char.IsAsciiDigit(c))
                {
                    fractionDigits++;
                    fractionChars++;
                    if (c != '0')
                    {
                        lastNonZeroFraction = i;
                    }
                }
                else if (c == ' ' || c == NoBreakSpace)
                {
                    fractionChars++;
                }
                else
                {
                    break;
                }
            }

            if (fractionChars == 0)
            {
                return null;
            }
        }

        for (; i < s.Length; i++)
        {
            if (!IsXmlWhitespace(s[i]))
            {
                return null;
            }
        }

        if (integerDigits == 0 && fractionDigits == 0)
        {
            return null;
        }

        // Canonical: the significant integer digits (or 0), then the fraction up to its last non-zero digit.
        var integerLength = 0;
        if (firstNonZero >= 0)
        {
            for (var k = firstNonZero; k < integerEnd; k++)
            {
                if (char.IsAsciiDigit(s[k]))
                {
                    integerLength++;
                }
            }
        }

        var fractionLength = 0;
        if (lastNonZeroFraction >= 0)
        {
            for (var k = fractionStart + 1; k <= lastNonZeroFraction; k++)
            {
                if (char.IsAsciiDigit(s[k]))
                {
                    fractionLength++;
                }
            }
        }

        if (integerLength == 0 && fractionLength == 0)
        {
            return "0";
        }

        var length = Math.Max(integerLength, 1) + (fractionLength > 0 ? fractionLength + 1 : 0);
        if (fractionLength == 0 && firstNonZero >= 0 && integerLength == integerEnd - firstNonZero && firstNonZero == 0 && integerEnd == text.Length)
        {
            return text; // already canonical: digits only
        }

        return string.Create(length, (Text: text, FirstNonZero: firstNonZero, IntegerEnd: integerEnd, FractionStart: fractionStart, LastNonZero: lastNonZeroFraction, FractionLength: fractionLength), static (span, state) =>
        {
            var j = 0;
            if (state.FirstNonZero < 0)
            {
                span[j++] = '0';
            }
            else
            {
                for (var k = state.FirstNonZero; k < state.IntegerEnd; k++)
                {
                    if (char.IsAsciiDigit(state.Text[k]))
                    {
                        span[j++] = state.Text[k];
                    }
                }
            }

            if (state.FractionLength > 0)
            {
                span[j++] = '.';
                for (var k = state.FractionStart + 1; k <= state.LastNonZero; k++)
                {
                    if (char.IsAsciiDigit(state.Text[k]))
                    {
                        span[j++] = state.Text[k];
                    }
                }
            }
        });
    }

    /// <summary>TRR 2/3 <c>numunitdecimal</c>: whole units, a unit name, then one or two digits of hundredths (e.g. "5 dollars 25 cents").</summary>
    public static string? NumUnitDecimal(string text)
    {
        var m = NumUnitDecimalPattern().Match(JapaneseDigitsToAscii(text));
        if (!m.Success)
        {
            return null;
        }

        return RemoveAny(m.Groups["int"].Value, ".,\uFF0C\uFF0E") + "." + Z2(m.Groups["frac"].Value);
    }

    /// <summary>TRR 4/5 <c>num-unit-decimal</c>: as <c>numunitdecimal</c> with separators anywhere, canonical.</summary>
    public static string? NumUnitDecimalTrr4(string text) => NumUnitDecimalLoose(NumUnitDecimalTrr4Pattern().Match(JapaneseDigitsToAscii(text)), ".,\uFF0C\uFF0E");

    /// <summary>TRR 5 <c>num-unit-decimal-apos</c>: as <c>num-unit-decimal</c>, apostrophes also separating thousands.</summary>
    public static string? NumUnitDecimalApos(string text) => NumUnitDecimalLoose(NumUnitDecimalAposPattern().Match(JapaneseDigitsToAscii(text)), ".,\uFF0C\uFF0E'`´’′＇");

    private static string? NumUnitDecimalLoose(Match m, string separators)
    {
        if (!m.Success)
        {
            return null;
        }

        var major = RemoveAny(m.Groups["int"].Value, separators);
        var fraction = Z2(m.Groups["frac"].Value);
        return major.Length > 0 ? Canonical(major + "." + fraction) : null;
    }

    /// <summary>TRR 3 <c>numdotdecimalin</c>: Indian grouping (lakh, crore): 1,00,00,000.50.</summary>
    public static string? NumDotDecimalIn(string text)
    {
        var m = NumDotDecimalInPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        return RemoveAny(m.Groups["int"].Value, ", \u00A0") + m.Groups["frac"].Value;
    }

    /// <summary>TRR 4 <c>numdotdecimalin</c>: as TRR 3, canonical.</summary>
    public static string? NumDotDecimalInTrr4(string text) => NumDotDecimalIn(text) is { } value ? Canonical(value) : null;

    /// <summary>TRR 3 <c>numunitdecimalin</c>: Indian grouping, a unit name, then one or two digits of hundredths.</summary>
    public static string? NumUnitDecimalIn(string text)
    {
        var m = NumUnitDecimalInPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }

        return RemoveAny(m.Groups["int"].Value, ", \u00A0") + "." + Z2(m.Groups["frac"].Value);
    }

    // TRR 1 numeric formats.

    /// <summary>TRR 1 <c>numcommadot</c>: 1,234,567.89.</summary>
    public static string? NumCommaDot(string text) => NumCommaDotPattern().IsMatch(text) ? Trimmed(text).Replace(",", string.Empty, StringComparison.Ordinal) : null;

    /// <summary>TRR 1 <c>numdash</c>: a hyphen for zero.</summary>
    public static string? NumDash(string text) => NumDashPattern().IsMatch(text) ? "0" : null;

    /// <summary>TRR 1 <c>numspacedot</c>: 1 234 567.89.</summary>
    public static string? NumSpaceDot(string text) => NumSpaceDotPattern().IsMatch(text) ? RemoveAny(Trimmed(text), " \u00A0") : null;

    /// <summary>TRR 1 <c>numcomma</c>: 1234567,89.</summary>
    public static string? NumComma(string text) => NumCommaPattern().IsMatch(text) ? Trimmed(text).Replace(',', '.') : null;

    /// <summary>TRR 1 <c>numdotcomma</c>: 1.234.567,89.</summary>
    public static string? NumDotComma(string text) => NumDotCommaPattern().IsMatch(text) ? Trimmed(text).Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.') : null;

    /// <summary>TRR 1 <c>numspacecomma</c>: 1 234 567,89.</summary>
    public static string? NumSpaceComma(string text) => NumSpaceCommaPattern().IsMatch(text) ? RemoveAny(Trimmed(text), " \u00A0").Replace(',', '.') : null;

    /// <summary>
    /// The canonical xs:decimal of an unsigned decimal (Arelle's <c>canonicalNumber</c>): no leading zeros, no trailing
    /// fraction zeros, no fraction when it is zero; null when <paramref name="value"/> is not an xs:decimal.
    /// </summary>
    internal static string? Canonical(string value)
    {
        var m = CanonicalPattern().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var integer = m.Groups["int"].Success ? m.Groups["int"].Value : "0";
        return integer + (m.Groups["frac"].Success ? m.Groups["frac"].Value : string.Empty);
    }

    internal static bool IsXmlWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    /// <summary>The text without leading and trailing XML whitespace (the text itself when it has none).</summary>
    internal static string Trimmed(string text)
    {
        var core = TrimXmlWhitespace(text);
        return core.Length == text.Length ? text : core.ToString();
    }

    internal static ReadOnlySpan<char> TrimXmlWhitespace(string text) => text.AsSpan().Trim(" \t\n\r");

    private static ReadOnlySpan<char> TrimStartXmlWhitespace(string text) => text.AsSpan().TrimStart(" \t\n\r");

    /// <summary>Full-width digits (０-９) as ASCII digits.</summary>
    internal static string JapaneseDigitsToAscii(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uFF10', '\uFF19') < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
            {
                var c = source[k];
                span[k] = c is >= '\uFF10' and <= '\uFF19' ? (char)('0' + (c - '\uFF10')) : c;
            }
        });
    }

    /// <summary>A one-digit number padded to two digits (Arelle's <c>z2</c>).</summary>
    internal static string Z2(string digits) => digits.Length == 1 ? "0" + digits : digits;

    internal static string RemoveAny(string text, string characters)
    {
        if (text.AsSpan().IndexOfAny(characters) < 0)
        {
            return text;
        }

        return string.Create(text.Length - CountAny(text, characters), (Text: text, Characters: characters), static (span, state) =>
        {
            var j = 0;
            foreach (var c in state.Text)
            {
                if (!state.Characters.Contains(c, StringComparison.Ordinal))
                {
                    span[j++] = c;
                }
            }
        });
    }

    private static int CountAny(string text, string characters)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (characters.Contains(c, StringComparison.Ordinal))
            {
                count++;
            }
        }

        return count;
    }

    [GeneratedRegex(@"^[ \t\n\r]*0*(?<int>[1-9][0-9]*)?(([.]0*)[ \t\n\r]*$|(?<frac>[.][0-9]*[1-9])0*[ \t\n\r]*$|[ \t\n\r]*$)", RegexOptions.CultureInvariant)]
    private static partial Regex CanonicalPattern();

    [GeneratedRegex(@"^(?<int>[0]|([1-9][0-9]{0,2}([.,\uFF0C\uFF0E]?[0-9]{3})*))[^0-9,.\uFF0C\uFF0E]+(?<frac>[0-9]{1,2})[^0-9,.\uFF0C\uFF0E]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumUnitDecimalPattern();

    [GeneratedRegex(@"^(?<int>[0-9\.,\uFF0C]+)([^0-9\.,\uFF0C][^0-9]*)(?<frac>[0-9]{1,2})[^0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumUnitDecimalTrr4Pattern();

    [GeneratedRegex(@"^(?<int>[0-9\.,\uFF0C'`´’′＇]+)([^0-9\.,\uFF0C'`´’′＇][^0-9]*)(?<frac>[0-9]{1,2})[^0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumUnitDecimalAposPattern();

    [GeneratedRegex(@"^(?<int>([0-9]{1,2}[, \u00A0])?([0-9]{2}[, \u00A0])*[0-9]{3})(?<frac>[.][0-9]+)?$|^(?<int>[0-9]+)(?<frac>[.][0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumDotDecimalInPattern();

    [GeneratedRegex(@"^(?<int>([0-9]{1,2}[, \u00A0])?([0-9]{2}[, \u00A0])*[0-9]{3})([^0-9]+)(?<frac>[0-9]{1,2})([^0-9]*)$|^(?<int>[0-9]+)([^0-9]+)(?<frac>[0-9]{1,2})([^0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumUnitDecimalInPattern();

    [GeneratedRegex(@"^[ \t\n\r]*[0-9]{1,3}(,[0-9]{3,3})*([.][0-9]+)?[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumCommaDotPattern();

    [GeneratedRegex(@"^[ \t\n\r]*-[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumDashPattern();

    [GeneratedRegex(@"^[ \t\n\r]*[0-9]{1,3}([ \u00A0][0-9]{3,3})*([.][0-9]+)?[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumSpaceDotPattern();

    [GeneratedRegex(@"^[ \t\n\r]*[0-9]+(,[0-9]+)?[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumCommaPattern();

    [GeneratedRegex(@"^[ \t\n\r]*[0-9]{1,3}([.][0-9]{3,3})*(,[0-9]+)?[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumDotCommaPattern();

    [GeneratedRegex(@"^[ \t\n\r]*[0-9]{1,3}([ \u00A0][0-9]{3,3})*(,[0-9]+)?[ \t\n\r]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumSpaceCommaPattern();
}
