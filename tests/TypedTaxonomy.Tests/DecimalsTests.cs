using System;

namespace TypedTaxonomy.Tests;

public class DecimalsTests
{
    [Theory]
    [InlineData("INF", null)]
    [InlineData("-3", -3)]
    [InlineData(" 2 ", 2)]
    [InlineData("+4", 4)]
    [InlineData("0", 0)]
    public void Parse_reads_INF_and_integers(string text, int? places)
    {
        var d = Decimals.Parse(text);
        Assert.Equal(places, d.Places);
        Assert.Equal(places is null, d.IsInfinite);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("inf")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("-INF")]
    public void Parse_rejects_anything_else(string text)
    {
        Assert.Throws<FormatException>(() => Decimals.Parse(text));
        Assert.False(Decimals.TryParse(text, out _));
    }

    [Fact]
    public void Equality_and_text()
    {
        Assert.Equal(Decimals.Infinite, Decimals.Parse("INF"));
        Assert.Equal(Decimals.Of(-6), Decimals.Parse("-6"));
        Assert.NotEqual(Decimals.Of(0), Decimals.Infinite);
        Assert.True(Decimals.Of(2) == Decimals.Parse("2"));
        Assert.True(Decimals.Of(2) != Decimals.Of(3));
        Assert.Equal("INF", Decimals.Infinite.ToString());
        Assert.Equal("-3", Decimals.Of(-3).ToString());
        Assert.Equal(Decimals.Of(0), default);
    }
}
