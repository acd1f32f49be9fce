using System.Collections.Generic;
using System.Text;

namespace TypedTaxonomy.Xbrl.Inline;

/// <summary>
/// What a document displays inside Inline XBRL elements, written once however many elements hold it: a fact nested
/// in a text block, and the text block's continuation, share the same characters, each taking its own range. The
/// parts inside an <c>ix:exclude</c> are gaps, left out of the ranges of the elements the exclusion is inside.
/// </summary>
internal sealed class ContentLog
{
    // Gaps are added as exclusions end, inner ones first; they are read in order of their start, outer ones first.
    private readonly List<(int Start, int End, int Level)> gaps = [];
    private bool sorted = true;

    public StringBuilder Builder { get; } = new();

    public int Length => Builder.Length;

    /// <summary>Marks the characters from <paramref name="start"/> to the end as excluded, at exclusion level <paramref name="level"/> (1 for an outermost ix:exclude).</summary>
    public void AddGap(int start, int level)
    {
        if (Builder.Length > start)
        {
            gaps.Add((start, Builder.Length, level));
            sorted = false;
        }
    }

    /// <summary>The content of a range, without the excluded parts deeper than the range's own level.</summary>
    public string Slice(ContentRange range) => Join([range]);

    /// <summary>The contents of several ranges (an element and its continuations) as one string, copied once.</summary>
    public static string Join(IReadOnlyList<ContentRange> ranges)
    {
        var length = 0;
        foreach (var range in ranges)
        {
            foreach (var (_, count) in range.Log.Stretches(range))
            {
                length += count;
            }
        }

        return string.Create(length, ranges, static (into, parts) =>
        {
            var at = 0;
            foreach (var range in parts)
            {
                foreach (var (start, count) in range.Log.Stretches(range))
                {
                    range.Log.Builder.CopyTo(start, into.Slice(at, count), count);
                    at += count;
                }
            }
        });
    }

    /// <summary>The stretches of the range that are not excluded, in order.</summary>
    private IEnumerable<(int Start, int Count)> Stretches(ContentRange range)
    {
        if (!sorted)
        {
            gaps.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
            sorted = true;
        }

        var position = range.Start;
        for (var i = FirstGapFrom(range.Start); i < gaps.Count && gaps[i].Start < range.End; i++)
        {
            var (start, end, level) = gaps[i];
            if (start < position || end > range.End || level <= range.Level)
            {
                continue;
            }

            yield return (position, start - position);
            position = end;
        }

        yield return (position, range.End - position);
    }

    /// <summary>The index of the first gap that starts at or after <paramref name="position"/>.</summary>
    private int FirstGapFrom(int position)
    {
        int low = 0, high = gaps.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (gaps[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}

/// <summary>Where an element's content is in a <see cref="ContentLog"/>: from <see cref="Start"/> until <see cref="End"/> is set at the element's end.</summary>
internal sealed class ContentRange(ContentLog log, int start, int level)
{
    public ContentLog Log { get; } = log;

    public int Start { get; } = start;

    /// <summary>The exclusion level the element opened at: only deeper exclusions are gaps in it.</summary>
    public int Level { get; } = level;

    public int End { get; set; } = -1;

    public override string ToString() => Log.Slice(this);
}
