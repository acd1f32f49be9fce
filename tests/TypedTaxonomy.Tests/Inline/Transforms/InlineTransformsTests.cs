using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Xbrl.Inline;

namespace TypedTaxonomy.Tests.Inline.Transforms;

public sealed class InlineTransformsTests
{
    private static readonly Dictionary<string, string> Namespaces = new(StringComparer.Ordinal)
    {
        ["1"] = TransformRegistry.Trr1Namespace,
        ["2"] = TransformRegistry.Trr2Namespace,
        ["3"] = TransformRegistry.Trr3Namespace,
        ["4"] = TransformRegistry.Trr4Namespace,
        ["5"] = TransformRegistry.Trr5Namespace,
        ["sec"] = TransformRegistry.SecNamespace,
    };

    /// <summary>The formats that read any text as their one value; for them a value of another shape is the "invalid" test.</summary>
    private static readonly HashSet<string> AnyTextFormats =
        ["booleanfalse", "booleantrue", "nocontent", "fixed-zero", "fixed-empty", "fixed-false", "fixed-true", "numinf", "numneginf", "numnan"];

    public static TheoryData<TransformCase> Cases => [.. TransformCases.All];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_format_reads_its_documented_values_and_rejects_others(TransformCase testCase)
    {
        foreach (var (formatNamespace, name) in Expand(testCase))
        {
            var outcome = InlineTransforms.Apply(formatNamespace, name, testCase.Input);
            if (testCase.Expected is { } expected)
            {
                Assert.True(outcome.Succeeded, $"{name} in {formatNamespace}: {outcome.Message}");
                Assert.Equal(expected, outcome.Value);
            }
            else
            {
                Assert.False(outcome.Succeeded, $"{name} in {formatNamespace} read '{testCase.Input}' as '{outcome.Value}'");
                Assert.Equal("ixTransform:valueError", outcome.ErrorCode);
                Assert.Null(outcome.Value);
                Assert.Contains(name, outcome.Message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_format_of_every_registry_has_a_valid_and_an_invalid_case()
    {
        var valid = new HashSet<(string, string)>();
        var invalid = new HashSet<(string, string)>();
        foreach (var testCase in TransformCases.All)
        {
            foreach (var key in Expand(testCase))
            {
                (testCase.Expected is null ? invalid : valid).Add(key);
            }
        }

        var missing = new List<string>();
        foreach (var (formatNamespace, names) in TransformRegistry.FormatNames)
        {
            if (formatNamespace == TransformRegistry.Trr0Namespace)
            {
                continue; // the pre-recommendation namespace is TRR 1's table under another name
            }

            foreach (var name in names)
            {
                if (!valid.Contains((formatNamespace, name)))
                {
                    missing.Add($"{name} in {formatNamespace}: no valid case");
                }

                if (AnyTextFormats.Contains(name))
                {
                    var outcome = InlineTransforms.Apply(formatNamespace, name, "any text \u2610 12.5 -");
                    if (!outcome.Succeeded)
                    {
                        missing.Add($"{name} in {formatNamespace} is listed as reading any text but did not: {outcome.Message}");
                    }
                }
                else if (!invalid.Contains((formatNamespace, name)))
                {
                    missing.Add($"{name} in {formatNamespace}: no invalid case");
                }
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [Theory]
    [InlineData(TransformRegistry.Trr4Namespace, "numdotdecimal")] // TRR 4 renamed TRR 3's formats
    [InlineData(TransformRegistry.Trr4Namespace, "zerodash")] // and replaced zerodash by fixed-zero
    [InlineData(TransformRegistry.Trr5Namespace, "datemonthdayyearen")]
    [InlineData(TransformRegistry.Trr3Namespace, "num-dot-decimal")] // TRR 4's names are not TRR 3's
    [InlineData(TransformRegistry.Trr4Namespace, "num-dot-decimal-apos")] // added in TRR 5
    [InlineData(TransformRegistry.Trr2Namespace, "numdotdecimalin")] // added in TRR 3
    [InlineData(TransformRegistry.SecNamespace, "num-dot-decimal")]
    [InlineData("http://www.xbrl.org/inlineXBRL/transformation/2099-01-01", "num-dot-decimal")]
    [InlineData(TransformRegistry.Trr4Namespace, "")]
    public void A_format_its_namespace_does_not_define_is_an_invalid_transformation(string formatNamespace, string name)
    {
        var outcome = InlineTransforms.Apply(formatNamespace, name, "1,234");

        Assert.False(outcome.Succeeded);
        Assert.Equal("ix11.10.1.2:invalidTransformation", outcome.ErrorCode);
        Assert.Null(outcome.Value);
        Assert.Contains(formatNamespace, outcome.Message, StringComparison.Ordinal);
        Assert.False(InlineTransforms.IsKnown(formatNamespace, name));
    }

    [Fact]
    public void Known_formats_are_known_in_their_own_namespaces()
    {
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.Trr4Namespace, "num-dot-decimal"));
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.Trr5Namespace, "num-dot-decimal"));
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.Trr3Namespace, "numdotdecimal"));
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.Trr2Namespace, "zerodash"));
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.SecNamespace, "durwordsen"));
        Assert.True(InlineTransforms.IsKnown(TransformRegistry.Trr0Namespace, "numcommadot"));
    }

    [Fact]
    public void Null_text_is_a_value_error_not_an_exception()
    {
        var outcome = InlineTransforms.Apply(TransformRegistry.Trr4Namespace, "num-dot-decimal", null!);

        Assert.Equal("ixTransform:valueError", outcome.ErrorCode);
    }

    [Fact]
    public void The_common_numeric_formats_allocate_nothing_when_the_text_already_is_the_value()
    {
        (string Namespace, string Name, string Text)[] hot =
        [
            (TransformRegistry.Trr4Namespace, "num-dot-decimal", "391035"),
            (TransformRegistry.Trr3Namespace, "numdotdecimal", "391035"),
            (TransformRegistry.Trr3Namespace, "zerodash", "\u2014"),
            (TransformRegistry.Trr4Namespace, "fixed-zero", "-"),
        ];
        foreach (var (formatNamespace, name, text) in hot)
        {
            Assert.True(InlineTransforms.Apply(formatNamespace, name, text).Succeeded); // first use builds the tables
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            foreach (var (formatNamespace, name, text) in hot)
            {
                InlineTransforms.Apply(formatNamespace, name, text);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Num_dot_decimal_with_separators_allocates_only_its_value()
    {
        Assert.Equal("94930", InlineTransforms.Apply(TransformRegistry.Trr4Namespace, "num-dot-decimal", "94,930").Value);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            InlineTransforms.Apply(TransformRegistry.Trr4Namespace, "num-dot-decimal", "94,930");
        }

        var perCall = (GC.GetAllocatedBytesForCurrentThread() - before) / 1000;
        Assert.True(perCall <= 32, $"{perCall} bytes a call; a five-character string is 32");
    }

    /// <summary>Long and hostile texts get an outcome from every format of every registry: a value or a value error, never an exception.</summary>
    [Fact]
    public void Every_format_gives_an_outcome_for_long_and_hostile_text()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("one hundred and ", 300)) + "x",
            string.Concat(Enumerable.Repeat("twenty-one thousand, ", 200)) + "years",
            new string('9', 2000),
            string.Concat(Enumerable.Repeat("29 ", 700)) + "March",
            string.Concat(Enumerable.Repeat("1,", 1000)) + ".",
            string.Concat(Enumerable.Repeat("The Republic Of ", 200)),
            "\u0000\uFFFF\uD800",
        ];
        foreach (var (formatNamespace, names) in TransformRegistry.FormatNames)
        {
            foreach (var name in names)
            {
                foreach (var text in texts)
                {
                    var outcome = InlineTransforms.Apply(formatNamespace, name, text);
                    Assert.True(outcome.Succeeded || outcome.ErrorCode == "ixTransform:valueError", $"{name}: {outcome.ErrorCode}");
                }
            }
        }
    }

    /// <summary>
    /// Every formatted fact of Apple's 10-Q as filed, read through its format, gives the value the SEC's extraction of
    /// the same document holds for the fact with the same id (numbers after scale and sign, which the reader applies).
    /// </summary>
    [Fact]
    public void Every_formatted_fact_of_the_apple_10q_reads_as_the_sec_extraction_holds_it()
    {
        XNamespace ix = "http://www.xbrl.org/2013/inlineXBRL";
        var filing = XDocument.Load(TestData.Path("sec-filings", "aapl-10q-2025", "aapl-20250329.htm"));
        var extracted = XDocument.Load(TestData.Path("sec-filings", "aapl-10q-2025", "aapl-20250329_htm.xml"))
            .Root!.Elements().Where(e => e.Attribute("id") is not null)
            .ToDictionary(e => e.Attribute("id")!.Value, e => e.Value, StringComparer.Ordinal);

        var checkedFacts = 0;
        var formats = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in filing.Descendants().Where(e => (e.Name == ix + "nonFraction" || e.Name == ix + "nonNumeric") && e.Attribute("format") is not null))
        {
            var id = fact.Attribute("id")!.Value;
            var format = fact.Attribute("format")!.Value;
            var prefix = format[..format.IndexOf(':', StringComparison.Ordinal)];
            var formatNamespace = fact.GetNamespaceOfPrefix(prefix)!.NamespaceName;
            var outcome = InlineTransforms.Apply(formatNamespace, format[(prefix.Length + 1)..], fact.Value);
            Assert.True(outcome.Succeeded, $"{id} ({format}, '{fact.Value}'): {outcome.Message}");

            var expected = extracted[id];
            if (fact.Name == ix + "nonFraction")
            {
                var value = decimal.Parse(outcome.Value!, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                var scale = int.Parse(fact.Attribute("scale")?.Value ?? "0", CultureInfo.InvariantCulture);
                value *= (decimal)Math.Pow(10, scale);
                value = fact.Attribute("sign")?.Value == "-" ? -value : value;
                Assert.Equal(decimal.Parse(expected, NumberStyles.Number, CultureInfo.InvariantCulture), value);
            }
            else
            {
                Assert.Equal(expected, outcome.Value);
            }

            checkedFacts++;
            formats.Add(format);
        }

        Assert.True(checkedFacts > 500, $"{checkedFacts} formatted facts");
        Assert.Equal(11, formats.Count); // every format the filing uses
    }

    private static IEnumerable<(string Namespace, string Name)> Expand(TransformCase testCase)
    {
        var names = testCase.Format.Split('|');
        foreach (var registry in testCase.Registries.Split(' '))
        {
            var name = names.Length == 1 || registry is "1" or "2" or "3" ? names[0] : names[1];
            yield return (Namespaces[registry], name);
        }
    }
}
