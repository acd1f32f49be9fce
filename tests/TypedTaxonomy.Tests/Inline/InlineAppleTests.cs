using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Xbrl;
using TypedTaxonomy.Xbrl.Inline;
using Xunit;

namespace TypedTaxonomy.Tests.Inline;

/// <summary>Apple's 10-Q as filed (Inline XBRL) against the instance the SEC extracted from it.</summary>
public sealed class InlineAppleTests(InlineAppleTests.Filing filing) : IClassFixture<InlineAppleTests.Filing>
{
    [Fact]
    public void Every_fact_of_the_filing_equals_the_fact_the_SEC_extracted()
    {
        var inline = filing.Inline.Facts.Select(Key).Order(StringComparer.Ordinal).ToList();
        var extracted = filing.Extracted.Facts.Select(Key).Order(StringComparer.Ordinal).ToList();
        var onlyInline = Subtract(inline, extracted);
        var onlyExtracted = Subtract(extracted, inline);
        Assert.True(onlyInline.Count == 0 && onlyExtracted.Count == 0,
            $"{onlyInline.Count} fact(s) only in the .htm, {onlyExtracted.Count} only in the extraction; first: \n{string.Join("\n", onlyInline.Take(3))}\n--\n{string.Join("\n", onlyExtracted.Take(3))}");
        Assert.Equal(760, filing.Inline.Facts.Count);
    }

    [Fact]
    public void Numbers_tagged_twice_are_two_facts_as_in_the_extraction()
    {
        var numeric = filing.Inline.Facts.Where(f => f.IsNumeric).ToList();
        Assert.Equal(674, numeric.Count);
        Assert.Equal(614, numeric.Select(f => (f.ConceptName, Context(f))).Distinct().Count());
        Assert.Equal(674, filing.Extracted.NumericFactCount);
    }

    [Fact]
    public void Facts_keep_their_place_in_the_htm()
    {
        var first = filing.Inline.Facts[0];
        Assert.Equal("dei:AmendmentFlag", first.ConceptName.ToString());
        Assert.Equal(Filing.HtmPath, first.Location!.Value.Document);
        Assert.True(first.Location.Value.Line > 1);
        Assert.Equal(["aapl-20250329.xsd"], filing.Inline.SchemaRefs);
    }

    private static List<string> Subtract(List<string> from, List<string> other)
    {
        var counts = other.GroupBy(k => k, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var key in from)
        {
            if (counts.TryGetValue(key, out var n) && n > 0)
            {
                counts[key] = n - 1;
            }
            else
            {
                left.Add(key);
            }
        }

        return left;
    }

    /// <summary>What makes two facts the same: concept, s-equal context, unit, accuracy, value as XBRL reads it (a number's value, a text's exact string, markup and all), nil, language and footnotes.</summary>
    internal static string Key(Fact f) => string.Join(
        " | ",
        "{" + f.ConceptName.NamespaceUri + "}" + f.ConceptName.LocalName,
        Context(f),
        f.Unit?.ToString() ?? "-",
        f.Decimals?.ToString() ?? "-",
        f.Precision?.ToString(CultureInfo.InvariantCulture) ?? (f.IsPrecisionInfinite ? "INF" : "-"),
        f.IsNil ? "nil" : f.IsNumeric ? f.NumericValue?.ToString("G29", CultureInfo.InvariantCulture) ?? f.Value : f.Value,
        f.Language ?? "-",
        string.Join(";", f.Footnotes.Select(n => n.Content)));

    private static string Context(Fact f) => string.Join(
        ",",
        [
            f.Entity.ToString(),
            f.Period.ToString(),
            .. f.Dimensions.Select(d => "{" + d.Axis.NamespaceUri + "}" + d.Axis.LocalName + "={" + d.Member.NamespaceUri + "}" + d.Member.LocalName).Order(StringComparer.Ordinal),
            .. f.TypedDimensions.Select(t => t.ToString()).Order(StringComparer.Ordinal),
            f.NonDimensionalContent ?? string.Empty,
        ]);

    /// <summary>The filing read once, both ways.</summary>
    public sealed class Filing
    {
        public static readonly string HtmPath = TestData.Path("sec-filings", "aapl-10q-2025", "aapl-20250329.htm");

        public static readonly string XmlPath = TestData.Path("sec-filings", "aapl-10q-2025", "aapl-20250329_htm.xml");

        public XbrlReport Inline { get; } = new InlineXbrlReader().ReadFile(HtmPath);

        public XbrlReport Extracted { get; } = new XbrlInstanceReader().ReadFile(XmlPath);
    }
}
