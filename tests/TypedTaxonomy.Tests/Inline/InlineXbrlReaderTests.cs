using System;
using System.IO;
using System.Linq;
using System.Text;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Inline;
using Xunit;

namespace TypedTaxonomy.Tests.Inline;

/// <summary>Each Inline XBRL construct on a small document written for it, valid and invalid.</summary>
public sealed class InlineXbrlReaderTests
{
    private const string Namespaces =
        """xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:e="http://example.com/e" xml:lang="en" """;

    private const string Header = """
        <div style="display:none"><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="e.xsd"/></ix:references><ix:resources>
        <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://example.com">E</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2025-03-29</xbrli:instant></xbrli:period></xbrli:context>
        <xbrli:context id="d"><xbrli:entity><xbrli:identifier scheme="http://example.com">E</xbrli:identifier><xbrli:segment><xbrldi:explicitMember dimension="e:Axis">e:Member</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-03-29</xbrli:endDate></xbrli:period></xbrli:context>
        <xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
        </ix:resources></ix:header></div>
        """;

    [Fact]
    public void Numbers_take_their_format_scale_and_sign()
    {
        var report = Read(Doc("""
            <p><ix:nonFraction name="e:Revenue" contextRef="c" unitRef="usd" decimals="-6" scale="6" format="ixt:num-dot-decimal">95,359</ix:nonFraction></p>
            <p><ix:nonFraction name="e:Loss" contextRef="d" unitRef="usd" decimals="2" sign="-" format="ixt:num-dot-decimal">1,234.50</ix:nonFraction></p>
            <p><ix:nonFraction name="e:Rate" contextRef="c" unitRef="usd" decimals="3" scale="-2">24.1</ix:nonFraction></p>
            <p><ix:nonFraction name="e:Zero" contextRef="c" unitRef="usd" decimals="0" format="ixt:fixed-zero">—</ix:nonFraction></p>
            """));
        Assert.Equal(["95359000000", "-1234.5", "0.241", "0"], report.Facts.Select(f => f.Value));
        Assert.Equal([95_359_000_000m, -1234.5m, 0.241m, 0m], report.Facts.Select(f => f.NumericValue!.Value));
        Assert.Equal(Decimals.Of(-6), report.Facts[0].Decimals);
        Assert.Equal(Unit.Currency("USD"), report.Facts[0].Unit);
        Assert.Equal(new ExplicitMember(new QName("http://example.com/e", "e", "Axis"), new QName("http://example.com/e", "e", "Member")), Assert.Single(report.Facts[1].Dimensions));
        Assert.Equal(["e.xsd"], report.SchemaRefs);
    }

    [Fact]
    public void Nil_facts_have_no_value_and_nested_numbers_are_two_facts()
    {
        var report = Read(Doc("""
            <p><ix:nonFraction name="e:Nothing" contextRef="c" unitRef="usd" xsi:nil="true"/></p>
            <p><ix:nonFraction name="e:Outer" contextRef="c" unitRef="usd" decimals="0"><ix:nonFraction name="e:Inner" contextRef="c" unitRef="usd" decimals="0" scale="3">12</ix:nonFraction></ix:nonFraction></p>
            <p><ix:nonNumeric name="e:Empty" contextRef="c" xsi:nil="true"></ix:nonNumeric></p>
            """));
        var nothing = report.Facts[0];
        Assert.True(nothing.IsNil);
        Assert.Null(nothing.Value);
        Assert.Null(nothing.NumericValue);
        Assert.Equal(("e:Outer", "12"), (report.Facts[1].ConceptName.ToString(), report.Facts[1].Value));
        Assert.Equal(("e:Inner", "12000"), (report.Facts[2].ConceptName.ToString(), report.Facts[2].Value));
        Assert.True(report.Facts[3].IsNil);
    }

    [Fact]
    public void Text_follows_its_continuations_without_what_is_excluded()
    {
        var report = Read(Doc("""
            <ix:continuation id="k2">and the end.</ix:continuation>
            <p><ix:nonNumeric name="e:Policy" contextRef="c" continuedAt="k1">The start <ix:exclude>(page 3)</ix:exclude>of it, </ix:nonNumeric></p>
            <div><ix:continuation id="k1" continuedAt="k2">the middle <ix:exclude>footer</ix:exclude>part, </ix:continuation></div>
            """));
        var fact = Assert.Single(report.Facts);
        Assert.Equal("The start of it, the middle part, and the end.", fact.Value);
        Assert.Equal("en", fact.Language);
    }

