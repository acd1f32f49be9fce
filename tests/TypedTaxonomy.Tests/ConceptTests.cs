namespace TypedTaxonomy.Tests;

public class ConceptTests
{
    private static readonly QName Revenue = new("https://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full", "ifrs-full", "Revenue");

    [Theory]
    [InlineData(DataType.Monetary, true)]
    [InlineData(DataType.Decimal, true)]
    [InlineData(DataType.Integer, true)]
    [InlineData(DataType.NonNegativeInteger, true)]
    [InlineData(DataType.Shares, true)]
    [InlineData(DataType.PerShare, true)]
    [InlineData(DataType.Percent, true)]
    [InlineData(DataType.Pure, true)]
    [InlineData(DataType.String, false)]
    [InlineData(DataType.TextBlock, false)]
    [InlineData(DataType.Date, false)]
    [InlineData(DataType.Boolean, false)]
    [InlineData(DataType.Duration, false)]
    [InlineData(DataType.Enumeration, false)]
    public void IsNumeric_follows_the_data_type(DataType type, bool numeric)
    {
        var concept = new Concept(Revenue, type, PeriodType.Duration, Balance.None, false, true, "Revenue");
        Assert.Equal(numeric, concept.IsNumeric);
    }

    [Fact]
    public void Concepts_are_equal_by_name_and_print_as_their_name()
    {
        var a = new Concept(Revenue, DataType.Monetary, PeriodType.Duration, Balance.Credit, false, true, "Revenue");
        var b = new Concept(Revenue with { Prefix = "ifrs" }, DataType.Monetary, PeriodType.Duration, Balance.Credit, false, false, "Revenue from contracts");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("ifrs-full:Revenue", a.ToString());
        Assert.Equal(Balance.Credit, a.Balance);
        Assert.Equal(PeriodType.Duration, a.PeriodType);
        Assert.Equal("Revenue", a.Label);
        Assert.True(a.IsNillable);
        Assert.False(a.IsAbstract);
    }
}
