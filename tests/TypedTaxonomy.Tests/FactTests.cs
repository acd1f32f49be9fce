using System;
using System.Linq;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

public class FactTests
{
    private static readonly QName Assets = new("http://fasb.org/us-gaap/2023", "us-gaap", "Assets");

    [Fact]
    public void A_fact_built_in_code_has_empty_members_and_describes_itself()
    {
        var fact = new Fact
        {
            ConceptName = Assets,
            Entity = new EntityIdentifier("http://www.sec.gov/CIK", "0000320193"),
            Period = Period.Parse("2023-09-30"),
            Unit = Unit.Currency("USD"),
            Value = "352583000000",
            NumericValue = 352583000000m,
            Decimals = Decimals.Of(-6),
            Dimensions = default,
        };
        Assert.Empty(fact.Dimensions);
        Assert.Empty(fact.TypedDimensions);
        Assert.True(fact.IsNumeric);
        Assert.Equal(Decimals.Of(-6), fact.EffectiveDecimals);
        Assert.Equal("us-gaap:Assets [2023-09-30] = 352583000000 iso4217:USD", fact.ToString());
    }

    [Fact]
    public void Same_aspects_ignore_member_order()
    {
        var a = new ExplicitMember(new QName("http://e", "e", "AAxis"), new QName("http://e", "e", "A1"));
        var b = new ExplicitMember(new QName("http://e", "e", "BAxis"), new QName("http://e", "e", "B1"));
        Fact Make(params ExplicitMember[] members) => new()
        {
            ConceptName = Assets,
            Entity = EntityIdentifier.None,
            Period = Period.Forever,
            Value = "x",
            Dimensions = [.. members],
        };
        Assert.True(Make(a, b).HasSameAspects(Make(b, a)));
        Assert.False(Make(a, b).HasSameAspects(Make(a)));
    }

    [Fact]
    public void Effective_decimals_come_from_decimals_or_precision()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("397-24-PrecisionZeroRoundUp.xbrl"));
        var zero = report.Facts.First(f => f.Precision == 0);
        Assert.Null(zero.EffectiveDecimals);
        Assert.All(report.Facts.Where(f => f.IsPrecisionInfinite), f => Assert.Equal(Decimals.Infinite, f.EffectiveDecimals));
        Assert.Null(new Fact { ConceptName = Assets, Entity = EntityIdentifier.None, Period = Period.Forever, Value = "x" }.EffectiveDecimals);
    }

    [Fact]
    public void Locations_and_errors_print_the_place()
    {
        Assert.Equal("a.xml(3,7)", new SourceLocation("a.xml", 3, 7, null).ToString());
        Assert.Equal("a.json(3,7) $.facts.f1", new SourceLocation("a.json", 3, 7, "$.facts.f1").ToString());
        Assert.Equal("a.xml", new SourceLocation("a.xml", 0, 0, null).ToString());
        var e = new XbrlFormatException("Bad.", "a.json", 2, 5, "$.facts.f1.value");
        Assert.Equal("a.json(2,5) at $.facts.f1.value: Bad.", e.Message);
        Assert.Equal("Bad.", e.Reason);
        Assert.Equal(new SourceLocation("a.json", 2, 5, "$.facts.f1.value"), e.Location);
    }

    [Fact]
    public void Standard_prefixes_resolve_both_ways()
    {
        Assert.Equal(XbrlNamespaces.Iso4217, XbrlNamespaces.ResolveStandardPrefix("iso4217"));
        Assert.Equal(XbrlNamespaces.Xsd, XbrlNamespaces.ResolveStandardPrefix("xsd"));
        Assert.Equal(XbrlNamespaces.Xsd, XbrlNamespaces.ResolveStandardPrefix("xs"));
        Assert.Null(XbrlNamespaces.ResolveStandardPrefix("us-gaap"));
        Assert.Equal("xbrldi", XbrlNamespaces.StandardPrefixFor(XbrlNamespaces.Xbrldi));
        Assert.Equal("nonnum", XbrlNamespaces.StandardPrefixFor("http://www.xbrl.org/dtr/type/non-numeric"));
        Assert.Null(XbrlNamespaces.StandardPrefixFor("http://fasb.org/us-gaap/2023"));
    }

    [Fact]
    public void Reports_copy_their_inputs()
    {
        var facts = new System.Collections.Generic.List<Fact>();
        var report = new XbrlReport(facts, [new("b", "http://b"), new("a", "http://a")], "doc.xml", ["x.xsd"], ["note"]);
        facts.Add(new Fact { ConceptName = Assets, Entity = EntityIdentifier.None, Period = Period.Forever, Value = "x" });
        Assert.Empty(report.Facts);
        Assert.Equal(["a", "b"], report.Namespaces.Keys);
        Assert.Equal("doc.xml", report.DocumentUri);
        Assert.Equal(["x.xsd"], report.SchemaRefs);
        Assert.Equal(["note"], report.Notes);
        Assert.Equal(0, report.NumericFactCount);
    }
}
