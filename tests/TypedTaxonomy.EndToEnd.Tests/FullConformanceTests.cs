using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// The whole XBRL 2.1 conformance suite in <c>../shared/data/xbrl21-conformance-2014</c> (376 variations), each run
/// through <see cref="XbrlProcessor"/> from its <c>readMeFirst</c> document: the DTS discovered and validated, an
/// instance read and validated against it with classic XBRL 2.1 calculations. The variations that do not give the
/// expected verdict are listed in <see cref="KnownExceptions"/> with their cause, each a test that checks it still
/// fails, and in docs/conformance.md.
/// </summary>
public sealed class FullConformanceTests
{
    private const string LaxValidation = "Lax XML Schema validation of xs:appinfo content and of linkbases embedded in it, against the schemas the DTS declares for their elements and attributes, is not done: it needs the XML Schemas of XBRL's own namespaces (xbrl-instance, xbrl-linkbase), which are neither in the suite nor in the shared data, and nothing is fetched from the network.";
    private const string UniqueParticleAttribution = "XML Schema's unique particle attribution constraint on a tuple's content model is found by compiling the taxonomy schema with System.Xml.Schema, which needs xbrl-instance-2003-12-31.xsd (the schema the tuple's substitution group and item types come from); it is not available here.";

    /// <summary>The variations that do not give the expected verdict, with the cause. Every one is a test of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownExceptions = new Dictionary<string, string>
    {
        ["114/V-02"] = LaxValidation,
        ["114/V-03"] = LaxValidation,
        ["114/V-05"] = LaxValidation,
        ["uniqueParticleAttribution/V-03"] = UniqueParticleAttribution,
        ["uniqueParticleAttribution/V-06"] = UniqueParticleAttribution,
    };

    /// <summary>
    /// What each testcase tests, as the codes (or their beginnings: the specification's section) of the findings that
    /// make its invalid variations invalid: a variation found invalid for another reason does not pass.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> ExpectedReasons = new Dictionary<string, string[]>
    {
        ["103"] = ["xbrl.5.1.1:"],
        ["104"] = ["xbrl.4.9:", "xbrl.5.6.1:"],
        ["106"] = ["xbrl.5.1:"],
        ["107"] = ["xmlSchema", "xbrl.5.1.1"],
        ["114"] = ["xmlSchema"],
        ["161"] = ["xbrl.5.1.3:", "xbrl.5.1.4:", "xmlSchema"],
        ["201"] = ["xbrl.4.3."],
        ["204"] = ["xbrl.5.1.4.3:cycles"],
        ["205"] = ["xbrl.5.1.3", "xbrl.3.5.2.4"],
        ["207"] = ["xbrl.5.1.4.3:cycles"],
        ["210"] = ["xbrl.5.2.5.2:"],
        ["211"] = ["xbrl.5.1.3:"],
        ["213"] = ["xbrl.5.2.5.2:"],
        ["214"] = ["xmlSchema"],
        ["215"] = ["xbrl.3.5.2.4.5:"],
        ["220"] = ["xbrl.3.5.2.5:", "xbrl.5.1.4.5:"],
        ["231"] = ["xbrl.5.2.5.2:"],
        ["292"] = ["xbrl.3.5.2.5:", "xbrl.5.1.4.5:"],
        ["302"] = ["xbrl.4.7.", "xbrl.5.2.5.2:"],
        ["303"] = ["xbrl.4.7.2:"],
        ["304"] = ["xbrl.4.8.", "xbrl.4.6.2:", "xbrl.5.2.6.2.2:"],
        ["305"] = ["xbrl.4.6.3:", "xbrl.5.2.5.2:"],
        ["307"] = ["xbrl.4.2", "IOerror"],
        ["308"] = ["xbrl.3.5.2.4.5:"],
        ["320"] = ["xbrl.5.2.5.2:"],
        ["321"] = ["xbrl.5.2.5.2:"],
        ["331"] = ["xbrl.5.2.5.2:"],
        ["391"] = ["xbrl.5.2.5.2:"],
        ["397"] = ["xbrl.5.2.5.2:"],
        ["398"] = ["xbrl.4.6:"],
        ["401"] = ["xmlSchema"],
        ["uniqueParticleAttribution"] = ["xmlSchema"],
    };

    private readonly ITestOutputHelper output;

    public FullConformanceTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Variations => new(FullConformanceSuite.Variations.Select(v => v.Key).Where(k => !KnownExceptions.ContainsKey(k)));

    public static TheoryData<string> Exceptions => new(KnownExceptions.Keys);

    [Theory]
    [MemberData(nameof(Variations))]
    public void Variation(string key)
    {
        var variation = FullConformanceSuite.Get(key);
        var result = Run(variation);
        output.WriteLine($"{variation.Key} {variation.Name}: {variation.Description}");
        output.WriteLine(Explain(result));
        Assert.True(variation.ExpectedValid == result.IsValid, $"expected {Describe(variation.ExpectedValid)}, got {Describe(result.IsValid)}: {Explain(result)}");
        if (!variation.ExpectedValid)
        {
            var reasons = ExpectedReasons[variation.Key.Split('/')[0]];
            Assert.True(
                result.Findings.Any(f => f.IsError && reasons.Any(r => f.Code.StartsWith(r, StringComparison.Ordinal))),
                $"invalid, but not for the reason the testcase tests ({string.Join(", ", reasons)}): {Explain(result)}");
        }
    }

    /// <summary>A listed exception still gives the wrong verdict: when it starts to pass, it comes off the list.</summary>
    [Theory]
    [MemberData(nameof(Exceptions))]
    public void KnownException(string key)
    {
        var variation = FullConformanceSuite.Get(key);
        var result = Run(variation);
        output.WriteLine($"{variation.Key} {variation.Name}: {variation.Description}");
        output.WriteLine("KNOWN EXCEPTION: " + KnownExceptions[key]);
        output.WriteLine(Explain(result));
        Assert.True(variation.ExpectedValid != result.IsValid, "the variation now gives the expected verdict: take it off the list");
    }

    [Fact]
    public void EveryVariationIsRunOrListedAndTheDocumentListsEveryException()
    {
        Assert.Equal(376, FullConformanceSuite.Variations.Count);
        Assert.Equal(FullConformanceSuite.Variations.Count, FullConformanceSuite.Variations.Select(v => v.Key).Distinct().Count());
        Assert.All(KnownExceptions.Keys, k => Assert.Contains(FullConformanceSuite.Variations, v => v.Key == k));
        var document = File.ReadAllText(Repository.Path("docs/conformance.md"));
        foreach (var key in KnownExceptions.Keys)
        {
            Assert.Contains($"| {key} |", document, StringComparison.Ordinal);
        }

        var passed = FullConformanceSuite.Variations.Count - KnownExceptions.Count;
        Assert.Contains($"**{passed} of {FullConformanceSuite.Variations.Count}**", document, StringComparison.Ordinal);
    }

    internal static XbrlProcessorResult Run(SuiteVariation variation) => XbrlProcessor.Validate(variation.Entry, CalculationMode.Classic);

    private static string Explain(XbrlProcessorResult result) =>
        $"{Describe(result.IsValid)}: {result.Dts.Documents.Count} documents, {result.Report?.Facts.Count ?? 0} facts, {result.Validation?.CheckedCalculations ?? 0} calculation bindings\nfindings:\n"
        + string.Join("\n", result.Findings.Select(f => "  " + f));

    private static string Describe(bool valid) => valid ? "valid" : "invalid";
}
