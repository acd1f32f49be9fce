using System;
using System.Collections.Generic;
using System.Globalization;
using TypedTaxonomy.Schema.Diagnostics;
using YamlDotNet.Core;

namespace TypedTaxonomy.Schema.Yaml;

/// <summary>
/// Turns a failure of YamlDotNet's parser into a message that names the mistake and a span at the mistake itself,
/// never the parser's own text: the parser notices an unclosed bracket lines later, blames a tab on the mapping that
/// holds it, and says "Operation is not valid due to the current state of the object" for some unclosed brackets.
/// A light scan of the text (quotes, brackets, comments and block scalars, as YAML reads them) finds the bracket or
/// quote that is open; the parser's message says which kind of mistake it met.
/// </summary>
internal static class YamlSyntaxErrors
{
    /// <summary>What every syntax error means for the generated code.</summary>
    public const string NothingGenerated = "; nothing of this file is generated until it parses";

    /// <summary>The diagnostic for a parser failure at <paramref name="at"/> (the parser's span, when it gives one).</summary>
    public static SchemaDiagnostic Explain(string filePath, string text, Exception exception, SourceSpan? at)
    {
        var (span, message) = Describe(filePath, text, exception, at);
        return SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.SyntaxError, span, message + NothingGenerated);
    }

    private static (SourceSpan Span, string Message) Describe(string filePath, string text, Exception exception, SourceSpan? at)
    {
        if (text.Length == 0)
        {
            return (SourceSpan.StartOf(filePath), "The text cannot be read as YAML");
        }

        var reason = exception is YamlException ? exception.Message : string.Empty;
        var index = exception is YamlException yaml ? (int)Math.Min(Math.Max(0, yaml.Start.Index), text.Length) : text.Length;
        var where = at ?? CharacterAt(filePath, text, Math.Min(index, Math.Max(0, text.Length - 1)));

        if (Has(reason, " tab ") && TabInIndentation(text, index) is { } tab)
        {
            return (CharacterAt(filePath, text, tab), "A tab is used for indentation; YAML indents with spaces only: replace the tab with spaces");
        }

        if (Has(reason, "unknown escape character") || Has(reason, "expected hexadecimal number"))
        {
            if (InvalidEscape(text, index) is { } escape)
            {
                var written = text.Substring(escape.Start, escape.Length);
                var span = Range(filePath, text, escape.Start, escape.Start + escape.Length);
                return Has(reason, "hexadecimal")
                    ? (span, $"'{written}' is not a valid escape in a double-quoted text: \\x takes 2 hexadecimal digits, \\u 4 and \\U 8")
                    : (span, $"'{written}' is not a valid escape in a double-quoted text: write '\\\\' for a backslash, or put the text in single quotes");
            }
        }

        var scan = Scan(text, exception is YamlException ? index + 1 : text.Length);
        if (Has(reason, "quoted scalar"))
        {
            var quote = index < text.Length ? text[index] : '"';
            var what = quote == '\'' ? "single quote" : "double quote";
            return (CharacterAt(filePath, text, Math.Min(index, text.Length - 1)), $"The {what} opened at {Position(text, index)} is never closed: add the closing {quote} at the end of the text");
        }

        if (scan.Mismatch is { } mismatch)
        {
            return (CharacterAt(filePath, text, mismatch.Opener), $"The '{text[mismatch.Opener]}' opened at {Position(text, mismatch.Opener)} is not closed: a '{Closer(text[mismatch.Opener])}' is missing before the '{text[mismatch.Closer]}' at {Position(text, mismatch.Closer)}");
        }

        if (scan.Open.Count > 0)
        {
            // An unclosed bracket takes everything after it into its collection: whatever the parser then says, that is the mistake.
            var opener = scan.Open[scan.Open.Count - 1];
            var whole = Scan(text, text.Length);
            if (whole.Open.Contains(opener) || exception is not YamlException)
            {
                return (CharacterAt(filePath, text, opener), $"The '{text[opener]}' opened at {Position(text, opener)} is never closed: add the '{Closer(text[opener])}' that ends it");
            }

            if (Has(reason, "did not find expected ',' or"))
            {
                // The parser stops inside the entry that lacks its comma; the entry starts after the last space.
                var entry = Math.Min(index, text.Length - 1);
                while (entry > 0 && !char.IsWhiteSpace(text[entry - 1]) && text[entry - 1] is not ('{' or '[' or ','))
                {
                    entry--;
                }

                var kind = text[opener] == '{' ? "entry of the mapping" : "item of the list";
                return (CharacterAt(filePath, text, entry), $"A ',' is missing before this {kind} opened at {Position(text, opener)}");
            }
        }

        if (Has(reason, "expected node content"))
        {
            return (where, "A value is missing here");
        }

        if (Has(reason, "did not find expected key") && index < text.Length)
        {
            var c = text[index];
            if (c is ']' or '}')
            {
                return (CharacterAt(filePath, text, index), $"This '{c}' closes nothing: there is no '{(c == ']' ? '[' : '{')}' open here");
            }

            if (PreviousNonSpace(text, index) is { } previous && text[previous] is '"' or '\'' && !AtLineStart(text, index))
            {
                return (CharacterAt(filePath, text, index), "Text follows the closing quote of the value: put the whole value inside the quotes");
            }

            var lineStart = LineStart(text, index);
            if (Line(text, lineStart).IndexOf(':') < 0)
            {
                return (Range(filePath, text, index, LineEnd(text, index)), $"'{Line(text, lineStart).Trim()}' is neither a key ('name: value') nor a list item ('- value'), and cannot continue the value above at this indentation");
            }

            return (CharacterAt(filePath, text, index), BadIndentation(text, index));
        }

        if (Has(reason, "expected '-' indicator") && index < text.Length)
        {
            return (CharacterAt(filePath, text, index), "This line is indented as an item of the list above, but does not start with '- ': make it a list item, or indent it as the key it is");
        }

        if (Has(reason, "found invalid mapping") || Has(reason, "mapping values are not allowed"))
        {
            var colon = Math.Min(index, text.Length - 1);
            var lineStart = LineStart(text, colon);
            var keyStart = FirstNonSpace(text, lineStart);
            if (text.Substring(lineStart, colon - lineStart).IndexOf(": ", StringComparison.Ordinal) >= 0)
            {
                return (CharacterAt(filePath, text, colon), "The value contains ': ', which YAML reads as the start of another key: put the value in quotes");
            }

            return (CharacterAt(filePath, text, keyStart), $"This key is indented more than the line above, so it falls inside that line's value: indent it as the key it belongs beside ({Indentations(text, keyStart)})");
        }

        if (Has(reason, "cannot start any token") && index < text.Length)
        {
            return (CharacterAt(filePath, text, index), $"'{text[index]}' cannot start a value in YAML: put the value in quotes");
        }

        if (Has(reason, "block scalar") || Has(reason, "block collection") || Has(reason, "block mapping"))
        {
            return (where, BadIndentation(text, Math.Min(index, Math.Max(0, text.Length - 1))));
        }

        if (Has(reason, "anchor") || Has(reason, "alias") || Has(reason, "tag"))
        {
            return (where, "An anchor ('&'), alias ('*') or tag ('!') is not written as YAML expects here, and taxonomy files use none: remove it, or put the value in quotes");
        }

        if (Has(reason, "directive") || Has(reason, "document"))
        {
            return (where, "A YAML directive ('%') or document marker ('---', '...') is not written as YAML expects here: a taxonomy file is one document without directives");
        }

        return (where, "The text cannot be read as YAML from here on: check the indentation, quotes and brackets on this line and the one above");
    }

    /// <summary>Why a line's indentation is wrong, with the indentations of the keys above it.</summary>
    private static string BadIndentation(string text, int index)
    {
        var lineStart = LineStart(text, index);
        var indent = FirstNonSpace(text, lineStart) - lineStart;
        return $"This line is indented {Spaces(indent)}, which lines up with no key above it ({Indentations(text, lineStart)}): indent it as the key it belongs beside, or under";
    }

    /// <summary>The indentations of the keys on the lines above <paramref name="index"/> that hold it, nearest first.</summary>
    private static string Indentations(string text, int index)
    {
        var seen = new List<int>();
        var lineStart = LineStart(text, index);
        var limit = int.MaxValue;
        while (lineStart > 0 && seen.Count < 3)
        {
            lineStart = LineStart(text, lineStart - 1);
            var first = FirstNonSpace(text, lineStart);
            var indent = first - lineStart;
            if (first >= text.Length || IsLineBreak(text[first]) || text[first] == '#' || indent >= limit)
            {
                continue;
            }

            if (!seen.Contains(indent))
            {
                seen.Add(indent);
            }

            limit = indent;
        }

        return seen.Count == 0 ? "there is none" : "the keys above are indented " + string.Join(", then ", seen.ConvertAll(Spaces));
    }

    private static string Spaces(int count) => count == 1 ? "1 space" : count.ToString(CultureInfo.InvariantCulture) + " spaces";

    /// <summary>The first tab in the indentation of a line, from the line holding <paramref name="from"/> on.</summary>
    private static int? TabInIndentation(string text, int from)
    {
        for (var i = LineStart(text, from); i < text.Length; i = LineEnd(text, i) + 1)
        {
            var first = i;
            while (first < text.Length && (text[first] == ' ' || text[first] == '\t'))
            {
                if (text[first] == '\t')
                {
                    return first;
                }

                first++;
            }
        }

        return null;
    }

    /// <summary>The first escape of a double-quoted text, from <paramref name="from"/> on, that YAML does not know.</summary>
    private static (int Start, int Length)? InvalidEscape(string text, int from)
    {
        for (var i = from; i < text.Length - 1; i++)
        {
            if (text[i] != '\\')
            {
                continue;
            }

            var c = text[i + 1];
            var digits = c switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits > 0)
            {
                var n = 0;
                while (n < digits && i + 2 + n < text.Length && Uri.IsHexDigit(text[i + 2 + n]))
                {
                    n++;
                }

                if (n < digits)
                {
                    return (i, 2 + n);
                }

                i += 1 + digits;
                continue;
            }

            if ("0abt\tnvfre \"/\\N_LP\r\n".IndexOf(c) < 0)
            {
                return (i, 2);
            }

            i++;
        }

        return null;
    }

    /// <summary>What is open when the scan reaches <c>stop</c>, and the first bracket closed by the wrong closer.</summary>
    private sealed class ScanResult
    {
        public List<int> Open { get; } = new();

        public (int Opener, int Closer)? Mismatch { get; set; }
    }

    /// <summary>
    /// Reads the text as YAML's scanner does for what matters here: flow brackets, quoted texts (with their escapes),
    /// comments and block scalars; a bracket or quote counts only where a value can start.
    /// </summary>
    private static ScanResult Scan(string text, int stop)
    {
        var result = new ScanResult();
        var open = result.Open;
        var previous = '\0'; // the last character on this line that is not a space, outside quotes
        var blockScalarIndent = -1;
        var lineIndent = 0;
        var atLineStart = true;
        for (var i = 0; i < Math.Min(stop, text.Length); i++)
        {
            var c = text[i];
            if (atLineStart)
            {
                var first = i;
                while (first < text.Length && text[first] == ' ')
                {
                    first++;
                }

                lineIndent = first - i;
                atLineStart = false;
                if (blockScalarIndent >= 0)
                {
                    if (first >= text.Length || IsLineBreak(text[first]) || lineIndent > blockScalarIndent)
                    {
                        i = LineEnd(text, i);
                        atLineStart = true;
                        continue;
                    }

                    blockScalarIndent = -1;
                }

                previous = '\0';
                i = first - 1;
                continue;
            }

            if (IsLineBreak(c))
            {
                atLineStart = true;
                continue;
            }

            if (c == ' ' || c == '\t')
            {
                continue;
            }

            var inFlow = open.Count > 0;
            var valueStart = previous == '\0' || (previous is '-' or '?' or ':' && IsSpace(text, i - 1)) || (inFlow && previous is ',' or '[' or '{' or ':');
            if (c == '#' && (i == 0 || IsSpace(text, i - 1)))
            {
                i = LineEnd(text, i) - 1;
                continue;
            }

            if (valueStart && (c == '"' || c == '\''))
            {
                var end = QuoteEnd(text, i);
                if (end < 0 || end >= stop)
                {
                    return result; // an unclosed quote: the parser's message says so, at the quote
                }

                i = end;
                previous = c;
                continue;
            }

            if ((c == '[' || c == '{') && (inFlow || valueStart))
            {
                open.Add(i);
                previous = c;
                continue;
            }

            if ((c == ']' || c == '}') && inFlow)
            {
                var opener = open[open.Count - 1];
                if (Closer(text[opener]) != c)
                {
                    result.Mismatch ??= (opener, i);
                    return result;
                }

                open.RemoveAt(open.Count - 1);
                previous = c;
                continue;
            }

            if (!inFlow && valueStart && (c == '|' || c == '>'))
            {
                blockScalarIndent = lineIndent;
                i = LineEnd(text, i) - 1;
                continue;
            }

            previous = c;
        }

        return result;
    }

    /// <summary>The index of the quote that closes the one at <paramref name="start"/>, or -1.</summary>
    private static int QuoteEnd(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (quote == '"' && text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    private static char Closer(char opener) => opener == '{' ? '}' : ']';

    private static bool Has(string text, string part) => text.IndexOf(part, StringComparison.Ordinal) >= 0;

    private static bool IsSpace(string text, int index) => index < 0 || text[index] == ' ' || text[index] == '\t' || IsLineBreak(text[index]);

    private static int? PreviousNonSpace(string text, int index)
    {
        for (var i = index - 1; i >= 0 && !IsLineBreak(text[i]); i--)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return i;
            }
        }

        return null;
    }

    private static bool AtLineStart(string text, int index) => PreviousNonSpace(text, index) is null;

    private static int LineStart(string text, int index)
    {
        var i = Math.Min(index, text.Length);
        while (i > 0 && !IsLineBreak(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int LineEnd(string text, int index)
    {
        var i = index;
        while (i < text.Length && !IsLineBreak(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int FirstNonSpace(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static string Line(string text, int lineStart) => text.Substring(lineStart, LineEnd(text, lineStart) - lineStart);

    /// <summary>(line,column) as a compiler prints a position.</summary>
    private static string Position(string text, int index)
    {
        var (line, column) = PositionOf(text, index);
        return $"({line},{column})";
    }

    /// <summary>The one character at <paramref name="index"/>.</summary>
    public static SourceSpan CharacterAt(string filePath, string text, int index) => Range(filePath, text, index, Math.Min(text.Length, index + 1));

    /// <summary>The characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static SourceSpan Range(string filePath, string text, int start, int end)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        end = Math.Max(start, Math.Min(end, text.Length));
        var (line, column) = PositionOf(text, start);
        var (endLine, endColumn) = PositionOf(text, end);
        return new SourceSpan(filePath, start, line, column, end, endLine, endColumn);
    }

    /// <summary>The 1-based line and column of <paramref name="index"/>, lines counted as YamlDotNet and Roslyn count them.</summary>
    /// <remarks>Jumps from one line break to the next (a search the runtime vectorizes), not character by character.</remarks>
    public static (int Line, int Column) PositionOf(string text, int index)
    {
        var before = text.AsSpan(0, Math.Max(0, Math.Min(index, text.Length)));
        int line = 1, lineStart = 0;
        for (var i = 0; i < before.Length;)
        {
            var next = before.Slice(i).IndexOfAny(LineBreaks);
            if (next < 0)
            {
                break;
            }

            var at = i + next;
            i = at + 1;
            if (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n')
            {
                continue; // the \r of \r\n: the \n breaks the line, the \r is a column of it
            }

            line++;
            lineStart = i;
        }

        return (line, before.Length - lineStart + 1);
    }

    /// <summary>The characters that break a line, as YamlDotNet and Roslyn count them: one list for the search and the test.</summary>
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    public static bool IsLineBreak(char c) => Array.IndexOf(LineBreaks, c) >= 0;
}
