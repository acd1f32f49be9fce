using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

public class XbrlJsonTests
{
    private const string PrimerExample = """
        { "documentInfo": { "documentType": "https://xbrl.org/2021/xbrl-json",
                            "namespaces": { "ifrs-full": "https://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full",
                                            "co": "http://www.qiniu.com/taxonomy/2024",
                                            "scheme": "http://www.qiniu.com/entity",
                                            "iso4217": "http://www.xbrl.org/2003/iso4217" },
                            "taxonomy": [ "qiniu-2024.xsd" ] },
          "facts": { "f1": { "value": "1471010000", "decimals": -3,
                             "dimensions": { "concept": "ifrs-full:Revenue", "entity": "scheme:id",
                                             "period": "2021-01-01T00:00:00/2022-01-01T00:00:00",
                                             "unit": "iso4217:CNY",
                                             "ifrs-full:SegmentsAxis": "co:MpaasMember" } },
                     "f2": { "value": "Qiniu", "dimensions": { "concept": "co:Name", "entity": "scheme:id",
                                                               "period": "2022-01-01T00:00:00", "language": "en" } },
                     "f3": { "value": null, "dimensions": { "concept": "co:Ratio", "entity": "scheme:id",
                                                            "period": "2022-01-01T00:00:00", "co:YearAxis": "2021" } } } }
        """;

    private static XbrlReport ReadJson(string json, XbrlReaderOptions? options = null) =>
        new XbrlJsonReader(options).Read(Encoding.UTF8.GetBytes(json), "test.json");

    private static XbrlFormatException ReadBrokenJson(string json, XbrlReaderOptions? options = null) =>
        Assert.Throws<XbrlFormatException>(() => ReadJson(json, options));

    [Fact]
    public void Reads_the_primer_example()
    {
        var report = ReadJson(PrimerExample);
        Assert.Equal(3, report.Facts.Count);
        Assert.Equal(["qiniu-2024.xsd"], report.SchemaRefs);
        var revenue = report.Facts[0];
        Assert.Equal("f1", revenue.Id);
        Assert.Equal(new QName("https://xbrl.ifrs.org/taxonomy/2023-03-23/ifrs-full", "ifrs-full", "Revenue"), revenue.ConceptName);
        Assert.Equal(new EntityIdentifier("http://www.qiniu.com/entity", "id"), revenue.Entity);
        Assert.Equal(Period.Parse("2021-01-01/2021-12-31"), revenue.Period);
        Assert.Equal(Unit.Currency("CNY"), revenue.Unit);
        Assert.Equal(1471010000m, revenue.NumericValue);
        Assert.Equal(Decimals.Of(-3), revenue.Decimals);
        Assert.Equal("MpaasMember", revenue.Dimensions.Single().Member.LocalName);
        Assert.Equal(new SourceLocation("test.json", 7, 14, "$.facts.f1"), revenue.Location);

        var name = report.Facts[1];
        Assert.False(name.IsNumeric);
        Assert.Equal("en", name.Language);
        Assert.Equal(Period.Parse("2021-12-31"), name.Period);

        var nil = report.Facts[2];
        Assert.True(nil.IsNil);
        Assert.Equal(new TypedMember(new QName("http://www.qiniu.com/taxonomy/2024", "co", "YearAxis"), "2021"), nil.TypedDimensions.Single());
    }

    [Fact]
    public void Taxonomy_hints_decide_numeric_facts_and_typed_axes()
    {
        var options = new XbrlReaderOptions
        {
            IsNumericConcept = c => c.LocalName == "Ratio",
            IsTypedDimension = a => a.LocalName is "SegmentsAxis" or "YearAxis",
        };
        var report = ReadJson(PrimerExample, options);
        Assert.Equal("co:MpaasMember", report.Facts[0].TypedDimensions.Single().Value);
        Assert.True(report.Facts[2].IsNumeric);
        Assert.Equal(Unit.Pure, report.Facts[2].Unit);
        Assert.Null(report.Facts[2].Decimals);
        Assert.Empty(report.Notes);
    }

    [Fact]
    public void Without_hints_number_like_text_is_noted()
    {
        const string Json = """
            {"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","namespaces":{"e":"http://e"}},
             "facts":{"a":{"value":"0.25","dimensions":{"concept":"e:Ratio"}}}}
            """;
        var report = ReadJson(Json);
        var fact = Assert.Single(report.Facts);
        Assert.False(fact.IsNumeric);
        Assert.True(fact.Period.IsForever);
        Assert.Equal(EntityIdentifier.None, fact.Entity);
        Assert.Contains(report.Notes, n => n.Contains("IsNumericConcept", StringComparison.Ordinal));
    }

