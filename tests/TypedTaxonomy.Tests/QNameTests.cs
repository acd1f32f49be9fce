using System;

namespace TypedTaxonomy.Tests;

public class QNameTests
{
    private const string UsGaap = "http://fasb.org/us-gaap/2023";

    [Fact]
    public void Equality_ignores_the_prefix()
    {
        var a = new QName(UsGaap, "us-gaap", "Revenues");
        var b = new QName(UsGaap, "gaap", "Revenues");
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equality_compares_namespace_and_local_name()
    {
        var a = new QName(UsGaap, "us-gaap", "Revenues");
        Assert.NotEqual(a, new QName("http://fasb.org/us-gaap/2022", "us-gaap", "Revenues"));
        Assert.NotEqual(a, new QName(UsGaap, "us-gaap", "revenues"));
    }

    [Fact]
    public void ToString_is_prefix_colon_local_name()
    {
        Assert.Equal("us-gaap:Revenues", new QName(UsGaap, "us-gaap", "Revenues").ToString());
        Assert.Equal("Revenues", new QName(UsGaap, "", "Revenues").ToString());
        Assert.Equal("{" + UsGaap + "}Revenues", new QName(UsGaap, "us-gaap", "Revenues").ExpandedName);
    }

    [Fact]
    public void Parse_resolves_the_prefix()
    {
        var name = QName.Parse("iso4217:USD", XbrlNamespaces.ResolveStandardPrefix);
        Assert.Equal(new QName(XbrlNamespaces.Iso4217, "iso4217", "USD"), name);
        Assert.Equal("iso4217", name.Prefix);
    }

    [Theory]
    [InlineData("nope:USD")]
    [InlineData("a:b:c")]
    [InlineData("1abc")]
    [InlineData("")]
    [InlineData("USD")]
    public void Parse_rejects_bad_names_and_undeclared_prefixes(string text)
    {
        Assert.Throws<FormatException>(() => QName.Parse(text, XbrlNamespaces.ResolveStandardPrefix));
    }
}
