using System;
using System.Globalization;

namespace TypedTaxonomy;

/// <summary>
/// The period of an XBRL context: an instant, a duration of whole days, or forever. Dates follow XBRL 2.1: both ends
/// of a duration are inclusive days, so 2021-01-01..2021-12-31 is the year 2021, and an instant 2021-12-31 is the
/// end of that day. The default value is <see cref="Forever"/>.
/// </summary>
public readonly struct Period : IEquatable<Period>
{
    // Forever is 0 so that default(Period) is a valid period rather than an undefined one.
    private enum Kind : byte
    {
        Forever = 0,
        Instant = 1,
        Duration = 2,
    }

    private readonly Kind kind;
    private readonly DateOnly start;
    private readonly DateOnly end;

    private Period(Kind kind, DateOnly start, DateOnly end)
    {
        this.kind = kind;
        this.start = start;
        this.end = end;
    }

    /// <summary>The period that has no bounds (<c>xbrli:forever</c>).</summary>
    public static Period Forever => default;

    /// <summary>An instant at the end of <paramref name="date"/>.</summary>
    /// <param name="date">The day at whose end the instant is.</param>
    public static Period Instant(DateOnly date) => new(Kind.Instant, date, date);

    /// <summary>A duration from the start of <paramref name="start"/> to the end of <paramref name="end"/>.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static Period Duration(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The end date {end:yyyy-MM-dd} is before the start date {start:yyyy-MM-dd}."),
                nameof(end));
        }

        return new Period(Kind.Duration, start, end);
    }

    /// <summary>
    /// The XBRL period type this period satisfies: <see cref="PeriodType.Instant"/> for an instant, otherwise
    /// <see cref="PeriodType.Duration"/>, including forever (XBRL 2.1 section 4.7.2 reports duration concepts for
    /// a forever period). Never <see langword="null"/>.
    /// </summary>
    public PeriodType? Type => kind == Kind.Instant ? PeriodType.Instant : PeriodType.Duration;

    /// <summary>Whether this is an instant.</summary>
    public bool IsInstant => kind == Kind.Instant;

    /// <summary>Whether this is a duration with a start and an end date (forever is not).</summary>
    public bool IsDuration => kind == Kind.Duration;

    /// <summary>Whether this is the unbounded period.</summary>
    public bool IsForever => kind == Kind.Forever;

    /// <summary>The first day of a duration; <see langword="null"/> for an instant or forever.</summary>
    public DateOnly? Start => kind == Kind.Duration ? start : null;

    /// <summary>
    /// The last day of a duration, or the day of an instant; <see cref="DateOnly.MaxValue"/> for forever.
    /// </summary>
    public DateOnly End => kind == Kind.Forever ? DateOnly.MaxValue : end;

    /// <summary>
    /// The number of days a duration covers, both ends included (366 for 2020); <see langword="null"/> for an
    /// instant or forever.
    /// </summary>
    public int? Days => kind == Kind.Duration ? end.DayNumber - start.DayNumber + 1 : null;

    /// <summary>Parses the form written by <see cref="ToString"/>.</summary>
    /// <param name="text"><c>2021-12-31</c>, <c>2021-01-01/2021-12-31</c> or <c>forever</c>.</param>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!TryParse(text, out var period, out var error))
        {
            throw new FormatException(error);
        }

        return period;
    }

    /// <summary>Parses the form written by <see cref="ToString"/>, without throwing.</summary>
    /// <param name="text"><c>2021-12-31</c>, <c>2021-01-01/2021-12-31</c> or <c>forever</c>.</param>
    /// <param name="period">The period, when the text is one.</param>
    public static bool TryParse(string? text, out Period period) => TryParse(text, out period, out _);

    private static bool TryParse(string? text, out Period period, out string error)
    {
        period = default;
        error = $"{Excerpt.Quote(text)} is not a period (yyyy-MM-dd, yyyy-MM-dd/yyyy-MM-dd or forever).";
        if (text is null)
        {
            return false;
        }

        var s = text.AsSpan().Trim();
        if (s.SequenceEqual("forever"))
        {
            period = Forever;
            return true;
        }

        var slash = s.IndexOf('/');
        if (slash < 0)
        {
            if (!TryParseDate(s, out var day))
            {
                return false;
            }

            period = Instant(day);
            return true;
        }

        if (!TryParseDate(s[..slash], out var start) || !TryParseDate(s[(slash + 1)..], out var end))
        {
            return false;
        }

        if (end < start)
        {
            error = $"{Excerpt.Quote(text)} ends before it starts.";
            return false;
        }

        period = Duration(start, end);
        return true;
    }

    private static bool TryParseDate(ReadOnlySpan<char> s, out DateOnly day) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>
    /// The period as an xBRL-JSON period string (OIM section 3.5): an instant is the moment it ends,
    /// <c>2021-12-31</c> becomes <c>2022-01-01T00:00:00</c>; a duration runs from the start of its first day to the
    /// end of its last, <c>2021-01-01T00:00:00/2022-01-01T00:00:00</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The period is forever, which xBRL-JSON expresses by leaving the period dimension out.
    /// </exception>
    public string ToXbrlJson() => kind switch
    {
        Kind.Instant => XbrlDateTime.FormatEndOf(end),
        Kind.Duration => XbrlDateTime.FormatStartOf(start) + "/" + XbrlDateTime.FormatEndOf(end),
        _ => throw new InvalidOperationException("A forever period has no xBRL-JSON string: leave the period dimension out."),
    };

    /// <summary>
    /// Parses an xBRL-JSON period string, the inverse of <see cref="ToXbrlJson"/>. Each end may also be a date
    /// without a time, read as in XBRL XML (a start date is the start of the day, an end date the end of it).
    /// </summary>
    /// <param name="text">A dateTime (an instant) or two dateTimes separated by <c>/</c> (a duration).</param>
    /// <exception cref="FormatException">
    /// The text is not a period string, has a time of day other than midnight, or ends before it starts.
    /// </exception>
    public static Period FromXbrlJson(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.AsSpan();
        var slash = s.IndexOf('/');
        if (slash < 0)
        {
            if (!XbrlDateTime.TryParseEnd(s, out var instant, out var error))
            {
                throw new FormatException(error);
            }

            return Instant(instant);
        }

        if (!XbrlDateTime.TryParseStart(s[..slash], out var start, out var startError))
        {
            throw new FormatException(startError);
        }

        if (!XbrlDateTime.TryParseEnd(s[(slash + 1)..], out var end, out var endError))
        {
            throw new FormatException(endError);
        }

        if (end < start)
        {
            throw new FormatException($"The period {Excerpt.Quote(text)} does not cover a whole day: its end is not after its start.");
        }

        return Duration(start, end);
    }

    /// <summary>Compares kind and dates.</summary>
    /// <param name="other">The period to compare with.</param>
    public bool Equals(Period other) => kind == other.kind && start == other.start && end == other.end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Period other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, start, end);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator ==(Period left, Period right) => left.Equals(right);

    /// <summary>Compares two periods.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    public static bool operator !=(Period left, Period right) => !left.Equals(right);

    /// <summary>ISO 8601 form: <c>2021-12-31</c> for an instant, <c>2021-01-01/2021-12-31</c> for a duration, <c>forever</c>.</summary>
    public override string ToString() => kind switch
    {
        Kind.Instant => end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Kind.Duration => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "/" + end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => "forever",
    };
}
