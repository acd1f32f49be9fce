using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

public class XbrlInstanceReaderTests
{
    private const string UsGaap = "http://fasb.org/us-gaap/2023";
    private const string Cik = "http://www.sec.gov/CIK";

    private static readonly Lazy<XbrlReport> Apple = new(() => new XbrlInstanceReader().ReadFile(TestData.AppleInstance));

    private static DateOnly D(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("aapl-10k-2023/aapl-20230930_htm.xml", 1164, 995, 205)]
    [InlineData("nflx-10k-2024/nflx-20240126_htm.xml", 1086, 955, 230)]
    [InlineData("amzn-10k-2022/amzn-20221231_htm.xml", 1457, 1280, 339)]
    public void Reads_every_fact_and_context_of_the_SEC_filings(string file, int facts, int numeric, int contexts)
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Path("sec-filings", file));
        Assert.Equal(facts, report.Facts.Count);
        Assert.Equal(numeric, report.NumericFactCount);
        Assert.Equal(contexts, report.ContextCount);
        Assert.Empty(report.Notes);
        Assert.Single(report.SchemaRefs);
        Assert.All(report.Facts, f => Assert.NotNull(f.Location));
    }

    [Fact]
    public void Reads_a_monetary_fact_with_its_context_and_unit()
    {
        var revenue = Apple.Value.Facts.Single(f => f.Id == "f-69");
        Assert.Equal(new QName(UsGaap, "us-gaap", "RevenueFromContractWithCustomerExcludingAssessedTax"), revenue.ConceptName);
        Assert.Equal("us-gaap", revenue.ConceptName.Prefix);
        Assert.Equal(new EntityIdentifier(Cik, "0000320193"), revenue.Entity);
        Assert.Equal(Period.Duration(D("2022-09-25"), D("2023-09-30")), revenue.Period);
        Assert.Equal(Unit.Currency("USD"), revenue.Unit);
        Assert.Equal("383285000000", revenue.Value);
        Assert.Equal(383285000000m, revenue.NumericValue);
        Assert.Equal(Decimals.Of(-6), revenue.Decimals);
        Assert.Null(revenue.Precision);
        Assert.False(revenue.IsNil);
        Assert.True(revenue.IsNumeric);
        Assert.Empty(revenue.Dimensions);
        Assert.Empty(revenue.TypedDimensions);
        Assert.Null(revenue.Language);
        Assert.Equal(new SourceLocation(TestData.AppleInstance, 2564, 5, null), revenue.Location);
    }

    [Fact]
    public void Every_fact_location_points_at_its_start_tag()
    {
        var lines = File.ReadAllLines(TestData.AppleInstance);
        Assert.All(Apple.Value.Facts, f =>
        {
            var location = f.Location!.Value;
            Assert.StartsWith("<" + f.ConceptName, lines[location.Line - 1][(location.Column - 1)..], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Reads_divide_units_and_unprefixed_measures()
    {
        var eps = Apple.Value.Facts.First(f => f.ConceptName.LocalName == "EarningsPerShareBasic");
        Assert.Equal("iso4217:USD/xbrli:shares", eps.Unit!.ToString());
        Assert.Equal(Unit.Divide(Unit.Currency("USD"), Unit.Shares), eps.Unit);
        Assert.Equal(6.16m, eps.NumericValue);

        // Apple writes <measure>shares</measure> and <measure>pure</measure> in the default (xbrli) namespace.
        var units = Apple.Value.Facts.Where(f => f.Unit is not null).Select(f => f.Unit!).Distinct().ToList();
        Assert.Contains(Unit.Shares, units);
        Assert.Contains(Unit.Pure, units);
        Assert.Contains("xbrli:shares", units.Select(u => u.ToString()));
        Assert.Contains(Unit.Currency("EUR"), units);
        Assert.Contains(units, u => u.ToString() == "aapl:Vendor");
    }

    [Fact]
    public void Reads_explicit_and_typed_members()
    {
        var classOfStock = new QName(UsGaap, "us-gaap", "StatementClassOfStockAxis");
        var common = Apple.Value.Facts.First(f => f.Dimensions.Any(d => d.Axis == classOfStock));
        Assert.Equal(new ExplicitMember(classOfStock, new QName(UsGaap, "us-gaap", "CommonStockMember")), common.Dimensions.Single());

        var percentage = Apple.Value.Facts.Single(f => f.Id == "f-398");
        var typed = Assert.Single(percentage.TypedDimensions);
        Assert.Equal(new QName(UsGaap, "us-gaap", "RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis"), typed.Axis);
        Assert.Equal("2023-10-01", typed.Value);
        Assert.Equal("RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis.domain", typed.Element!.Value.LocalName);
        Assert.Equal(Period.Instant(D("2023-09-30")), percentage.Period);
        Assert.Equal(Unit.Pure, percentage.Unit);
        Assert.Equal(0.67m, percentage.NumericValue);

        var amazon = new XbrlInstanceReader().ReadFile(TestData.AmazonInstance);
        Assert.Contains(amazon.Facts, f => f.Dimensions.Length >= 2);
    }

    [Fact]
    public void Reads_nil_facts()
    {
        var nilText = Apple.Value.Facts.Single(f => f.Id == "f-403");
        Assert.True(nilText.IsNil);
        Assert.Null(nilText.Value);
        Assert.False(nilText.IsNumeric);

        var nilAmount = Apple.Value.Facts.Single(f => f.Id == "f-194");
        Assert.True(nilAmount.IsNil);
        Assert.True(nilAmount.IsNumeric);
        Assert.Null(nilAmount.NumericValue);
        Assert.Null(nilAmount.Decimals);
        Assert.Null(nilAmount.EffectiveDecimals);
    }

    [Fact]
    public void Non_numeric_facts_keep_their_text_and_the_language_in_scope()
    {
        var name = Apple.Value.Facts.Single(f => f.Id == "f-7");
        Assert.Equal("Apple Inc.", name.Value);
        Assert.Equal("en-US", name.Language);
        Assert.Null(name.NumericValue);
        var flag = Apple.Value.Facts.Single(f => f.Id == "f-59");
        Assert.Equal("false", flag.Value);
        // Escaped HTML (&lt;div ...&gt;) and character references come back as text.
        var textBlock = Apple.Value.Facts.Single(f => f.Id == "f-356");
        Assert.StartsWith("<div style=\"margin-top:9pt;text-align:justify\">", textBlock.Value, StringComparison.Ordinal);
        Assert.Contains("\u2019", Apple.Value.Facts.Single(f => f.Id == "f-58").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_namespaces_and_schema_refs()
    {
        Assert.Equal(["aapl-20230930.xsd"], Apple.Value.SchemaRefs);
        Assert.Equal(UsGaap, Apple.Value.Namespaces["us-gaap"]);
        Assert.Equal(XbrlNamespaces.Xbrli, Apple.Value.Namespaces[""]);
        Assert.Equal(TestData.AppleInstance, Apple.Value.DocumentUri);
        Assert.Equal(9, Apple.Value.UnitCount);
    }

    [Fact]
    public void Contexts_and_units_may_follow_the_facts()
    {
        // 304-18 declares both facts before their context and their units.
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("304-18-sameOrderDivisionMeasuresValid.xml"));
        Assert.Equal(2, report.Facts.Count);
        Assert.Equal(report.Facts[0].Unit, report.Facts[1].Unit);
        Assert.Equal(2, report.Facts[0].Unit!.Numerator.Length);
        Assert.Equal(2, report.Facts[0].Unit!.Denominator.Length);
        Assert.Equal(Period.Instant(D("2003-02-27")), report.Facts[0].Period);
        Assert.Equal(4, report.Facts[0].Precision);
        Assert.Null(report.Facts[0].Decimals);
        Assert.Equal(Decimals.Of(3), report.Facts[0].EffectiveDecimals);
    }

    [Fact]
    public void Reads_forever_periods()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("303-05-ForeverElementewithInstancePeriodTypeReportedasForever.xbrl"));
        var fact = Assert.Single(report.Facts);
        Assert.True(fact.Period.IsForever);
        Assert.Equal(string.Empty, fact.Value);
    }

    [Fact]
    public void Lists_facts_inside_tuples_and_says_so()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("320-03-nestedtupleBindCalculationInferPrecision-instance.xbrl"));
        Assert.Equal(17, report.Facts.Count);
        var note = Assert.Single(report.Notes);
        Assert.Contains("5 tuple(s)", note, StringComparison.Ordinal);
        Assert.Contains("nestedtupleBindCalc:Analysis at line 32", note, StringComparison.Ordinal);
        Assert.Contains("17 fact(s)", note, StringComparison.Ordinal);
        Assert.Equal(4, report.Facts.Count(f => f.ConceptName.LocalName == "Name"));
        Assert.True(report.Facts.All(f => f.IsPrecisionInfinite || f.Precision is not null || !f.IsNumeric));
    }

    [Fact]
    public void Reads_precision_INF_and_an_unprefixed_measure_in_the_default_namespace()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("304-25-measure-reported-with-prefix-undefined-instance.xbrl"));
        var fact = Assert.Single(report.Facts);
        Assert.Equal(Decimals.Infinite, fact.Decimals);
        Assert.Equal(new QName(XbrlNamespaces.Xbrli, "xbrli", "EUR"), fact.Unit!.Numerator.Single());
        Assert.False(fact.Unit.IsMonetary);

        var precisionInf = new XbrlInstanceReader().ReadFile(TestData.Conformance("397-28-PrecisionDifferentScales.xbrl"));
        var b = precisionInf.Facts.Single(f => f.ConceptName.LocalName == "B");
        Assert.True(b.IsPrecisionInfinite);
        Assert.Null(b.Precision);
        Assert.Equal(Decimals.Infinite, b.EffectiveDecimals);
    }

    [Fact]
    public void Reads_every_instance_of_the_conformance_subset()
    {
        var root = TestData.Path("xbrl21-conformance");
        var index = XDocument.Load(Path.Combine(root, "index.xml"));
        var instances = new List<string>();
        foreach (var testcase in index.Descendants("testcase"))
        {
            var testcaseFile = Path.Combine(root, testcase.Attribute("uri")!.Value);
            var doc = XDocument.Load(testcaseFile);
            instances.AddRange(doc.Descendants()
                .Where(e => e.Name.LocalName == "instance" && (string?)e.Attribute("readMeFirst") == "true")
                .Select(e => Path.Combine(Path.GetDirectoryName(testcaseFile)!, e.Value.Trim())));
        }

        Assert.True(instances.Count >= 100, $"only {instances.Count} instances listed");
        var failures = new List<string>();
        var facts = 0;
        foreach (var file in instances.Distinct())
        {
            try
            {
                facts += new XbrlInstanceReader().ReadFile(file).Facts.Count;
            }
            catch (XbrlFormatException e)
            {
                failures.Add(e.Message);
            }
        }

        Assert.Empty(failures);
        Assert.True(facts > 300);
    }

    [Fact]
    public void Footnotes_attach_to_their_facts_and_linkbase_refs_and_non_dimensional_segments_are_noted()
    {
        const string Xml = """
            <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase"
                  xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:my="http://example.com/my" xml:lang="en">
              <link:schemaRef xlink:type="simple" xlink:href="my.xsd"/>
              <link:linkbaseRef xlink:type="simple" xlink:href="my-lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
              <context id="c1">
                <entity><identifier scheme="http://example.com">E</identifier><segment><my:legacy>x</my:legacy></segment></entity>
                <period><startDate>2021-01-01</startDate><endDate>2022-01-01T00:00:00</endDate></period>
              </context>
              <my:Text contextRef="c1" id="t1" xml:lang="de">  Hallo  </my:Text>
              <link:footnoteLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
                <link:loc xlink:type="locator" xlink:href="#t1" xlink:label="fact"/>
                <link:footnote xlink:type="resource" xlink:label="note" xml:lang="en">A note</link:footnote>
                <link:footnote xlink:type="resource" xlink:label="note2" xml:lang="en">Another</link:footnote>
                <link:footnoteArc xlink:type="arc" xlink:from="fact" xlink:to="note" xlink:arcrole="http://www.xbrl.org/2003/arcrole/fact-footnote"/>
              </link:footnoteLink>
            </xbrl>
            """;
        var report = Read(Xml);
        var fact = Assert.Single(report.Facts);
        Assert.Equal("  Hallo  ", fact.Value);
        Assert.Equal("de", fact.Language);
        Assert.Equal(Period.Duration(D("2021-01-01"), D("2021-12-31")), fact.Period);
        Assert.Equal(new Footnote("A note", "en"), Assert.Single(fact.Footnotes));
        Assert.Contains(report.Notes, n => n.Contains("1 link:linkbaseRef", StringComparison.Ordinal));
        Assert.Contains(report.Notes, n => n.Contains("context 'c1' at line 5", StringComparison.Ordinal));
        Assert.Equal(2, report.Notes.Count);
    }

    [Fact]
    public void Member_prefixes_declared_on_the_member_element_resolve()
    {
        const string Xml = """
            <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:my="http://example.com/my">
              <context id="c1">
                <entity><identifier scheme="http://example.com">E</identifier>
                  <segment><xbrldi:explicitMember xmlns:ax="http://example.com/axes" xmlns:m="http://example.com/members" dimension="ax:SegmentAxis">m:EuropeMember</xbrldi:explicitMember></segment>
                </entity>
                <period><instant>2021-12-31</instant></period>
              </context>
              <unit id="u"><measure xmlns:iso="http://www.xbrl.org/2003/iso4217">iso:CNY</measure></unit>
              <my:Revenue contextRef="c1" unitRef="u" decimals="-3">17800000</my:Revenue>
            </xbrl>
            """;
        var fact = Assert.Single(Read(Xml).Facts);
        Assert.Equal(new ExplicitMember(new QName("http://example.com/axes", "ax", "SegmentAxis"), new QName("http://example.com/members", "m", "EuropeMember")), fact.Dimensions.Single());
        Assert.Equal("CNY", fact.Unit!.CurrencyCode);
        Assert.Equal(17800000m, fact.NumericValue);
    }

    [Fact]
    public void Contexts_and_units_may_come_after_the_facts_that_use_them()
    {
        const string Xml = """
            <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:my="http://example.com/my" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
              <context id="early"><entity><identifier scheme="http://example.com">E</identifier></entity><period><instant>2020-12-31</instant></period></context>
              <my:A contextRef="late" unitRef="u" decimals="0" id="a">1</my:A>
              <my:B contextRef="early" unitRef="u" decimals="0" id="b">2</my:B>
              <my:C contextRef="early" id="c">three</my:C>
              <my:D contextRef="late" id="d">four</my:D>
              <unit id="u"><measure>iso4217:EUR</measure></unit>
              <context id="late"><entity><identifier scheme="http://example.com">E</identifier></entity><period><instant>2021-12-31</instant></period></context>
            </xbrl>
            """;
        var report = Read(Xml);
        Assert.Equal(["a", "b", "c", "d"], report.Facts.Select(f => f.Id));
        Assert.Equal([D("2021-12-31"), D("2020-12-31"), D("2020-12-31"), D("2021-12-31")], report.Facts.Select(f => f.Period.End));
        Assert.Equal([Unit.Currency("EUR"), Unit.Currency("EUR"), null, null], report.Facts.Select(f => f.Unit));
        Assert.Equal([3, 4, 5, 6], report.Facts.Select(f => f.Location!.Value.Line));

        // The first fact, in document order, whose context or unit never comes is the one reported.
        var broken = Xml.Replace("contextRef=\"late\" id=\"d\"", "contextRef=\"never\" id=\"d\"", StringComparison.Ordinal)
            .Replace("unitRef=\"u\" decimals=\"0\" id=\"b\"", "unitRef=\"v\" decimals=\"0\" id=\"b\"", StringComparison.Ordinal);
        var e = Assert.Throws<XbrlFormatException>(() => Read(broken));
        Assert.Contains("unit 'v'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(4, e.Line);
    }

    [Fact]
    public void Reads_from_a_non_seekable_stream()
    {
        var bytes = File.ReadAllBytes(TestData.NetflixInstance);
        using var stream = new NonSeekableStream(bytes);
        var report = new XbrlInstanceReader().Read(stream, "nflx.xml");
        Assert.Equal(1086, report.Facts.Count);
        Assert.Equal("nflx.xml", report.Facts[0].Location!.Value.Document);
    }

    internal static XbrlReport Read(string xml, XbrlReaderOptions? options = null) =>
        new XbrlInstanceReader(options).Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "test.xml");
}
