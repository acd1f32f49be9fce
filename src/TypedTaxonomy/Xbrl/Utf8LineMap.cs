using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Turns byte offsets in a UTF-8 document into 1-based lines and character columns. <see cref="System.Text.Json.Utf8JsonReader"/>
/// only reports byte offsets, and people look for a line and a column.
/// </summary>
/// <remarks>
/// The line starts are found once, on the first question. A column is counted from the last position asked for
/// when that is earlier on the same line, so asking for positions in document order costs one pass over the
/// document in all, even when it is all on one line (as compact JSON is).
/// </remarks>
internal sealed class Utf8LineMap(ReadOnlyMemory<byte> utf8)
{
    private List<int>? lineStarts;

    // The last position located: its 0-based line, its byte offset and the characters before it on its line.
    private int cursorLine = -1;
    private int cursorOffset;
    private int cursorCharacters;

    /// <summary>The line and column of the character that starts at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var starts = LineStarts();
        var clamped = (int)Math.Clamp(offset, 0, utf8.Length);
        int index;
        if (cursorLine >= 0 && clamped >= cursorOffset
            && (cursorLine + 1 == starts.Count || clamped < starts[cursorLine + 1]))
        {
            // On the line of the last position, after it: count on from there.
            index = cursorLine;
            cursorCharacters += CountCharacters(cursorOffset, clamped);
        }
        else
        {
            index = starts.BinarySearch(clamped);
            if (index < 0)
            {
                index = ~index - 1;
            }

            cursorLine = index;
            cursorCharacters = CountCharacters(starts[index], clamped);
        }

        cursorOffset = clamped;
        return (index + 1, cursorCharacters + 1);
    }

    /// <summary>The column of a position given as a 0-based line and a byte offset within it (as <see cref="System.Text.Json.JsonException"/> reports).</summary>
    public int ColumnOf(long zeroBasedLine, long bytePositionInLine)
    {
        var starts = LineStarts();
        if (zeroBasedLine < 0 || zeroBasedLine >= starts.Count)
        {
            return 0;
        }

        var start = starts[(int)zeroBasedLine];
        var end = (int)Math.Clamp(start + bytePositionInLine, start, utf8.Length);
        return CountCharacters(start, end) + 1;
    }

    private List<int> LineStarts()
    {
        if (lineStarts is null)
        {
            var starts = new List<int> { 0 };
            var span = utf8.Span;
            var position = 0;
            while (true)
            {
                var next = span[position..].IndexOf((byte)'\n');
                if (next < 0)
                {
                    break;
                }

                position += next + 1;
                starts.Add(position);
            }

            lineStarts = starts;
        }

        return lineStarts;
    }

    // Every byte but a UTF-8 continuation byte (10xxxxxx) starts a character; the continuation bytes are found with a
    // vectorized search, so mostly-ASCII text is counted many bytes at a time.
    private int CountCharacters(int start, int end)
    {
        var span = utf8.Span[start..end];
        var count = span.Length;
        while (true)
        {
            var next = span.IndexOfAnyInRange((byte)0x80, (byte)0xBF);
            if (next < 0)
            {
                return count;
            }

            count--;
            span = span[(next + 1)..];
        }
    }
}
