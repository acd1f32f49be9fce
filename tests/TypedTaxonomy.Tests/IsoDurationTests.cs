using System;

namespace TypedTaxonomy.Tests;

public class IsoDurationTests
{
    [Theory]
    [InlineData("P3M")]
    [InlineData("P1Y2M10DT2H30M")]
    [InlineData("-P1Y")]
    [InlineData("PT1.5S")]
    [InlineData("P12M")]
    [InlineData("PT36H")]
    [InlineData("P1DT0.001S")]
    [InlineData("-PT2H")]
    public void Round_trips(string text)
    {
        Assert.Equal(text, IsoDuration.Parse(text).ToString());
        Assert.True(IsoDuration.TryParse(text, out var d));
        Assert.Equal(text, d.ToString());
    }

    [Fact]
    public void Components()
    {
        var d = IsoDuration.Parse("P1Y2M10DT2H30M15.25S");
        Assert.Equal(1, d.Years);
        Assert.Equal(2, d.Months);
        Assert.Equal(10, d.Days);
        Assert.Equal(2, d.Hours);
        Assert.Equal(30, d.Minutes);
        Assert.Equal(15.25m, d.Seconds);
        Assert.False(d.IsNegative);
        Assert.Equal(14, d.TotalMonths);
        Assert.True(IsoDuration.Parse("-P3M").IsNegative);
        Assert.Equal(-3, IsoDuration.Parse("-P3M").TotalMonths);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1YT")]
    [InlineData("1Y")]
    [InlineData("P1M1Y")]
    [InlineData("P1.5Y")]
    [InlineData("PT1.S")]
    [InlineData("P1H")]
    [InlineData("PT1D")]
    [InlineData("P-1Y")]
    [InlineData("P1Y1Y")]
    [InlineData("PT1.5S2M")]
    [InlineData("P99999999999Y")]
    public void Rejects_malformed_durations(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
        Assert.Throws<FormatException>(() => IsoDuration.Parse(text));
    }

    [Fact]
    public void Equality_follows_the_XML_Schema_value_space()
    {
        Assert.Equal(IsoDuration.Parse("P1Y"), IsoDuration.Parse("P12M"));
        Assert.Equal(IsoDuration.Parse("PT1H"), IsoDuration.Parse("PT60M"));
        Assert.Equal(IsoDuration.Parse("P1D"), IsoDuration.Parse("PT24H"));
        Assert.NotEqual(IsoDuration.Parse("P1M"), IsoDuration.Parse("P30D"));
        Assert.NotEqual(IsoDuration.Parse("P1Y"), IsoDuration.Parse("-P1Y"));
        Assert.True(IsoDuration.Parse("P1Y") == IsoDuration.Parse("P12M"));
        Assert.Equal(IsoDuration.Parse("P1Y").GetHashCode(), IsoDuration.Parse("P12M").GetHashCode());
    }

    [Fact]
    public void Zero_and_constructed_durations()
    {
        Assert.Equal("PT0S", default(IsoDuration).ToString());
        Assert.Equal("PT0S", IsoDuration.Parse("P0D").ToString());
        Assert.Equal("P3M", new IsoDuration(months: 3).ToString());
        Assert.Equal("-P1DT1.5S", new IsoDuration(days: 1, seconds: 1.5m, isNegative: true).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new IsoDuration(years: -1));
    }

    [Fact]
    public void Reads_the_duration_facts_of_a_real_filing()
    {
        // Apple reports when its remaining performance obligations will be satisfied as xs:duration facts.
        var report = new Xbrl.XbrlInstanceReader().ReadFile(TestData.AppleInstance);
        var durations = 0;
        foreach (var fact in report.Facts)
        {
            if (fact.ConceptName.LocalName == "RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionPeriod1" && !fact.IsNil)
            {
                var d = IsoDuration.Parse(fact.Value!);
                Assert.Equal(fact.Value, d.ToString());
                durations++;
            }
        }

        Assert.True(durations >= 3);
    }
}
