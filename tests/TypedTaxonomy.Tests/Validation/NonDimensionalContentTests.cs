using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests.Validation;

/// <summary>
/// Segment and scenario content that is not an axis member, as XBRL 2.1 taxonomies before XBRL Dimensions used
/// it: two contexts that differ only in it are different contexts (section 4.10, s-equal), so their facts are
/// neither duplicates of each other nor items of each other's totals.
/// </summary>
public sealed class NonDimensionalContentTests
{
    private const string Ns = "http://example.com/abc";
    private static readonly Concept A = new(new QName(Ns, "abc", "A"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "A");
    private static readonly Concept B = new(new QName(Ns, "abc", "B"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "B");
    private static readonly Concept C = new(new QName(Ns, "abc", "C"), DataType.Monetary, PeriodType.Instant, Balance.None, false, true, "C");
    private static readonly TaxonomyRules Rules = new(
        name => new[] { A, B, C }.FirstOrDefault(c => c.Name == name),
        (_, _) => null,
        new[] { new SummationRule(A, new[] { new SummationTerm(B, 1), new SummationTerm(C, 1) }) },
        Array.Empty<RangeRule>());

    /// <summary>
    /// North and South each add up (A = B + C); taken as one context they would be inconsistent duplicates. The
    /// third context is North again, written with another prefix, its attributes in another order and more white
    /// space: the same content, so its A is a duplicate of North's (and consistent with it).
    /// </summary>
    private const string Instance = """
        <xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
              xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:abc="http://example.com/abc" xmlns:geo="http://example.com/geo" xmlns:g2="http://example.com/geo">
          <link:schemaRef xlink:type="simple" xlink:href="abc.xsd"/>
          <context id="north">
            <entity><identifier scheme="http://example.com">example</identifier><segment><geo:region code="N" level="1">North</geo:region></segment></entity>
            <period><instant>2001-01-01</instant></period>
          </context>
          <context id="south">
            <entity><identifier scheme="http://example.com">example</identifier><segment><geo:region code="S" level="1">South</geo:region></segment></entity>
            <period><instant>2001-01-01</instant></period>
          </context>
          <context id="north-again">
            <entity><identifier scheme="http://example.com">example</identifier><segment>
              <!-- the same region -->
              <g2:region level="1"   code="N">
                North
              </g2:region>
            </segment></entity>
            <period><instant>2001-01-01</instant></period>
          </context>
          <unit id="usd"><measure>iso4217:USD</measure></unit>
          <abc:A contextRef="north" unitRef="usd" decimals="0">30</abc:A>
          <abc:B contextRef="north" unitRef="usd" decimals="0">10</abc:B>
          <abc:C contextRef="north" unitRef="usd" decimals="0">20</abc:C>
          <abc:A contextRef="south" unitRef="usd" decimals="0">7</abc:A>
          <abc:B contextRef="south" unitRef="usd" decimals="0">3</abc:B>
          <abc:C contextRef="south" unitRef="usd" decimals="0">4</abc:C>
          <abc:A contextRef="north-again" unitRef="usd" decimals="0">30</abc:A>
        </xbrl>
        """;

    [Fact]
    public void The_reader_keeps_the_content_in_a_form_that_is_the_same_for_the_same_content()
    {
        var report = Read(Instance);

        var north = report.Facts.First(f => f.ConceptName.LocalName == "A").NonDimensionalContent;
        Assert.Equal("segment: <{http://example.com/geo}region {}code=\"N\" {}level=\"1\">North</>", north);
        Assert.Equal(north, report.Facts.Last().NonDimensionalContent);
        Assert.NotEqual(north, report.Facts.Single(f => f.ConceptName.LocalName == "A" && f.NumericValue == 7).NonDimensionalContent);
        Assert.True(report.Facts[0].HasSameAspects(report.Facts[^1]));
        Assert.False(report.Facts[0].HasSameAspects(report.Facts[3]));
        Assert.Contains(report.Notes, n => n.StartsWith("3 context(s) have segment or scenario content other than xbrldi members", StringComparison.Ordinal));
    }

    /// <summary>
    /// Two contents, two bindings of the summation, each consistent; North's total is reported twice, with the same
    /// value, which is no inconsistency in either mode.
    /// </summary>
    [Theory]
    [InlineData(CalculationMode.Classic)]
    [InlineData(CalculationMode.RoundToNearest)]
    public void Each_content_is_its_own_context_for_duplicates_and_summations(CalculationMode mode)
    {
        var validation = ReportValidator.Validate(Read(Instance).Facts, Rules, mode);

        Assert.Empty(validation.Result.Findings);
        Assert.Equal(2, validation.CheckedCalculations);
    }

    [Fact]
    public void The_same_facts_without_the_content_are_inconsistent_duplicates()
    {
        // The check above can fail: drop the segments, and North's and South's A are one fact reported as 30 and 7.
        var plain = System.Text.RegularExpressions.Regex.Replace(Instance, @"<segment>.*?</segment>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);

        var validation = ReportValidator.Validate(Read(plain).Facts, Rules, CalculationMode.RoundToNearest);

        Assert.Contains(validation.Result.Findings, f => f.Rule == ValidationRules.InconsistentDuplicates);
    }

    [Fact]
    public void XbrlJson_cannot_hold_the_content_and_the_writer_says_so()
    {
        var report = Read(Instance);

        var exception = Assert.Throws<InvalidOperationException>(() => new XbrlJsonWriter().Write(report, new MemoryStream()));
        Assert.Contains("segment or scenario content other than axis members", exception.Message, StringComparison.Ordinal);
    }

    private static XbrlReport Read(string xml) => new XbrlInstanceReader().Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "regions.xml");
}
