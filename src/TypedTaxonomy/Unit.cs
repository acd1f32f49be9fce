using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;

namespace TypedTaxonomy;

/// <summary>
/// The unit of a numeric fact: a product of numerator measures, optionally divided by a product of denominator
/// measures (<c>iso4217:USD</c>, <c>xbrli:shares</c>, <c>iso4217:USD/xbrli:shares</c>). Two units are equal when
/// they have the same measures, in any order (XBRL 2.1 section 4.10, u-equal).
/// </summary>
public sealed class Unit : IEquatable<Unit>
{
    /// <summary>The unit of share counts, <c>xbrli:shares</c>.</summary>
    public static readonly Unit Shares = new([new QName(XbrlNamespaces.Xbrli, "xbrli", "shares")]);

    /// <summary>The unit of ratios and other pure numbers, <c>xbrli:pure</c>.</summary>
    public static readonly Unit Pure = new([new QName(XbrlNamespaces.Xbrli, "xbrli", "pure")]);

    /// <summary>Creates a unit from its measures.</summary>
    /// <param name="numerator">The numerator measures; at least one.</param>
    /// <param name="denominator">The denominator measures; none for a simple unit.</param>
    /// <exception cref="ArgumentException">There is no numerator measure, or a measure has no local name.</exception>
    public Unit(IEnumerable<QName> numerator, IEnumerable<QName>? denominator = null)
    {
        ArgumentNullException.ThrowIfNull(numerator);
        // Measures are kept in one canonical order so that equal units compare element by element and print alike.
        Numerator = [.. numerator.Order(QName.ExpandedNameOrder)];
        Denominator = denominator is null ? [] : [.. denominator.Order(QName.ExpandedNameOrder)];
        if (Numerator.IsEmpty)
        {
            throw new ArgumentException("A unit needs at least one numerator measure.", nameof(numerator));
        }

        if (Numerator.Concat(Denominator).Any(m => string.IsNullOrEmpty(m.LocalName)))
        {
            throw new ArgumentException("A measure needs a local name.", nameof(numerator));
        }
    }

    /// <summary>The numerator measures, in canonical order (by namespace URI, then local name).</summary>
    public ImmutableArray<QName> Numerator { get; }

    /// <summary>The denominator measures, in canonical order; empty for a simple unit.</summary>
    public ImmutableArray<QName> Denominator { get; }

    /// <summary>Whether this is a single ISO 4217 currency measure with no denominator, the unit of monetary facts.</summary>
    public bool IsMonetary =>
        Numerator.Length == 1 && Denominator.IsEmpty && Numerator[0].NamespaceUri == XbrlNamespaces.Iso4217;

    /// <summary>The ISO 4217 code (<c>USD</c>) of a monetary unit; <see langword="null"/> for any other unit.</summary>
    public string? CurrencyCode => IsMonetary ? Numerator[0].LocalName : null;

    /// <summary>Whether this is <c>xbrli:pure</c>.</summary>
    public bool IsPure => Equals(Pure);

    /// <summary>Whether this is <c>xbrli:shares</c>.</summary>
    public bool IsShares => Equals(Shares);

    /// <summary>Whether the unit has a denominator.</summary>
    public bool IsDivision => !Denominator.IsEmpty;

    /// <summary>The unit of a currency.</summary>
    /// <param name="isoCode">A three-letter ISO 4217 code such as <c>USD</c>.</param>
    /// <exception cref="ArgumentException">The code is not three upper-case letters.</exception>
    public static Unit Currency(string isoCode)
    {
        ArgumentNullException.ThrowIfNull(isoCode);
        if (isoCode.Length != 3 || !isoCode.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"{Excerpt.Quote(isoCode)} is not an ISO 4217 code (three upper-case letters).", nameof(isoCode));
        }

