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
    /// length (<c>'123456…' (100,000,000 characters)</c>); <c>(none)</c> for null.
    /// </summary>
    public static string Quote(string? text) => text is null ? "(none)" : Format(text, text.Length, "'");

    /// <summary><paramref name="text"/> quoted as <see cref="Quote(string)"/> does, copying no more of it than the quote shows.</summary>
    public static string Quote(ReadOnlySpan<char> text) => Format(text[..Math.Min(text.Length, MaxLength + 1)].ToString(), text.Length, "'");

    /// <summary>
    /// UTF-8 <paramref name="utf8"/> (a token as a reader holds it) shortened as <see cref="Shorten(string)"/> does,
    /// decoding no more of it than the excerpt shows.
    /// </summary>
    public static string Shorten(ReadOnlySpan<byte> utf8)
    {
        // A UTF-8 character takes at most four bytes: the quote's characters lie in the first (MaxLength + 1) * 4.
        var head = utf8[..Math.Min(utf8.Length, (MaxLength + 1) * 4)];
        var text = Encoding.UTF8.GetString(head);
        return Format(text, head.Length == utf8.Length ? text.Length : Encoding.UTF8.GetCharCount(utf8), string.Empty);
    }

    /// <summary>
    /// <paramref name="text"/> without quotes, whole when short, else its start, the mark and its length; for a name
    /// that messages print bare (a concept's QName, a unit).
    /// </summary>
    public static string Shorten(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Format(text, text.Length, string.Empty);
    }

    /// <summary>The quote of a text of <paramref name="length"/> characters that starts with <paramref name="head"/>.</summary>
    private static string Format(string head, int length, string quote)
    {
        if (length <= MaxLength)
        {
            return quote + Escape(head, head.Length) + quote;
        }

        // Never cut a surrogate pair in two.
        var kept = char.IsHighSurrogate(head[Kept - 1]) ? Kept - 1 : Kept;
        return quote + Escape(head, kept) + "…" + quote + string.Create(CultureInfo.InvariantCulture, $" ({length:N0} characters)");
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
