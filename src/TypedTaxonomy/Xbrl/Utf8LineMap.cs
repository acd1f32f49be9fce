using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// Turns byte offsets in a UTF-8 document into 1-based lines and character columns. <see cref="System.Text.Json.Utf8JsonReader"/>
/// only reports byte offsets, and people look for a line and a column.
/// </summary>
internal sealed class Utf8LineMap(ReadOnlyMemory<byte> utf8)
{
    private List<int>? _lineStarts;

    /// <summary>The line and column of the character that starts at <paramref name="offset"/>.</summary>
    public (int Line, int Column) Locate(long offset)
    {
        var starts = LineStarts();
        var clamped = (int)Math.Clamp(offset, 0, utf8.Length);
        var index = starts.BinarySearch(clamped);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return (index + 1, CountCharacters(starts[index], clamped) + 1);
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
        if (_lineStarts is null)
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

            _lineStarts = starts;
        }

        return _lineStarts;
    }

    // UTF-8 continuation bytes (10xxxxxx) do not start a character.
    private int CountCharacters(int start, int end)
    {
        var count = 0;
        foreach (var b in utf8.Span[start..end])
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
