using System;
using TypedTaxonomy.Rendering;

namespace TypedTaxonomy.Tests.Rendering;

public class RenderingFormatTests
{
    [Theory]
    [InlineData("95359000000", -6, 6, "95,359")]
    [InlineData("-279000000", -6, 6, "(279)")]
    [InlineData("13600000000", -8, 9, "13.6")]
    [InlineData("1.65", 2, 0, "1.65")]
    [InlineData("0.00001", null, 0, "0.00001")]
    [InlineData("0.5", null, 0, "0.50")]
    [InlineData("14994082000", -3, 3, "14,994,082")]
    [InlineData("50400000000", null, 0, "50,400,000,000")]
    public void NumbersAreScaledAndShownWithTheirDecimals(string value, int? decimals, int scale, string expected) =>
        Assert.Equal(expected, DisplayFormat.Number(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), decimals, scale));

    [Theory]
    [InlineData(2025, 3, 29, "Mar. 29, 2025")]
    [InlineData(2025, 5, 3, "May 3, 2025")]
    [InlineData(2024, 9, 28, "Sep. 28, 2024")]
    public void DatesAreWrittenAsTheSecWritesThem(int year, int month, int day, string expected) =>
        Assert.Equal(expected, DisplayFormat.Date(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("2024-12-29", "2025-03-29", 3)]
    [InlineData("2024-09-29", "2025-03-29", 6)]
    [InlineData("2023-10-01", "2024-09-28", 12)]
    public void ThirteenWeekQuartersAreThreeMonths(string start, string end, int months) =>
        Assert.Equal(months, DisplayFormat.MonthsOf(Period.Duration(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void TextBlocksKeepTheirStructureButNoScriptStylesOrAttributes()
    {
        var html = HtmlFragment.Sanitize("<div style=\"x\" onclick=\"evil()\"><p>Revenue &amp; costs</p><script>alert(1)</script><table><tr><td colspan=\"2\">¥ 1</td></tr></table><a href=\"javascript:x\">link</a></div>");

        Assert.Equal("<div><p>Revenue &amp; costs</p><table><tr><td colspan=\"2\">¥ 1</td></tr></table>link</div>", html);
    }

    [Fact]
    public void TextThatIsNotWellFormedIsShownAsText()
    {
        Assert.Equal("<p>&lt;p&gt;open &amp; unclosed</p>", HtmlFragment.Sanitize("<p>open & unclosed"));
    }
}
