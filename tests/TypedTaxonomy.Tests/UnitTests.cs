using System;

namespace TypedTaxonomy.Tests;

public class UnitTests
{
    private static readonly Func<string, string?> Standard = XbrlNamespaces.ResolveStandardPrefix;

    [Fact]
    public void Currency_is_monetary_with_its_code()
    {
        var usd = Unit.Currency("USD");
        Assert.True(usd.IsMonetary);
        Assert.Equal("USD", usd.CurrencyCode);
        Assert.Equal("iso4217:USD", usd.ToString());
        Assert.Throws<ArgumentException>(() => Unit.Currency("usd"));
        Assert.Throws<ArgumentException>(() => Unit.Currency("EURO"));
    }

    [Fact]
    public void Shares_and_pure_are_not_monetary()
    {
        Assert.False(Unit.Shares.IsMonetary);
        Assert.Null(Unit.Shares.CurrencyCode);
        Assert.Equal("xbrli:shares", Unit.Shares.ToString());
        Assert.Equal("xbrli:pure", Unit.Pure.ToString());
        Assert.True(Unit.Pure.IsPure);
        Assert.True(Unit.Shares.IsShares);
    }

    [Theory]
    [InlineData("iso4217:USD", "iso4217:USD")]
    [InlineData("iso4217:USD / xbrli:shares", "iso4217:USD/xbrli:shares")]
    [InlineData("iso4217:USD/xbrli:shares", "iso4217:USD/xbrli:shares")]
    [InlineData("xbrli:shares * iso4217:USD", "iso4217:USD*xbrli:shares")]
    [InlineData("(iso4217:USD * xbrli:shares) / (xbrli:pure * utr:h)", "(iso4217:USD*xbrli:shares)/(utr:h*xbrli:pure)")]
    public void Parse_reads_measures_products_and_divisions(string text, string expected)
    {
        var unit = Unit.Parse(text, Standard);
        Assert.Equal(expected, unit.ToString());
        Assert.Equal(unit, Unit.Parse(unit.ToString(), Standard));
    }

    [Fact]
    public void Parse_resolves_custom_prefixes()
    {
        var unit = Unit.Parse("qiniu:customer", p => p == "qiniu" ? "http://www.qiniu.com/taxonomy/2024" : null);
        Assert.Equal(new QName("http://www.qiniu.com/taxonomy/2024", "qiniu", "customer"), unit.Numerator[0]);
        Assert.False(unit.IsMonetary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("iso4217:USD / ")]
    [InlineData("a/b/c")]
    [InlineData("iso4217:USD * * xbrli:shares")]
    [InlineData("unknown:thing")]
    [InlineData("((iso4217:USD))")]
    public void Parse_rejects_malformed_units(string text)
    {
        Assert.Throws<FormatException>(() => Unit.Parse(text, Standard));
    }

    [Fact]
    public void Equality_ignores_measure_order_and_prefixes()
    {
        var a = Unit.Parse("iso4217:USD * xbrli:shares", Standard);
        var b = Unit.Parse("x:shares * iso4217:USD", p => p == "x" ? XbrlNamespaces.Xbrli : Standard(p));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(Unit.Parse("iso4217:USD / xbrli:shares", Standard), Unit.Parse("xbrli:shares / iso4217:USD", Standard));
        Assert.NotEqual(Unit.Currency("USD"), Unit.Currency("EUR"));
    }

    [Fact]
    public void Divide_builds_per_share_units_in_simplest_form()
    {
        var perShare = Unit.Divide(Unit.Currency("USD"), Unit.Shares);
        Assert.Equal("iso4217:USD/xbrli:shares", perShare.ToString());
        Assert.False(perShare.IsMonetary);
        Assert.True(perShare.IsDivision);
        Assert.Equal(Unit.Pure, Unit.Divide(Unit.Currency("USD"), Unit.Currency("USD")));
        Assert.Equal(Unit.Currency("USD"), Unit.Divide(perShare, Unit.Divide(Unit.Pure, Unit.Shares)));
        Assert.Equal(Unit.Currency("USD"), Unit.Multiply(perShare, Unit.Shares));
    }

    [Fact]
    public void A_unit_needs_a_numerator()
    {
        Assert.Throws<ArgumentException>(() => new Unit([]));
    }
}
