using System.Linq;
using TypedTaxonomy.Import.Dts;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// Fact values against their types with System.Xml.Schema (<see cref="FactValueValidator"/>): built-in XBRL item
/// types (date, the date-or-dateTime union, boolean, QName) and types the taxonomy restricts with an enumeration, a
/// pattern and bounds, each item reported once with a value its type accepts and once with one it does not
/// (<c>Data/values</c>); a nil fact has no value to check.
/// </summary>
public sealed class FactValueValidatorTests
{
    [Fact]
    public void EachValueTheTypeDoesNotAcceptIsAnErrorAtItsFact()
    {
        var result = XbrlProcessor.Validate(Repository.Path("tests/TypedTaxonomy.EndToEnd.Tests/Data/values/values-instance.xml"));

        var errors = result.Findings.Where(f => f.Code == "xmlSchema:valueError").ToList();
        Assert.Equal(new[] { 16, 18, 20, 22, 24, 26, 28 }, errors.Select(f => f.Line));
        Assert.All(errors, f => Assert.Equal(3, f.Column));
        Assert.Equal(errors.Count, result.Findings.Count);
    }

    /// <summary>
    /// Two items of one XBRL item type as it is share the element compiled for that type; each value error still names
    /// the item's own element, as it would with an element of its own.
    /// </summary>
    [Fact]
    public void ItemsSharingACompiledTypeKeepTheirOwnElementInTheMessage()
    {
        var result = XbrlProcessor.Validate(Repository.Path("tests/TypedTaxonomy.EndToEnd.Tests/Data/values/shared-type-instance.xml"));

        var errors = result.Findings.Where(f => f.Code == "xmlSchema:valueError").ToList();
        Assert.Equal(new[] { 10, 11 }, errors.Select(f => f.Line));
        // The items' elements are numbered in the DTS's order: Opened's is i0, Closed's i1, which is validated against i0's type.
        var opened = errors[0].Message;
        Assert.Contains("of Opened is not valid for its type: The 'urn:typed-taxonomy:dts-values:i0' element is invalid", opened, System.StringComparison.Ordinal);
        Assert.Equal(opened.Replace("of Opened", "of Closed", System.StringComparison.Ordinal).Replace(":i0'", ":i1'", System.StringComparison.Ordinal), errors[1].Message);
    }

    [Fact]
    public void EveryItemOfTheTaxonomyHasItsTypeCompiled()
    {
        var dts = DtsLoader.Load(Repository.Path("tests/TypedTaxonomy.EndToEnd.Tests/Data/values/values.xsd"));

        Assert.Equal(7, FactValueValidator.For(dts).CheckedItems);
    }
}
