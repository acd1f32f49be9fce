using System;
using System.Text;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

/// <summary>
/// Issue 14: a message quotes at most a short, marked excerpt of any value or name from the input, by one rule
/// (<see cref="Excerpt"/>) in every reader and finding, so a 10 MB value costs a line of output, not 10 MB.
/// </summary>
public sealed class ExcerptTests
{
    private const int Huge = 10_000_000;

    [Fact]
    public void A_short_text_is_quoted_whole()
    {
        Assert.Equal("'abc'", Excerpt.Quote("abc"));
        Assert.Equal("abc", Excerpt.Shorten("abc"));
        Assert.Equal("(none)", Excerpt.Quote((string?)null));
        var limit = new string('x', Excerpt.MaxLength);
        Assert.Equal("'" + limit + "'", Excerpt.Quote(limit));
    }

    [Fact]
    public void A_long_text_is_cut_marked_and_counted()
    {
        var quoted = Excerpt.Quote(new string('7', Huge));

        Assert.Equal("'" + new string('7', 48) + "…' (10,000,000 characters)", quoted);
        Assert.Equal(quoted, Excerpt.Quote(new string('7', Huge).AsSpan()));
        Assert.Equal(new string('7', 48) + "… (10,000,000 characters)", Excerpt.Shorten(Encoding.UTF8.GetBytes(new string('7', Huge))));
    }

    [Fact]
    public void Line_breaks_are_escaped_and_surrogate_pairs_are_not_cut()
    {
        Assert.Equal("'a\\nb\\u0000'", Excerpt.Quote("a\nb\0"));
        var emoji = new string('x', 47) + "😀" + new string('y', 100);
        Assert.StartsWith("'" + new string('x', 47) + "…'", Excerpt.Quote(emoji), StringComparison.Ordinal);
        Assert.Equal("'" + new string('é', 48) + "…' (100 characters)", Excerpt.Quote(new string('é', 100)));
        Assert.Equal(new string('é', 48) + "… (100 characters)", Excerpt.Shorten(Encoding.UTF8.GetBytes(new string('é', 100))));
    }

    [Fact]
    public void The_json_reader_quotes_an_excerpt_of_a_huge_bad_value()
    {
        var json = Json("\"value\": \"" + new string('9', Huge) + "x\", \"decimals\": 0, \"dimensions\": { \"concept\": \"a:B\", \"entity\": \"a:e\", \"period\": \"2021-01-01T00:00:00\", \"unit\": \"a:U\" }");

        var error = Assert.Throws<XbrlFormatException>(() => new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "huge.json"));

        AssertShort(error.Message);
        Assert.Contains("(10,000,001 characters)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_reader_quotes_an_excerpt_of_a_huge_token_of_the_wrong_type()
    {
        var json = Json("\"value\": \"1\", \"decimals\": " + new string('1', Huge) + ", \"dimensions\": {}");

        var error = Assert.Throws<XbrlFormatException>(() => new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "huge.json"));

        AssertShort(error.Message);
    }

    [Fact]
    public void A_huge_fact_id_is_an_excerpt_in_the_facts_location()
    {
        var id = new string('f', Huge);
        var json = Json("\"value\": \"1\", \"dimensions\": { \"concept\": \"a:B\", \"entity\": \"a:e\", \"period\": \"2021-01-01T00:00:00\" }", id);

        var fact = Assert.Single(new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "huge.json").Facts);

        AssertShort(fact.Location!.Value.ToString());
        Assert.Contains("$.facts['ffff", fact.Location.Value.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_xml_reader_quotes_an_excerpt_of_a_huge_bad_value()
    {
        var xml = XbrlInstance("<a:B contextRef=\"c\" unitRef=\"u\" decimals=\"0\">" + new string('9', Huge) + "x</a:B>");

        var error = Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader().Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(xml)), "huge.xml"));

        AssertShort(error.Message);
        Assert.Contains("(10,000,001 characters)", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1E+400")]
    [InlineData("NaN")]
    [InlineData("INF")]
    [InlineData("-INF")]
    [InlineData("digits")]
    public void A_number_no_decimal_holds_empties_the_fact_and_gets_a_note_in_both_readers(string value)
    {
        if (value == "digits")
        {
            value = "1" + new string('0', 10_000);
        }

        var json = Json("\"value\": \"" + value + "\", \"decimals\": 0, \"dimensions\": { \"concept\": \"a:B\", \"entity\": \"a:e\", \"period\": \"2021-01-01T00:00:00\", \"unit\": \"iso4217:USD\" }");
        var fromJson = new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "big.json");
        var xml = XbrlInstance("<a:B contextRef=\"c\" unitRef=\"u\" decimals=\"0\">" + value + "</a:B>");
        var fromXml = new XbrlInstanceReader().Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(xml)), "big.xml");

        foreach (var report in new[] { fromJson, fromXml })
        {
            var fact = Assert.Single(report.Facts);
            Assert.True(fact.IsNumeric);
            Assert.Null(fact.NumericValue);
            var note = Assert.Single(report.Notes, n => n.Contains("cannot be held by a decimal", StringComparison.Ordinal));
            Assert.StartsWith("1 numeric fact value(s)", note, StringComparison.Ordinal);
            AssertShort(note);
        }
    }

    [Theory]
    [InlineData("12abc")]
    [InlineData("Infinity")]
    [InlineData("1e")]
    public void A_value_that_is_no_number_is_still_an_error_in_both_readers(string value)
    {
        var json = Json("\"value\": \"" + value + "\", \"decimals\": 0, \"dimensions\": { \"concept\": \"a:B\", \"entity\": \"a:e\", \"period\": \"2021-01-01T00:00:00\", \"unit\": \"iso4217:USD\" }");
        var xml = XbrlInstance("<a:B contextRef=\"c\" unitRef=\"u\" decimals=\"0\">" + value + "</a:B>");

        Assert.Contains("not a number", Assert.Throws<XbrlFormatException>(() => new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "bad.json")).Message, StringComparison.Ordinal);
        Assert.Contains("not a number", Assert.Throws<XbrlFormatException>(() => new XbrlInstanceReader().Read(new System.IO.MemoryStream(Encoding.UTF8.GetBytes(xml)), "bad.xml")).Message, StringComparison.Ordinal);
    }

    internal static void AssertShort(string message) =>
        Assert.True(message.Length < 400, $"The message is {message.Length:N0} characters long: {message[..Math.Min(message.Length, 400)]}");

    internal static string Json(string fact, string id = "f1") =>
        "{ \"documentInfo\": { \"documentType\": \"https://xbrl.org/2021/xbrl-json\", \"namespaces\": { \"a\": \"http://a\", \"iso4217\": \"http://www.xbrl.org/2003/iso4217\" } },\n"
        + "  \"facts\": { \"" + id + "\": { " + fact + " } } }";

    internal static string XbrlInstance(string facts) => $"""
        <xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:a="http://a" xmlns:iso4217="http://www.xbrl.org/2003/iso4217">
          <xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://a">e</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:instant>2021-12-31</xbrli:instant></xbrli:period></xbrli:context>
          <xbrli:unit id="u"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
          {facts}
        </xbrli:xbrl>
        """;
}