        return new Unit([new QName(XbrlNamespaces.Iso4217, "iso4217", isoCode)]);
    }

    /// <summary>
    /// The unit <paramref name="a"/>/<paramref name="b"/>, in simplest form: a measure in both numerator and
    /// denominator cancels (XBRL 2.1 section 4.8.2), and a unit that cancels completely is <see cref="Pure"/>.
    /// </summary>
    /// <param name="a">The dividend's unit.</param>
    /// <param name="b">The divisor's unit.</param>
    public static Unit Divide(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Simplify([.. a.Numerator, .. b.Denominator], [.. a.Denominator, .. b.Numerator]);
    }

    /// <summary>The unit <paramref name="a"/>×<paramref name="b"/>, in simplest form.</summary>
    /// <param name="a">The first factor's unit.</param>
    /// <param name="b">The second factor's unit.</param>
    public static Unit Multiply(Unit a, Unit b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Simplify([.. a.Numerator, .. b.Numerator], [.. a.Denominator, .. b.Denominator]);
    }

    private static Unit Simplify(List<QName> numerator, List<QName> denominator)
    {
        for (var i = numerator.Count - 1; i >= 0; i--)
        {
            var j = denominator.IndexOf(numerator[i]);
            if (j >= 0)
            {
                denominator.RemoveAt(j);
                numerator.RemoveAt(i);
            }
        }

        // xbrli:pure is the multiplicative identity: it only stays when nothing else is left.
        numerator.RemoveAll(m => m.Equals(Pure.Numerator[0]));
        denominator.RemoveAll(m => m.Equals(Pure.Numerator[0]));
        return numerator.Count == 0 && denominator.Count == 0 ? Pure
            : numerator.Count == 0 ? new Unit(Pure.Numerator, denominator)
            : new Unit(numerator, denominator);
    }

    /// <summary>
    /// Parses a unit string: a measure (<c>iso4217:USD</c>), a product (<c>a * b</c>), or a division
    /// (<c>iso4217:USD / xbrli:shares</c>, <c>(a * b) / (c * d)</c>). Spaces around operators are allowed.
    /// </summary>
    /// <param name="text">The unit string.</param>
    /// <param name="resolvePrefix">
    /// Maps a prefix to its namespace URI, <see langword="null"/> when undeclared; see
    /// <see cref="XbrlNamespaces.ResolveStandardPrefix"/> for the standard prefixes.
    /// </param>
    /// <exception cref="FormatException">The text is not a unit string or uses an undeclared prefix.</exception>
    public static Unit Parse(string text, Func<string, string?> resolvePrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolvePrefix);
        var parts = text.Split('/');
        if (parts.Length > 2)
        {
            throw new FormatException($"The unit {Excerpt.Quote(text)} has more than one '/'.");
        }

        var numerator = ParseProduct(parts[0], text, resolvePrefix);
        var denominator = parts.Length == 2 ? ParseProduct(parts[1], text, resolvePrefix) : [];
        return new Unit(numerator, denominator);
    }

    private static List<QName> ParseProduct(string part, string text, Func<string, string?> resolvePrefix)
    {
        var s = part.Trim();
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = s[1..^1];
        }

        var measures = new List<QName>();
        foreach (var item in s.Split('*'))
        {
            var measure = item.Trim();
            if (measure.Length == 0 || measure.Contains('(') || measure.Contains(')'))
            {
                throw new FormatException($"The unit {Excerpt.Quote(text)} is not of the form 'a', 'a * b', 'a / b' or '(a * b) / (c * d)'.");
            }

            try
            {
                measures.Add(QName.Parse(measure, resolvePrefix));
            }
            catch (FormatException e)
            {
                throw new FormatException($"The unit {Excerpt.Quote(text)} has a bad measure: {e.Message}", e);
            }
        }

        return measures;
    }

    /// <summary>Compares measures, ignoring their order and prefixes.</summary>
    /// <param name="other">The unit to compare with.</param>
    public bool Equals(Unit? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Numerator.SequenceEqual(other.Numerator) && Denominator.SequenceEqual(other.Denominator)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var m in Numerator)
        {
            hash.Add(m);
        }

        hash.Add(Denominator.Length);
        foreach (var m in Denominator)
        {
            hash.Add(m);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// The unit string: <c>iso4217:USD</c>, <c>iso4217:USD/xbrli:shares</c>, <c>(a*b)/c</c>; measures in
    /// canonical order.
    /// </summary>
    public override string ToString() => Format(m => m.ToString());

    /// <summary>
    /// Writes the unit with each measure formatted by <paramref name="formatMeasure"/>, numerator and denominator
    /// measures each sorted by their formatted text, as the OIM unit string representation (OIM common section 3.4)
    /// requires.
    /// </summary>
    /// <param name="formatMeasure">Formats one measure, for example with the prefixes of an output document.</param>
    public string Format(Func<QName, string> formatMeasure)
    {
        ArgumentNullException.ThrowIfNull(formatMeasure);
        var sb = new StringBuilder();
        AppendProduct(sb, Numerator, formatMeasure, parenthesize: !Denominator.IsEmpty);
        if (!Denominator.IsEmpty)
        {
            sb.Append('/');
            AppendProduct(sb, Denominator, formatMeasure, parenthesize: true);
        }

        return sb.ToString();
    }

    private static void AppendProduct(StringBuilder sb, ImmutableArray<QName> measures, Func<QName, string> format, bool parenthesize)
    {
        var texts = measures.Select(format).Order(StringComparer.Ordinal).ToList();
        var wrap = parenthesize && texts.Count > 1;
        if (wrap)
        {
            sb.Append('(');
        }

        sb.AppendJoin('*', texts);
        if (wrap)
        {
            sb.Append(')');
        }
    }
}
