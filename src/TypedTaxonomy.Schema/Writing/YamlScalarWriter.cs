using System;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Schema.Writing;

/// <summary>
/// Writes YAML scalars: plain when that is unambiguous, double-quoted with escapes otherwise. Plain is kept to a
/// safe subset (no flow indicators, no ': ' or ' #', nothing YAML would read as a number, bool or null), so any
/// text round-trips exactly.
/// </summary>
internal static class YamlScalarWriter
{
    // Block context allows brackets and braces after the first character; flow context ends a scalar at them.
    // Every pattern ends with \z: '$' also matches before a final line break, which would let "Revenue\n" out plain.
    private static readonly Regex SafeInBlock = new(@"^[A-Za-z_][A-Za-z0-9 _.,()/&'%+$\[\]{}-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex SafeInFlow = new(@"^[A-Za-z_][A-Za-z0-9 _.()/&'%+$-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex PlainUri = new(@"^[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9._~:/?#@!$&'()*+;=%-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex Reserved = new(@"^(?i:y|n|yes|no|on|off|true|false|null|~)\z", RegexOptions.CultureInvariant);

    /// <summary>A scalar in block context (a mapping value or a sequence item).</summary>
    public static string Format(string value) => IsPlain(value, flow: false) || IsPlainUri(value) ? value : Quote(value);

    /// <summary>A scalar inside <c>[...]</c> or <c>{...}</c>, where commas end a plain scalar.</summary>
    public static string FormatInFlow(string value) => IsPlain(value, flow: true) ? value : Quote(value);

    /// <summary>A QName or name (<c>us-gaap:Revenues</c>), plain in block and flow context when it is a valid name.</summary>
    public static string Name(string value) =>
        Regex.IsMatch(value, @"^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?\z", RegexOptions.CultureInvariant) && !Reserved.IsMatch(value)
            ? value
            : Quote(value);

    /// <summary>Always double-quoted: for values such as versions that must stay text even when they look like numbers.</summary>
    public static string Quoted(string value) => Quote(value);

    private static bool IsPlain(string value, bool flow) =>
        value.Length > 0
        && (flow ? SafeInFlow : SafeInBlock).IsMatch(value)
        && !value.EndsWith(" ", StringComparison.Ordinal)
        && !value.Contains("  ")
        && !Reserved.IsMatch(value);

    // A URI has no ': ' and no ' #', so YAML reads it plain; the separators of flow collections are excluded above.
    private static bool IsPlainUri(string value) => PlainUri.IsMatch(value) && !value.EndsWith(":", StringComparison.Ordinal);

    private static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var escape = value[i] switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => null,
            };
            if (escape is not null)
            {
                builder.Append(escape);
            }
            else
            {
                i = AppendSafe(builder, value, i);
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Appends the character at <paramref name="index"/> (both halves of a surrogate pair, which is one character in
    /// UTF-8) as it is, or as <c>\uXXXX</c> when it cannot stand in a schema file: a lone surrogate cannot be encoded,
    /// and control, line-separator and byte-order-mark characters would change or hide the text. Returns the index of
    /// the last character used.
    /// </summary>
    internal static int AppendSafe(StringBuilder builder, string value, int index)
    {
        var c = value[index];
        if (char.IsHighSurrogate(c) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]))
        {
            builder.Append(c).Append(value[index + 1]);
            return index + 1;
        }

        if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || char.IsSurrogate(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }

        return index;
    }
}
