using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.Tests;

public class XbrlJsonRoundTripTests
{
    public static TheoryData<string> Filings => new()
    {
        "aapl-10k-2023/aapl-20230930_htm.xml",
        "nflx-10k-2024/nflx-20240126_htm.xml",
        "amzn-10k-2022/amzn-20221231_htm.xml",
    };

    [Theory]
    [MemberData(nameof(Filings))]
    public void XML_to_JSON_and_back_keeps_every_fact(string file)
    {
        var original = new XbrlInstanceReader().ReadFile(TestData.Path("sec-filings", file));
        var json = new XbrlJsonWriter().WriteToString(original);

        // xBRL-JSON leaves out the xbrli:pure unit of exact numbers; the taxonomy would say they are numeric.
        var numericConcepts = original.Facts.Where(f => f.IsNumeric).Select(f => f.ConceptName).ToHashSet();
        var back = new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = numericConcepts.Contains })
            .Read(Encoding.UTF8.GetBytes(json), "roundtrip.json");

        Assert.Equal(original.Facts.Count, back.Facts.Count);
        Assert.Equal(original.SchemaRefs, back.SchemaRefs);
        Assert.Empty(back.Notes);
        for (var i = 0; i < original.Facts.Count; i++)
        {
            AssertSameFact(original.Facts[i], back.Facts[i]);
        }
    }

    private static void AssertSameFact(Fact expected, Fact actual)
    {
        var what = expected.ToString();
        Assert.True(expected.HasSameAspects(actual), what);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.NumericValue, actual.NumericValue);
        Assert.Equal(expected.Decimals, actual.Decimals);
        Assert.Equal(expected.IsNil, actual.IsNil);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Unit, actual.Unit);
        Assert.Equal(expected.Dimensions.OrderBy(d => d.Axis.ExpandedName, StringComparer.Ordinal), actual.Dimensions.OrderBy(d => d.Axis.ExpandedName, StringComparer.Ordinal));
        Assert.Equal(expected.TypedDimensions.OrderBy(d => d.Axis.ExpandedName, StringComparer.Ordinal), actual.TypedDimensions.OrderBy(d => d.Axis.ExpandedName, StringComparer.Ordinal));
    }

    [Fact]
    public void Output_is_deterministic_and_stable_through_a_second_round_trip()
    {
        var original = new XbrlInstanceReader().ReadFile(TestData.AppleInstance);
        var writer = new XbrlJsonWriter();
        var first = writer.WriteToString(original);
        Assert.Equal(first, writer.WriteToString(original));

        var numeric = original.Facts.Where(f => f.IsNumeric).Select(f => f.ConceptName).ToHashSet();
        var back = new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = numeric.Contains }).Read(Encoding.UTF8.GetBytes(first), "a.json");
        Assert.Equal(first, writer.WriteToString(back));
    }

    [Fact]
    public void Writes_facts_the_way_xBRL_JSON_defines()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.AppleInstance);
        using var doc = JsonDocument.Parse(new XbrlJsonWriter().WriteToString(report));
        var root = doc.RootElement;
        var info = root.GetProperty("documentInfo");
        Assert.Equal("https://xbrl.org/2021/xbrl-json", info.GetProperty("documentType").GetString());
        Assert.Equal("aapl-20230930.xsd", info.GetProperty("taxonomy")[0].GetString());
        var namespaces = info.GetProperty("namespaces").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(namespaces.Order(StringComparer.Ordinal), namespaces);
        Assert.Equal("http://www.sec.gov/CIK", info.GetProperty("namespaces").GetProperty("cik").GetString());
        Assert.Equal("http://fasb.org/us-gaap/2023", info.GetProperty("namespaces").GetProperty("us-gaap").GetString());
        Assert.DoesNotContain("xlink", namespaces);

        var facts = root.GetProperty("facts");
        Assert.Equal(report.Facts.Select(f => f.Id), facts.EnumerateObject().Select(p => p.Name));

        var revenue = facts.GetProperty("f-69");
        Assert.Equal(["value", "decimals", "dimensions"], revenue.EnumerateObject().Select(p => p.Name));
        Assert.Equal("383285000000", revenue.GetProperty("value").GetString());
        Assert.Equal(-6, revenue.GetProperty("decimals").GetInt32());
        var dims = revenue.GetProperty("dimensions");
        Assert.Equal(["concept", "entity", "period", "unit"], dims.EnumerateObject().Select(p => p.Name));
        Assert.Equal("us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax", dims.GetProperty("concept").GetString());
        Assert.Equal("cik:0000320193", dims.GetProperty("entity").GetString());
        Assert.Equal("2022-09-25T00:00:00/2023-10-01T00:00:00", dims.GetProperty("period").GetString());
        Assert.Equal("iso4217:USD", dims.GetProperty("unit").GetString());

        var eps = facts.EnumerateObject().First(p => p.Value.GetProperty("dimensions").GetProperty("concept").GetString() == "us-gaap:EarningsPerShareBasic");
        Assert.Equal("iso4217:USD/xbrli:shares", eps.Value.GetProperty("dimensions").GetProperty("unit").GetString());

        // Pure numbers have no unit dimension, nil facts a null value, and exact values no decimals.
        var percentage = facts.GetProperty("f-398").GetProperty("dimensions");
        Assert.False(percentage.TryGetProperty("unit", out _));
        Assert.Equal("2023-10-01", percentage.GetProperty("us-gaap:RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis").GetString());
        Assert.Equal("2023-10-01T00:00:00", percentage.GetProperty("period").GetString());
        var nil = facts.GetProperty("f-194");
        Assert.Equal(JsonValueKind.Null, nil.GetProperty("value").ValueKind);
        Assert.False(nil.TryGetProperty("decimals", out _));
        Assert.False(facts.GetProperty("f-760").TryGetProperty("decimals", out _));
        Assert.Equal("en-US", facts.GetProperty("f-7").GetProperty("dimensions").GetProperty("language").GetString());

        // Text blocks keep their HTML readable.
        Assert.StartsWith("<div", facts.GetProperty("f-356").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Forever_periods_tuples_precision_and_missing_ids_are_mapped()
    {
        var forever = new XbrlInstanceReader().ReadFile(TestData.Conformance("303-05-ForeverElementewithInstancePeriodTypeReportedasForever.xbrl"));
        using (var doc = JsonDocument.Parse(new XbrlJsonWriter().WriteToString(forever)))
        {
            var fact = doc.RootElement.GetProperty("facts").GetProperty("f1");
            Assert.False(fact.GetProperty("dimensions").TryGetProperty("period", out _));
            Assert.Equal("new:Forever", fact.GetProperty("dimensions").GetProperty("concept").GetString());
            Assert.Equal("scheme:AnEntity", fact.GetProperty("dimensions").GetProperty("entity").GetString());
        }

        var back = new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(new XbrlJsonWriter().WriteToString(forever)), "f.json");
        Assert.True(back.Facts.Single().Period.IsForever);

        // 397-28: 100.00 with precision 5 is written with the decimals it implies, 2; precision INF as exact.
        var precision = new XbrlInstanceReader().ReadFile(TestData.Conformance("397-28-PrecisionDifferentScales.xbrl"));
        var reread = new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(new XbrlJsonWriter(indented: false).WriteToString(precision)), "p.json");
        Assert.Equal(Decimals.Of(2), reread.Facts.Single(f => f.ConceptName.LocalName == "A").Decimals);
        Assert.Equal(Decimals.Infinite, reread.Facts.Single(f => f.ConceptName.LocalName == "B").Decimals);
    }

    [Fact]
    public void Precision_zero_cannot_be_written()
    {
        var report = new XbrlInstanceReader().ReadFile(TestData.Conformance("397-24-PrecisionZeroRoundUp.xbrl"));
        Assert.Contains(report.Facts, f => f.Precision == 0);
        var e = Assert.Throws<InvalidOperationException>(() => new XbrlJsonWriter().WriteToString(report));
        Assert.Contains("precision 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefixes_are_kept_unique_and_reserved_ones_are_not_reused()
    {
        var a = new QName("http://example.com/a", "xbrli", "X");
        var b = new QName("http://example.com/b", "p", "Y");
        var c = new QName("http://example.com/c", "p", "Z");
        Fact Make(QName concept, string? id) => new()
        {
            ConceptName = concept,
            Entity = new EntityIdentifier("http://example.com/ids", "E1"),
            Period = Period.Parse("2021-12-31"),
            Value = "v",
            Id = id,
        };
        var report = new XbrlReport([Make(a, "f1"), Make(b, null), Make(c, "f2")]);
        var json = new XbrlJsonWriter().WriteToString(report);
        var back = new XbrlJsonReader().Read(Encoding.UTF8.GetBytes(json), "p.json");
        Assert.Equal([a, b, c], back.Facts.Select(f => f.ConceptName));
        Assert.Equal(["f1", "f3", "f2"], back.Facts.Select(f => f.Id));
        Assert.Equal(3, back.Facts.Select(f => f.ConceptName.Prefix).Distinct().Count());
        Assert.DoesNotContain("xbrli", back.Facts.Select(f => f.ConceptName.Prefix));
        Assert.Equal(new EntityIdentifier("http://example.com/ids", "E1"), back.Facts[0].Entity);
    }

    [Fact]
    public void Writes_to_files_and_reads_them_back()
    {
        var original = new XbrlInstanceReader().ReadFile(TestData.NetflixInstance);
        var path = Path.Combine(Path.GetTempPath(), $"nflx-{Guid.NewGuid():N}.json");
        try
        {
            new XbrlJsonWriter().WriteFile(original, path);
            var numeric = original.Facts.Where(f => f.IsNumeric).Select(f => f.ConceptName).ToHashSet();
            var back = new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = numeric.Contains }).ReadFile(path);
            Assert.Equal(original.Facts.Count, back.Facts.Count);
            Assert.Equal(original.NumericFactCount, back.NumericFactCount);
            var location = back.Facts[10].Location!.Value;
            var lines = File.ReadAllLines(path);
            Assert.StartsWith("\"" + back.Facts[10].Id + "\"", lines[location.Line - 1][(location.Column - 1)..], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