    [Fact]
    public void Footnotes_links_and_extensions_are_skipped_with_notes()
    {
        const string Json = """
            {"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","namespaces":{"e":"http://e","xbrl":"https://xbrl.org/2021"},
                             "linkTypes":{"footnote":"http://www.xbrl.org/2003/arcrole/fact-footnote"},"linkGroups":{"_":"http://www.xbrl.org/2003/role/link"},
                             "e:producer":"me"},
             "facts":{"a":{"value":"5","decimals":0,"dimensions":{"concept":"e:Count","unit":"e:widget"},"links":{"footnote":{"_":["n1"]}}},
                      "n1":{"value":"A note","dimensions":{"concept":"xbrl:note","noteId":"n1","language":"en"}}}}
            """;
        var report = ReadJson(Json);
        var fact = Assert.Single(report.Facts);
        Assert.Equal(5m, fact.NumericValue);
        Assert.Equal(3, report.Notes.Count);
    }

    [Theory]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":42,"dimensions":{}}}}""", "$.facts.f1.value", "Expected a string, found the number 42")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","decimals":"-3","dimensions":{}}}}""", "$.facts.f1.decimals", "decimals must be an integer number")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","decimals":1.5,"dimensions":{}}}}""", "$.facts.f1.decimals", "decimals must be an integer number")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":[]}}}""", "$.facts.f1.dimensions", "Expected an object, found an array")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":[]}""", "$.facts", "Expected an object")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"period":true}}}}""", "$.facts.f1.dimensions.period", "found a boolean")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","namespaces":{"e":7}}}""", "$.documentInfo.namespaces.e", "Expected a string")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","taxonomy":"a.xsd"}}""", "$.documentInfo.taxonomy", "Expected an array")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","taxonomy":["a.xsd",3]}}""", "$.documentInfo.taxonomy[1]", "Expected a string")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/CR/2021-02-03/xbrl-json"}}""", "$.documentInfo.documentType", "only xBRL-JSON 1.0")]
    [InlineData("""{"documentInfo":{}}""", "$.documentInfo", "no documentType")]
    [InlineData("""{"facts":{}}""", "$", "no documentInfo")]
    [InlineData("""[1,2]""", "$", "is a JSON object, not an array")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"stuff":1}""", "$.stuff", "Unknown property 'stuff'")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{}},"f1":{"value":"2","dimensions":{}}}}""", "$.facts.f1", "appears twice")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1"}}}""", "$.facts.f1", "no dimensions")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"dimensions":{"concept":"xbrli:x"}}}}""", "$.facts.f1", "no value")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"unit":"iso4217:USD"}}}}""", "$.facts.f1.dimensions", "no concept")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"concept":"e:X"}}}}""", "$.facts.f1.dimensions.concept", "prefix 'e'")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"concept":"xbrli:X","period":"2021-13-01T00:00:00"}}}}""", "$.facts.f1.dimensions.period", "The period is not valid")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"concept":"xbrli:X","unit":"iso4217:USD/"}}}}""", "$.facts.f1.dimensions.unit", "The unit is not valid")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"concept":"xbrli:X","entity":"nocolon"}}}}""", "$.facts.f1.dimensions.entity", "scheme-prefix:identifier")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"abc","decimals":0,"dimensions":{"concept":"xbrli:X"}}}}""", "$.facts.f1.value", "'abc' is not a number")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f1":{"value":"1","dimensions":{"concept":"xbrli:X","size":"big"}}}}""", "$.facts.f1.dimensions.size", "neither a core dimension")]
    [InlineData("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json"},"facts":{"f-1":{"value":"1","dimensions":{"concept":"xbrli:X","e:Axis":"x"}}}}""", "$.facts.f-1.dimensions['e:Axis']", "prefix 'e'")]
    public void Wrong_types_and_values_are_reported_with_their_path(string json, string path, string reason)
    {
        var e = ReadBrokenJson(json);
        Assert.Equal(path, e.JsonPath);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal("test.json", e.Document);
        Assert.True(e.Line >= 1 && e.Column >= 1, e.Message);
        Assert.Contains(" at " + path + ": ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_give_the_line_and_column_of_the_value()
    {
        var json = PrimerExample.Replace("\"decimals\": -3", "\"decimals\": \"-3\"", StringComparison.Ordinal);
        var e = ReadBrokenJson(json);
        Assert.Equal("$.facts.f1.decimals", e.JsonPath);
        var lines = json.Split('\n');
        Assert.Equal(7, e.Line);
        Assert.Equal(lines[6].IndexOf("\"-3\"", StringComparison.Ordinal) + 1, e.Column);
    }

    [Fact]
    public void Malformed_JSON_is_reported_with_line_and_column()
    {
        var truncated = PrimerExample[..(PrimerExample.Length / 2)];
        var e = ReadBrokenJson(truncated);
        Assert.Contains("not valid JSON", e.Reason, StringComparison.Ordinal);
        Assert.True(e.Line > 1);
        Assert.NotNull(e.JsonPath);

        var trailingComma = ReadBrokenJson("""{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json",}}""");
        Assert.Equal(1, trailingComma.Line);
        Assert.Equal("$.documentInfo", trailingComma.JsonPath);
    }

    [Fact]
    public void Facts_on_one_long_line_are_located_by_character()
    {
        // Compact JSON is a single line, so every column is counted along it; non-ASCII text counts one per character.
        var facts = string.Join(",", Enumerable.Range(0, 300).Select(i =>
            "\"f" + i + "\":{\"value\":\"ünïcødé 中文 𝄞 " + i + "\",\"dimensions\":{\"concept\":\"e:C" + (i % 7) + "\",\"e:Axis\":\"e:M" + (i % 3) + "\"}}"));
        var json = """{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","namespaces":{"e":"http://e"}},"facts":{""" + facts + "}}";
        var report = ReadJson(json);
        Assert.Equal(300, report.Facts.Count);
        var runes = json.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.All(report.Facts, f =>
        {
            var location = f.Location!.Value;
            Assert.Equal(1, location.Line);
            Assert.Equal("$.facts." + f.Id, location.JsonPath);
            Assert.StartsWith("\"" + f.Id + "\":", string.Concat(runes[(location.Column - 1)..]), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void DocumentInfo_may_come_after_the_facts()
    {
        const string Json = """
            {"facts":{"a":{"value":"5","decimals":0,"dimensions":{"concept":"e:Count","unit":"e:widget","e:Axis":"e:M"}},
                      "b":{"value":"x","dimensions":{"concept":"e:Name","e:Axis":"e:M"}}},
             "documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","namespaces":{"e":"http://e"}}}
            """;
        var report = ReadJson(Json);
        Assert.Equal(["a", "b"], report.Facts.Select(f => f.Id));
        Assert.Equal(new QName("http://e", "e", "Count"), report.Facts[0].ConceptName);
        Assert.Equal(new ExplicitMember(new QName("http://e", "e", "Axis"), new QName("http://e", "e", "M")), report.Facts[1].Dimensions.Single());
        var column = Json.Split('\n')[1].IndexOf("\"b\"", StringComparison.Ordinal) + 1;
        Assert.Equal(new SourceLocation("test.json", 2, column, "$.facts.b"), report.Facts[1].Location);
    }

    [Fact]
    public void Broken_JSON_is_reported_before_a_wrong_value_that_comes_earlier()
    {
        // Facts are checked as they are read, but the first error in the JSON itself still wins, wherever it is.
        var badPeriod = PrimerExample.Replace("2021-01-01T00:00:00/", "2021-13-01T00:00:00/", StringComparison.Ordinal);
        Assert.Equal("$.facts.f1.dimensions.period", ReadBrokenJson(badPeriod).JsonPath);
        var alsoBroken = badPeriod.Replace("\"language\": \"en\"", "\"language\" \"en\"", StringComparison.Ordinal);
        var e = ReadBrokenJson(alsoBroken);
        Assert.Contains("not valid JSON", e.Reason, StringComparison.Ordinal);
        Assert.StartsWith("$.facts.f2", e.JsonPath, StringComparison.Ordinal);

        // After a fact that cannot be made, the later facts are still read, and the first wrong one is reported.
        var twoWrong = badPeriod.Replace("\"co:Ratio\"", "\"zz:Ratio\"", StringComparison.Ordinal);
        Assert.Equal("$.facts.f1.dimensions.period", ReadBrokenJson(twoWrong).JsonPath);
    }

    [Fact]
    public void Strings_that_are_not_UTF8_are_reported_with_their_path()
    {
        var bytes = Encoding.UTF8.GetBytes(PrimerExample.Replace("\"Qiniu\"", "\"Q?iniu\"", StringComparison.Ordinal));
        var at = Array.IndexOf(bytes, (byte)'?');
        bytes[at] = 0xFF;
        var e = Assert.Throws<XbrlFormatException>(() => new XbrlJsonReader().Read(bytes, "test.json"));
        Assert.Equal("$.facts.f2.value", e.JsonPath);
        Assert.Contains("not valid JSON", e.Reason, StringComparison.Ordinal);
        Assert.Equal(bytes[..at].Count(b => b == '\n') + 1, e.Line);
    }

    [Fact]
    public void Limits_are_enforced()
    {
        var deep = """{"documentInfo":{"documentType":"https://xbrl.org/2021/xbrl-json","e:x":""" + new string('[', 80) + new string(']', 80) + "}}";
        Assert.Contains("depth", ReadBrokenJson(deep).Reason, StringComparison.Ordinal);
        Assert.Contains("more than 2 facts", ReadBrokenJson(PrimerExample, new XbrlReaderOptions { MaxFacts = 2 }).Reason, StringComparison.Ordinal);
        var big = Encoding.UTF8.GetBytes(PrimerExample);
        var tooLarge = Assert.Throws<XbrlFormatException>(() => new XbrlJsonReader(new XbrlReaderOptions { MaxDocumentBytes = 100 }).Read(new NonSeekableStream(big), "big.json"));
        Assert.Contains("larger than the limit of 100 bytes", tooLarge.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PrimerExample)).ToArray();
        Assert.Equal(3, new XbrlJsonReader().Read(new MemoryStream(bytes), "bom.json").Facts.Count);
    }
}
