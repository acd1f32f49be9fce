using System.Globalization;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// How both readers take a numeric fact's value: a <see cref="decimal"/> when one holds it; an empty numeric value
/// and a note when it is a number no decimal holds (INF, NaN, beyond ±7.9·10^28 such as <c>1e400</c>, or more
/// digits than a decimal keeps); an error only when it is not a number at all. One rule, so a value too large for a
/// decimal costs the fact its numeric value and never the document.
/// </summary>
internal static partial class XbrlNumber
{
    /// <summary>What a numeric fact's value is.</summary>
    public enum Kind
    {
        /// <summary>A decimal holds it.</summary>
        Number,

        /// <summary>An xs:decimal or xs:double no decimal holds.</summary>
        Unrepresentable,

        /// <summary>Not a number.</summary>
        NotANumber,
    }

    /// <summary>Parses <paramref name="value"/> (xs:decimal, or xs:double with an exponent, INF or NaN).</summary>
    public static Kind Parse(string value, out decimal number)
    {
        const NumberStyles Style = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(value, Style, CultureInfo.InvariantCulture, out number))
        {
            return Kind.Number;
        }

        return value is "INF" or "-INF" or "+INF" or "NaN" || Lexical().IsMatch(value) ? Kind.Unrepresentable : Kind.NotANumber;
    }

    /// <summary>The note on the facts whose value no decimal holds, naming the first.</summary>
    public static string UnrepresentableNote(int count, string first) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} numeric fact value(s) cannot be held by a decimal (INF, NaN, beyond ±7.9E28 or more digits than 28; first: {first}); their NumericValue is empty.");

    /// <summary>The first unrepresentable value, for the note: the fact's concept, its value as an excerpt and where.</summary>
    public static string Describe(QName concept, string value, string where) => $"{concept} = {Excerpt.Shorten(value)} at {where}";

    // The lexical space of xs:decimal and xs:double's finite numbers; linear in the value, whatever its length.
    [GeneratedRegex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Lexical();
}