    [Fact]
    public void Nested_exclusions_leave_out_all_they_hold_and_a_fact_nested_in_a_fact_keeps_its_own_text()
    {
        var report = Read(Doc("""
            <ix:nonNumeric name="e:Outer" contextRef="c">a<ix:exclude>b<ix:exclude>c</ix:exclude>d</ix:exclude>e <ix:nonNumeric name="e:Inner" contextRef="c">f<ix:exclude>g</ix:exclude>h</ix:nonNumeric></ix:nonNumeric>
            """));
        Assert.Equal(["ae fh", "fh"], report.Facts.Select(f => f.Value));
    }

    [Fact]
    public void Escaped_text_keeps_its_markup_through_continuations()
    {
        var report = Read(Doc("""
            <ix:nonNumeric name="e:Block" contextRef="c" escape="true" continuedAt="k"><div class="a">Sales &amp; <b>costs</b><br/></div></ix:nonNumeric>
            <ix:continuation id="k"><table><tr><td></td><td>1 &lt; 2</td></tr></table><ix:exclude><p>page 9</p></ix:exclude></ix:continuation>
            """));
        Assert.Equal("""<div class="a">Sales &amp; <b>costs</b><br/></div><table><tr><td></td><td>1 &lt; 2</td></tr></table>""", Assert.Single(report.Facts).Value);
    }

    [Fact]
    public void Formats_apply_to_text_facts()
    {
        var report = Read(Doc("""
            <ix:nonNumeric name="e:Flag" contextRef="c" format="ixt:fixed-true">Yes</ix:nonNumeric>
            <ix:nonNumeric name="e:Date" contextRef="c" format="ixt:date-monthname-day-year-en">March 29, 2025</ix:nonNumeric>
            """));
        Assert.Equal(["true", "2025-03-29"], report.Facts.Select(f => f.Value));
    }

    [Fact]
    public void Fractions_read_their_numerator_and_denominator()
    {
        var report = Read(Doc("""
            <ix:fraction name="e:Part" contextRef="c" unitRef="usd"><ix:numerator>1</ix:numerator>/<ix:denominator>4</ix:denominator></ix:fraction>
            """));
        var fact = Assert.Single(report.Facts);
        Assert.Equal("1/4", fact.Value);
        Assert.Equal(0.25m, fact.NumericValue);
    }

