using System;
using System.Globalization;
using System.Text;

namespace TypedTaxonomy;

/// <summary>
/// The one rule for quoting a value or a name read from an input in a message: every reader, finding and importer
/// note quotes through here, so a message stays short whatever the input holds. A text of at most
/// <see cref="MaxLength"/> characters is quoted whole; a longer one is cut, marked with <c>…</c>, and its length
/// given, so that a 100 MB value costs a line, not 100 MB of output. Line breaks and other control characters are
/// shown escaped, so a quoted value never breaks the one-line-per-message form.
/// </summary>
public static class Excerpt
{
    /// <summary>The most characters of the input a quote shows.</summary>
    public const int MaxLength = 60;

    /// <summary>How many characters a cut quote keeps before the mark.</summary>
    private const int Kept = 48;

    /// <summary>
    /// <paramref name="text"/> in single quotes, whole when short (<c>'abc'</c>), else its start, the mark and its
    /// length (<c>'123456…' (100,000,000 characters)</c>).
    /// </summary>
    public static string Quote(string text) => Format(text, "'");

    /// <summary>
    /// <paramref name="text"/> without quotes, whole when short, else its start, the mark and its length; for a name
    /// that messages print bare (a concept's QName).
    /// </summary>
    public static string Shorten(string text) => Format(text, string.Empty);

    private static string Format(string text, string quote)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxLength)
        {
            return quote + Escape(text, text.Length) + quote;
        }

        // Never cut a surrogate pair in two.
        var kept = char.IsHighSurrogate(text[Kept - 1]) ? Kept - 1 : Kept;
        return quote + Escape(text, kept) + "…" + quote + string.Create(CultureInfo.InvariantCulture, $" ({text.Length:N0} characters)");
    }

    private static string Escape(string text, int length)
    {
        var span = text.AsSpan(0, length);
        if (span.IndexOfAnyInRange('\0', '\u001f') < 0 && !span.Contains('\u007f'))
        {
            return length == text.Length ? text : span.ToString();
        }

        var result = new StringBuilder(length + 8);
        foreach (var c in span)
        {
            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                < ' ' or '\u007f' => result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }
}
