using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

/// <summary>Broken instances, made by damaging real ones, give an <see cref="XbrlFormatException"/> that says where.</summary>
public class XbrlInstanceReaderErrorTests
{
    private static XbrlFormatException ReadBroken(string xml, XbrlReaderOptions? options = null) =>
        Assert.Throws<XbrlFormatException>(() => XbrlInstanceReaderTests.Read(xml, options));

    private static string Conformance(string file) => File.ReadAllText(TestData.Conformance(file));

    /// <summary>The 1-based line and column where <paramref name="marker"/> first occurs in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string text, string marker)
    {
        var index = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{marker}' not found");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    [Fact]
    public void A_truncated_document_is_reported_where_it_ends()
    {
        var text = File.ReadAllText(TestData.AppleInstance);
        var truncated = text[..(text.Length / 2)];
        var e = ReadBroken(truncated);
        Assert.Equal("test.xml", e.Document);
        Assert.Equal(truncated.Count(c => c == '\n') + 1, e.Line);
        Assert.True(e.Column > 0);
        Assert.Contains("not well-formed", e.Message, StringComparison.Ordinal);
        Assert.StartsWith($"test.xml({e.Line},{e.Column}): ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_contextRef_names_the_fact_and_the_context()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace("contextRef=\"ci\"", "contextRef=\"nowhere\"", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("'nowhere'", e.Reason, StringComparison.Ordinal);
        Assert.Contains("s:fixedAssets", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<s:fixedAssets"), (e.Line, e.Column));
    }

    [Fact]
    public void An_unknown_unitRef_names_the_fact_and_the_unit()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace("unitRef=\"u1\"", "unitRef=\"u9\"", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("unit 'u9'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<s:fixedAssets"), (e.Line, e.Column));
    }

    [Fact]
    public void Bad_decimals_are_reported_at_the_fact()
    {
        var original = Conformance("320-32-BindCalculationInferDecimals-instance.xbrl");
        var xml = original.Replace("decimals=\"0\">-26.5", "decimals=\"abc\">-26.5", StringComparison.Ordinal);
        Assert.NotEqual(original, xml);
        var e = ReadBroken(xml);
        Assert.Contains("decimals=\"abc\"", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<calcinferprecisiontestcase:B"), (e.Line, e.Column));
    }

    [Fact]
    public void Bad_precision_is_reported_at_the_fact()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace("precision=\"18\"", "precision=\"-2\"", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("precision=\"-2\"", e.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2001-02-30")]
    [InlineData("16/08/2001")]
    [InlineData("2001-08-16T13:00:00")]
    public void A_bad_date_is_reported_at_its_element(string date)
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace("2001-08-16", date, StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("instant of context 'ci'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<instant>"), (e.Line, e.Column));
    }

    [Fact]
    public void A_period_ending_before_it_starts_is_refused()
    {
        var xml = Conformance("303-02-PeriodDurationValid.xml").Replace(">2001-08-01<", ">2099-08-01<", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("ends (2001-08-31) before it starts (2099-08-01)", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<xbrli:period>"), (e.Line, e.Column));
    }

    [Fact]
    public void A_non_numeric_value_of_a_numeric_fact_is_refused()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace(">7</s:fixedAssets>", ">seven</s:fixedAssets>", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("'seven'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<s:fixedAssets"), (e.Line, e.Column));
    }

    [Fact]
    public void Duplicate_ids_are_refused()
    {
        var xml = Conformance("304-18-sameOrderDivisionMeasuresValid.xml").Replace("<unit id=\"u2\">", "<unit id=\"u1\">", StringComparison.Ordinal);
        Assert.Contains("two units with the id 'u1'", ReadBroken(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undeclared_member_prefix_is_reported()
    {
        var text = File.ReadAllText(TestData.AppleInstance);
        var xml = text.Replace(">us-gaap:CommonStockMember<", ">nope:CommonStockMember<", StringComparison.Ordinal);
        var e = ReadBroken(xml);
        Assert.Contains("prefix 'nope' is not declared", e.Reason, StringComparison.Ordinal);
        Assert.Equal(Position(xml, "<xbrldi:explicitMember dimension=\"us-gaap:StatementClassOfStockAxis\">nope:"), (e.Line, e.Column));
    }

    [Fact]
    public void A_DTD_is_refused()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE xbrl [<!ENTITY x \"boom\">]>\n" + Conformance("303-01-PeriodInstantValid.xml");
        var e = ReadBroken(xml);
        Assert.Contains("DTD", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line == 1, e.Message);
    }

    [Fact]
    public void A_document_that_is_not_an_instance_is_refused()
    {
        var e = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader().ReadFile(TestData.Path("sec-filings", "aapl-10k-2023", "aapl-20230930_cal.xml")));
        Assert.Contains("not an XBRL instance", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Element_content_in_a_fact_is_refused()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace(">7</s:fixedAssets>", "><b>7</b></s:fixedAssets>", StringComparison.Ordinal);
        Assert.Contains("must contain only text", ReadBroken(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_facts_are_refused()
    {
        var e = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader(new XbrlReaderOptions { MaxFacts = 100 }).ReadFile(TestData.AppleInstance));
        Assert.Contains("more than 100 facts", e.Reason, StringComparison.Ordinal);
        Assert.True(e.Line > 0);
    }

    [Fact]
    public void Too_deep_nesting_is_refused()
    {
        // Apple's explicit members sit at depth 4 (xbrl/context/entity/segment/explicitMember).
        var e = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader(new XbrlReaderOptions { MaxDepth = 3 }).ReadFile(TestData.AppleInstance));
        Assert.Contains("nested more than 3 deep", e.Reason, StringComparison.Ordinal);
        Assert.Equal(30, e.Line);
    }

    [Fact]
    public void Too_large_documents_are_refused_from_seekable_and_forward_only_streams()
    {
        var bytes = File.ReadAllBytes(TestData.AppleInstance);
        var options = new XbrlReaderOptions { MaxDocumentBytes = 100_000 };
        var seekable = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader(options).Read(new MemoryStream(bytes), "aapl.xml"));
        Assert.Contains("larger than the limit of 100000 bytes", seekable.Reason, StringComparison.Ordinal);
        var forwardOnly = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader(options).Read(new NonSeekableStream(bytes), "aapl.xml"));
        Assert.Contains("larger than the limit", forwardOnly.Reason, StringComparison.Ordinal);
        Assert.True(forwardOnly.Line > 1);
    }

    [Fact]
    public void Text_in_the_wrong_place_is_refused()
    {
        var xml = Conformance("303-01-PeriodInstantValid.xml").Replace("<unit id=\"u1\">", "stray text<unit id=\"u1\">", StringComparison.Ordinal);
        Assert.Contains("Unexpected text 'stray text'", ReadBroken(xml).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_name_the_document_given()
    {
        var bytes = Encoding.UTF8.GetBytes("<xbrl xmlns=\"http://www.xbrl.org/2003/instance\"><context/></xbrl>");
        var e = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader().Read(new MemoryStream(bytes), "https://example.com/report.xml"));
        Assert.Equal("https://example.com/report.xml", e.Document);
        Assert.Equal(new SourceLocation("https://example.com/report.xml", 1, 49, null), e.Location);
        Assert.Contains("has no id", e.Reason, StringComparison.Ordinal);
    }
}