    [Fact]
    public void Tuples_enclose_their_members_by_nesting_and_by_tupleRef()
    {
        var report = Read(Doc("""
            <ix:tuple name="e:Director" tupleID="t1">
              <ix:nonNumeric name="e:DirectorName" contextRef="c" order="1">Ada</ix:nonNumeric>
              <ix:tuple name="e:Address" order="2"><ix:nonNumeric name="e:City" contextRef="c" order="1">Bath</ix:nonNumeric></ix:tuple>
            </ix:tuple>
            <ix:nonFraction name="e:Fee" contextRef="c" unitRef="usd" decimals="0" tupleRef="t1" order="3">5</ix:nonFraction>
            <ix:nonNumeric name="e:Alone" contextRef="c">x</ix:nonNumeric>
            """));
        Assert.Equal(
            [("e:DirectorName", "1"), ("e:City", "1,2"), ("e:Fee", "1"), ("e:Alone", "")],
            report.Facts.Select(f => (f.ConceptName.ToString(), string.Join(",", f.EnclosingTuples))));
        Assert.Contains(report.Notes, n => n.StartsWith("2 tuple(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_attach_to_the_facts_their_relationships_come_from()
    {
        var report = Read(Doc("""
            <ix:nonFraction id="f1" name="e:Revenue" contextRef="c" unitRef="usd" decimals="0">5</ix:nonFraction>
            <ix:nonFraction id="f2" name="e:Cost" contextRef="c" unitRef="usd" decimals="0">3</ix:nonFraction>
            <ix:footnote id="n1" xml:lang="en" continuedAt="nk">See <b>note 4</b>, </ix:footnote>
            <ix:continuation id="nk">and note 5.</ix:continuation>
            <ix:relationship fromRefs="f1 f2" toRefs="n1"/>
            """));
        var expected = new Footnote("See <b>note 4</b>, and note 5.", "en", "n1");
        Assert.All(report.Facts, f => Assert.Equal(expected, Assert.Single(f.Footnotes)));
    }

    [Fact]
    public void Facts_of_another_target_are_read_only_when_that_target_is_chosen()
    {
        var doc = Doc("""
            <ix:references target="other"><link:schemaRef xlink:type="simple" xlink:href="other.xsd"/></ix:references>
            <ix:nonNumeric name="e:Main" contextRef="c">main</ix:nonNumeric>
            <ix:nonNumeric name="e:Side" contextRef="c" target="other">side</ix:nonNumeric>
            """);
        var main = Read(doc);
        Assert.Equal("e:Main", Assert.Single(main.Facts).ConceptName.ToString());
        Assert.Contains(main.Notes, n => n.StartsWith("1 fact(s) of other targets", StringComparison.Ordinal));

        var other = Read(doc, new XbrlReaderOptions { InlineTarget = "other" });
        Assert.Equal("e:Side", Assert.Single(other.Facts).ConceptName.ToString());
        Assert.Equal(["other.xsd"], other.SchemaRefs);
    }

    [Fact]
    public void A_document_set_shares_contexts_units_and_continuations()
    {
        var first = Doc("""<ix:nonNumeric name="e:Text" contextRef="c" continuedAt="next">Begun here, </ix:nonNumeric>""");
        var second = $"""
            <html {Namespaces}><body>
            <ix:continuation id="next">ended there.</ix:continuation>
            <ix:nonFraction name="e:Count" contextRef="d" unitRef="usd" decimals="0">7</ix:nonFraction>
            </body></html>
            """;
        var report = new InlineXbrlReader().Read([(Stream(first), "one.htm"), (Stream(second), "two.htm")]);
        Assert.Equal("Begun here, ended there.", report.Facts[0].Value);
        Assert.Equal(7m, report.Facts[1].NumericValue);
        Assert.Equal("two.htm", report.Facts[1].Location!.Value.Document);
        Assert.Equal(3, report.Facts[1].Location!.Value.Line);
    }

    [Fact]
    public void An_unknown_format_and_a_value_a_format_cannot_read_are_errors_at_their_facts()
    {
        var doc = Doc("""
            <p><ix:nonFraction name="e:A" contextRef="c" unitRef="usd" decimals="0" format="ixt:no-such-format">1</ix:nonFraction></p>
            <p><ix:nonFraction name="e:B" contextRef="c" unitRef="usd" decimals="0" format="ixt:num-dot-decimal">twelve</ix:nonFraction></p>
            <p><ix:nonFraction name="e:C" contextRef="c" unitRef="usd" decimals="0">4</ix:nonFraction></p>
            """);
        var e = ReadFailing(doc);
        AssertError(e, "ix11.10.1.2:invalidTransformation", doc, "<ix:nonFraction name=\"e:A\"");
        AssertError(e, "ixTransform:valueError", doc, "<ix:nonFraction name=\"e:B\"");
        Assert.Equal(2, e.Errors.Count);
        Assert.Equal("e:C", Assert.Single(e.PartialReport!.Facts).ConceptName.ToString());
    }

    [Fact]
    public void Broken_continuations_are_errors_with_their_codes()
    {
        var doc = Doc("""
            <ix:nonNumeric name="e:Missing" contextRef="c" continuedAt="nowhere">a</ix:nonNumeric>
            <ix:nonNumeric name="e:Looping" contextRef="c" continuedAt="x1">b</ix:nonNumeric>
            <ix:continuation id="x1" continuedAt="x2">c</ix:continuation>
            <ix:continuation id="x2" continuedAt="x1">d</ix:continuation>
            <ix:continuation id="orphan">e</ix:continuation>
            <ix:nonNumeric name="e:Twice" contextRef="c" continuedAt="shared">f</ix:nonNumeric>
            <ix:footnote id="n" continuedAt="shared">g</ix:footnote>
            <ix:continuation id="shared">h</ix:continuation>
            """);
        var e = ReadFailing(doc);
        AssertError(e, "ix11.11.1.2:continuationMissing", doc, "<ix:nonNumeric name=\"e:Missing\"");
        AssertError(e, "ix11.4.1.2:continuationCycle", doc, "<ix:continuation id=\"x2\"");
        AssertError(e, "ix11.4.1.2:continuationNotReferenced", doc, "<ix:continuation id=\"orphan\"");
        AssertError(e, "ix11.4.1.2:continuationReferences", doc, "<ix:continuation id=\"shared\"");
    }

    [Fact]
    public void Broken_tuples_and_relationships_are_errors_with_their_codes()
    {
        var doc = Doc("""
            <ix:nonNumeric name="e:Lost" contextRef="c" tupleRef="none" order="1">a</ix:nonNumeric>
            <ix:tuple name="e:Group" tupleID="g"/>
            <ix:nonNumeric name="e:Unordered" contextRef="c" tupleRef="g">b</ix:nonNumeric>
            <ix:nonNumeric id="f" name="e:Noted" contextRef="c">c</ix:nonNumeric>
            <ix:relationship fromRefs="f" toRefs="missing"/>
            """);
        var e = ReadFailing(doc);
        AssertError(e, "ix11.11.1.2:tupleRefMissing", doc, "<ix:nonNumeric name=\"e:Lost\"");
        AssertError(e, "ix11.11.1.2:tupleMemberOrderMissing", doc, "<ix:nonNumeric name=\"e:Unordered\"");
        AssertError(e, "ix11.13.1.2:relationshipToRef", doc, "<ix:relationship");
    }

    [Fact]
    public void Facts_without_their_context_or_unit_are_errors_at_the_fact()
    {
        var doc = Doc("""
            <ix:nonNumeric name="e:A" contextRef="nope">a</ix:nonNumeric>
            <ix:nonFraction name="e:B" contextRef="c" unitRef="eur" decimals="0">1</ix:nonFraction>
            <ix:nonFraction name="e:C" contextRef="c" decimals="0">1</ix:nonFraction>
            """);
        var e = ReadFailing(doc);
        AssertError(e, "xbrl.4.6.1:itemContextRef", doc, "<ix:nonNumeric name=\"e:A\"");
        AssertError(e, "xbrl.4.6.2:numericUnit", doc, "<ix:nonFraction name=\"e:B\"");
        AssertError(e, "xbrl.4.6.2:numericUnit", doc, "<ix:nonFraction name=\"e:C\"");
    }

    [Fact]
    public void Html_that_is_not_well_formed_is_an_error_at_its_place_after_the_errors_before_it()
    {
        var doc = Doc("""
            <p><ix:nonFraction name="e:A" contextRef="c" unitRef="usd" decimals="0" format="ixt:num-dot-decimal">x</ix:nonFraction></p>
            <p><ix:nonNumeric name="e:Fine" contextRef="c">fine</ix:nonNumeric></p>
            <p>An unclosed paragraph<br>
            """);
        var e = ReadFailing(doc);
        Assert.Equal("ixTransform:valueError", e.Errors[0].Code);
        var xml = e.Errors[^1];
        Assert.StartsWith("The document is not well-formed XML", xml.Reason, StringComparison.Ordinal);
        Assert.True(xml.Location.Line > Position(doc, "<p>An unclosed").Line - 1);
        Assert.Equal("e:Fine", Assert.Single(e.PartialReport!.Facts).ConceptName.ToString());
    }

    [Fact]
    public void A_document_without_an_Inline_XBRL_header_is_an_error()
    {
        var e = ReadFailing($"<html {Namespaces}><body><p>Just a page</p></body></html>");
        Assert.Equal("ix11.8.1.3:missingHeader", e.Code);
    }

    [Fact]
    public void A_document_that_is_not_XHTML_is_an_error()
    {
        var e = ReadFailing("""<xbrl xmlns="http://www.xbrl.org/2003/instance"/>""");
        Assert.Contains("not the XHTML html element", e.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (e.Line, e.Column));
    }

    [Fact]
    public void Decimal_points_move_exactly_for_any_scale()
    {
        Assert.Equal("123450000", InlineDocumentSession.ShiftDecimalPoint("123.45", 6));
        Assert.Equal("0.0012345", InlineDocumentSession.ShiftDecimalPoint("123.45", -5));
        Assert.Equal("12.345", InlineDocumentSession.ShiftDecimalPoint("123.45", -1));
        Assert.Equal("0", InlineDocumentSession.ShiftDecimalPoint("0", -2));
        Assert.Equal("100000000000000000000000000000000000000", InlineDocumentSession.ShiftDecimalPoint("1", 38));
    }

    private static string Doc(string body) => $"""
        <html {Namespaces}><head><title>t</title></head><body>
        {Header}
        {body}
        </body></html>
        """;

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    private static XbrlReport Read(string doc, XbrlReaderOptions? options = null) => new InlineXbrlReader(options).Read(Stream(doc), "t.htm");

    private static XbrlFormatException ReadFailing(string doc) => Assert.Throws<XbrlFormatException>(() => Read(doc));

    /// <summary>The line and column (from 1) of the first occurrence of <paramref name="marker"/>.</summary>
    private static (int Line, int Column) Position(string doc, string marker)
    {
        var index = doc.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(index >= 0, marker);
        var lineStart = doc.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (doc.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }

    private static void AssertError(XbrlFormatException e, string code, string doc, string marker)
    {
        var (line, column) = Position(doc, marker);
        Assert.Contains(e.Errors, x => x.Code == code && x.Location == new SourceLocation("t.htm", line, column, null));
    }
}
