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
    private const string NoSchemaValidation = "XML Schema validation of the DTS's schemas and of the instance against them (types, facets, particles, appinfo content) is not done yet.";
    private const string NoTupleRules = "The tuple declaration rules (XBRL 2.1 section 4.9: no attributes from XBRL namespaces, content of items and tuples only, complex content) are not checked yet.";
    private const string NoLinkbaseChecks = "linkbaseRef targets (role against the linkbase's content, arcrole, xlink:type) and embedded linkbases are not checked yet.";
    private const string NoCycleRules = "The cycles allowed by each arcrole (directed, undirected, any: XBRL 2.1 section 5.1.4.3) are not checked yet.";
    private const string NoRoleChecks = "Role and arcrole declarations (roleRef, arcroleRef, usedOn) are not checked yet.";
    private const string NoCalculationEndpoints = "Summation-item endpoints are not checked to be numeric items yet.";
    private const string NoSegmentChecks = "XBRL elements in segments and scenarios, and context s-equality, are not checked yet.";
    private const string NoEssenceAlias = "Essence-alias relationships are not checked yet (units and values of an essence and its alias must agree).";
    private const string Weights = "Summation weights are taken as integers (1.01 becomes 1).";
    private const string NonAscii = "A locator href with non-ASCII characters is not resolved (they must be escaped as URI characters first).";
    private const string Equivalence = "Relationship equivalence compares an arc's own attributes by text, not by the value of their schema type.";

    /// <summary>The variations that do not give the expected verdict, with the cause. Every one is a test of its own.</summary>
    public static readonly IReadOnlyDictionary<string, string> KnownExceptions = new Dictionary<string, string>
    {
        ["103/V-1"] = NoSchemaValidation,
        ["104/V-10"] = NoTupleRules,
        ["104/V-10c"] = NoTupleRules,
        ["104/V-10d1"] = NoTupleRules,
        ["104/V-10d2"] = NoTupleRules,
        ["104/V-12"] = NoTupleRules,
        ["104/V-17"] = NoTupleRules,
        ["104/V-18"] = NoTupleRules,
        ["106/V-2"] = NoSchemaValidation,
        ["107/V-1"] = NoSchemaValidation,
        ["114/V-02"] = NoSchemaValidation,
        ["114/V-03"] = NoSchemaValidation,
        ["114/V-05"] = NoSchemaValidation,
        ["161/V-02"] = NoSchemaValidation,
        ["161/V-03"] = NoSchemaValidation,
        ["161/V-04"] = NoSchemaValidation,
        ["161/V-12"] = NoSchemaValidation,
        ["161/V-13"] = NoSchemaValidation,
        ["161/V-14"] = NoSchemaValidation,
        ["161/V-15"] = NoSchemaValidation,
        ["161/V-16"] = NoSchemaValidation,
        ["201/V-04"] = NoLinkbaseChecks,
        ["201/V-05"] = NoLinkbaseChecks,
        ["201/V-06"] = NoLinkbaseChecks,
        ["201/V-07"] = NoLinkbaseChecks,
        ["201/V-08"] = NoLinkbaseChecks,
        ["201/V-10"] = NoLinkbaseChecks,
        ["204/V-18"] = NoCycleRules,
        ["204/V-21"] = NoCycleRules,
        ["204/V-24"] = NoCycleRules,
        ["204/V-30"] = NoCycleRules,
        ["204/V-6"] = NoCycleRules,
        ["204/V-8"] = NoCycleRules,
        ["205/V-11"] = NoRoleChecks,
        ["205/V-8"] = NoRoleChecks,
        ["205/V-9"] = NoRoleChecks,
        ["207/V-10"] = NoCycleRules,
        ["207/V-14"] = NoCycleRules,
        ["207/V-2"] = NoCycleRules,
        ["207/V-3"] = NoCycleRules,
        ["207/V-4"] = NoCycleRules,
        ["207/V-8"] = NoCycleRules,
        ["211/V-01"] = NoRoleChecks,
        ["211/V-02"] = NoRoleChecks,
        ["213/V-02"] = NoCalculationEndpoints,
        ["213/V-03"] = NoCalculationEndpoints,
        ["214/V-04"] = NoSchemaValidation,
        ["215/V-01"] = NoRoleChecks,
        ["215/V-02"] = NoRoleChecks,
        ["215/V-03"] = NoRoleChecks,
        ["215/V-04"] = NoRoleChecks,
        ["215/V-05"] = NoRoleChecks,
        ["215/V-06"] = NoRoleChecks,
        ["215/V-07"] = NoRoleChecks,
        ["215/V-08"] = NoRoleChecks,
        ["215/V-09"] = NoRoleChecks,
        ["215/V-10"] = NoRoleChecks,
        ["220/V-04"] = NoSchemaValidation,
        ["292/V-03"] = NoLinkbaseChecks,
        ["302/V-02"] = NoSegmentChecks,
        ["302/V-04"] = NoSegmentChecks,
        ["302/V-05"] = NoSegmentChecks,
        ["302/V-06"] = NoSegmentChecks,
        ["302/V-11"] = NoSegmentChecks,
        ["302/V-12"] = NoSegmentChecks,
        ["304/V-21"] = NoEssenceAlias,
        ["304/V-22"] = NoEssenceAlias,
        ["305/V-08"] = NoSchemaValidation,
        ["308/V-01"] = NoRoleChecks,
        ["308/V-02"] = NoRoleChecks,
        ["320/V-18"] = Weights,
        ["320/V-20"] = Weights,
        ["320/V-23"] = Weights,
        ["320/V-24"] = Weights,
        ["320/V-26"] = Weights,
        ["321/V-01"] = NonAscii,
        ["331/V-10"] = Equivalence,
        ["331/V-11"] = Equivalence,
        ["331/V-13"] = Equivalence,
        ["uniqueParticleAttribution/V-03"] = NoSchemaValidation,
        ["uniqueParticleAttribution/V-06"] = NoSchemaValidation,
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
