using System;

namespace TypedTaxonomy.Tests;

public class PeriodTests
{
    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Instant_has_its_day_as_end_and_no_start()
    {
        var p = Period.Instant(D("2021-12-31"));
        Assert.True(p.IsInstant);
        Assert.False(p.IsDuration);
        Assert.False(p.IsForever);
        Assert.Equal(PeriodType.Instant, p.Type);
        Assert.Null(p.Start);
        Assert.Equal(D("2021-12-31"), p.End);
        Assert.Equal("2021-12-31", p.ToString());
    }

    [Fact]
    public void Duration_includes_both_days()
    {
        var year = Period.Duration(D("2020-01-01"), D("2020-12-31"));
        Assert.True(year.IsDuration);
        Assert.Equal(PeriodType.Duration, year.Type);
        Assert.Equal(D("2020-01-01"), year.Start);
        Assert.Equal(D("2020-12-31"), year.End);
        Assert.Equal(366, year.Days);
        Assert.Equal("2020-01-01/2020-12-31", year.ToString());
        Assert.Equal(1, Period.Duration(D("2020-05-05"), D("2020-05-05")).Days);
    }

    [Fact]
    public void Duration_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Period.Duration(D("2021-12-31"), D("2021-01-01")));
    }

    [Fact]
    public void Forever_is_the_default_and_a_duration_type()
    {
        Assert.Equal(Period.Forever, default(Period));
        Assert.True(Period.Forever.IsForever);
        Assert.False(Period.Forever.IsDuration);
        Assert.Equal(PeriodType.Duration, Period.Forever.Type);
        Assert.Null(Period.Forever.Start);
        Assert.Equal(DateOnly.MaxValue, Period.Forever.End);
        Assert.Equal("forever", Period.Forever.ToString());
        Assert.Throws<InvalidOperationException>(() => Period.Forever.ToXbrlJson());
    }

    [Theory]
    [InlineData("2021-12-31")]
    [InlineData("2021-01-01/2021-12-31")]
    [InlineData("forever")]
    public void Parse_reads_what_ToString_writes(string text)
    {
        Assert.Equal(text, Period.Parse(text).ToString());
        Assert.True(Period.TryParse(text, out var p));
        Assert.Equal(Period.Parse(text), p);
    }

    [Theory]
    [InlineData("2021-13-01")]
    [InlineData("2021-12-31/2021-01-01")]
    [InlineData("31/12/2021")]
    [InlineData("2021-12-31T00:00:00")]
    [InlineData("")]
    public void Parse_rejects_other_text(string text)
    {
        Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void Equality_compares_kind_and_dates()
    {
        Assert.Equal(Period.Instant(D("2021-12-31")), Period.Parse("2021-12-31"));
        Assert.NotEqual(Period.Instant(D("2021-12-31")), Period.Duration(D("2021-12-31"), D("2021-12-31")));
        Assert.True(Period.Parse("2021-01-01/2021-12-31") == Period.Duration(D("2021-01-01"), D("2021-12-31")));
        Assert.True(Period.Parse("2021-01-01/2021-12-31") != Period.Duration(D("2021-01-02"), D("2021-12-31")));
    }

    [Fact]
    public void ToXbrlJson_writes_the_end_of_the_last_day()
    {
        Assert.Equal("2022-01-01T00:00:00", Period.Instant(D("2021-12-31")).ToXbrlJson());
        Assert.Equal("2021-01-01T00:00:00/2022-01-01T00:00:00", Period.Parse("2021-01-01/2021-12-31").ToXbrlJson());
        Assert.Equal("2024-03-01T00:00:00", Period.Instant(D("2024-02-29")).ToXbrlJson());
        Assert.Equal("9999-12-31T24:00:00", Period.Instant(DateOnly.MaxValue).ToXbrlJson());
    }

    [Theory]
    [InlineData("2022-01-01T00:00:00", "2021-12-31")]
    [InlineData("2021-01-01T00:00:00/2022-01-01T00:00:00", "2021-01-01/2021-12-31")]
    [InlineData("2021-12-31T24:00:00", "2021-12-31")]
    [InlineData("2021-12-31", "2021-12-31")]
    [InlineData("2021-01-01/2021-12-31", "2021-01-01/2021-12-31")]
    [InlineData("2022-01-01T00:00:00Z", "2021-12-31")]
    [InlineData("2022-01-01T00:00:00.000+05:00", "2021-12-31")]
    [InlineData("2024-03-01T00:00:00", "2024-02-29")]
    public void FromXbrlJson_reads_moments_as_days(string json, string expected)
    {
        Assert.Equal(Period.Parse(expected), Period.FromXbrlJson(json));
    }

    [Theory]
    [InlineData("2022-01-01T12:00:00")]
    [InlineData("2021-01-01T00:00:00/2021-01-01T00:00:00")]
    [InlineData("2022-01-01T00:00:00/2021-01-01T00:00:00")]
    [InlineData("2022-01-01T25:00:00")]
    [InlineData("2022-02-30T00:00:00")]
    [InlineData("yesterday")]
    public void FromXbrlJson_rejects_partial_days_and_garbage(string json)
    {
        Assert.Throws<FormatException>(() => Period.FromXbrlJson(json));
    }

    [Fact]
    public void Json_round_trip_keeps_the_period()
    {
        foreach (var p in new[] { Period.Parse("2021-12-31"), Period.Parse("2022-09-25/2023-09-30"), Period.Parse("2020-02-29/2020-02-29") })
        {
            Assert.Equal(p, Period.FromXbrlJson(p.ToXbrlJson()));
        }
    }
}
