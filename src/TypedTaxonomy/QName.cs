using System;
using System.Collections.Generic;

namespace TypedTaxonomy;

/// <summary>
/// An XML qualified name such as <c>us-gaap:Revenues</c>. Two names are equal when their namespace URI and local
/// name are equal; the prefix is only how the name was written, as in XML.
/// </summary>
/// <param name="NamespaceUri">The namespace URI (empty for no namespace).</param>
/// <param name="Prefix">The prefix used to write the name (empty for none).</param>
/// <param name="LocalName">The local name.</param>
public readonly record struct QName(string NamespaceUri, string Prefix, string LocalName)
{
    /// <summary>The name in Clark notation, <c>{namespace}localName</c>, which identifies it without a prefix.</summary>
    public string ExpandedName => NamespaceUri.Length == 0 ? LocalName : "{" + NamespaceUri + "}" + LocalName;

    /// <summary>
    /// The one order of names, ignoring prefixes: by namespace URI, then local name, ordinal (a unit's measures, a
    /// context's dimensions by axis).
    /// </summary>
    internal static readonly Comparer<QName> ExpandedNameOrder = Comparer<QName>.Create(static (a, b) =>
    {
        var byNamespace = string.CompareOrdinal(a.NamespaceUri, b.NamespaceUri);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.LocalName, b.LocalName);
    });

    /// <summary>Compares namespace URI and local name, ignoring the prefix.</summary>
    /// <param name="other">The name to compare with.</param>
    public bool Equals(QName other) =>
        string.Equals(NamespaceUri, other.NamespaceUri, StringComparison.Ordinal)
        && string.Equals(LocalName, other.LocalName, StringComparison.Ordinal);

    /// <summary>A hash of namespace URI and local name.</summary>
    public override int GetHashCode() =>
        HashCode.Combine(
            NamespaceUri is null ? 0 : StringComparer.Ordinal.GetHashCode(NamespaceUri),
            LocalName is null ? 0 : StringComparer.Ordinal.GetHashCode(LocalName));

    /// <summary>The name as written: <c>prefix:LocalName</c>, or just the local name when there is no prefix.</summary>
    public override string ToString() => string.IsNullOrEmpty(Prefix) ? LocalName : Prefix + ":" + LocalName;

    /// <summary>
    /// Parses a prefixed name (<c>prefix:LocalName</c>, or <c>LocalName</c> for the default namespace).
    /// </summary>
    /// <param name="text">The prefixed name.</param>
    /// <param name="resolvePrefix">
    /// Maps a prefix (empty for an unprefixed name) to its namespace URI; returns <see langword="null"/> for an
    /// undeclared prefix.
    /// </param>
    /// <exception cref="FormatException">The text is not a QName or its prefix is not declared.</exception>
    public static QName Parse(string text, Func<string, string?> resolvePrefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolvePrefix);
        if (!TryParseLexical(text.AsSpan().Trim(), out var prefix, out var localName))
        {
            throw new FormatException($"{Excerpt.Quote(text)} is not a qualified name (prefix:LocalName).");
        }

        var ns = resolvePrefix(prefix)
            ?? throw new FormatException(prefix.Length == 0
                ? $"{Excerpt.Quote(text)} has no prefix and there is no default namespace."
                : $"The prefix {Excerpt.Quote(prefix)} of {Excerpt.Quote(text)} is not declared.");
        return new QName(ns, prefix, localName);
    }

    /// <summary>
    /// Splits <c>prefix:local</c> into its parts when both are NCNames (XML names without a colon).
    /// </summary>
    internal static bool TryParseLexical(ReadOnlySpan<char> text, out string prefix, out string localName)
    {
        prefix = string.Empty;
        localName = string.Empty;
        var colon = text.IndexOf(':');
        var prefixSpan = colon < 0 ? ReadOnlySpan<char>.Empty : text[..colon];
        var localSpan = colon < 0 ? text : text[(colon + 1)..];
        if ((colon >= 0 && !IsNCName(prefixSpan)) || !IsNCName(localSpan))
        {
            return false;
        }

        prefix = prefixSpan.ToString();
        localName = localSpan.ToString();
        return true;
    }

    /// <summary>An XML NCName: a name start character then name characters, no colon (XML Namespaces 1.0).</summary>
    internal static bool IsNCName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !IsNameStart(text[0]))
        {
            return false;
        }

        foreach (var c in text[1..])
        {
            if (!IsNameStart(c) && !char.IsAsciiDigit(c) && c != '-' && c != '.' && c != '\u00B7'
                && !(c >= '\u0300' && c <= '\u036F') && !(c >= '\u203F' && c <= '\u2040'))
            {
                return false;
            }
        }

        return true;
    }

    // XML 1.0 (fifth edition) NameStartChar without ':'. Surrogates are accepted as a pair stand-in for #x10000-#xEFFFF.
    private static bool IsNameStart(char c) =>
        char.IsAsciiLetter(c) || c == '_'
        || (c >= '\u00C0' && c <= '\u00D6') || (c >= '\u00D8' && c <= '\u00F6') || (c >= '\u00F8' && c <= '\u02FF')
        || (c >= '\u0370' && c <= '\u037D') || (c >= '\u037F' && c <= '\u1FFF') || (c >= '\u200C' && c <= '\u200D')
        || (c >= '\u2070' && c <= '\u218F') || (c >= '\u2C00' && c <= '\u2FEF') || (c >= '\u3001' && c <= '\uD7FF')
        || (c >= '\uF900' && c <= '\uFDCF') || (c >= '\uFDF0' && c <= '\uFFFD') || char.IsSurrogate(c);
}
