using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// The XBRL 2.1 conformance subset end to end: each variation's taxonomy (the schemas and linkbases its
/// instance refers to) imported into YAML, generated, compiled and loaded; its instance read and validated by
/// the generated validator with classic XBRL 2.1 calculations. Invalid means the reader refuses the instance
/// or a finding is an error or an inconsistency. The variations that do not give the expected verdict are
/// listed in <see cref="KnownExceptions"/> with the reason, each a test of its own that checks it still fails
/// for that reason, and in docs/conformance.md.
/// </summary>
public sealed class ConformanceTests
{
    /// <summary>Why a listed variation cannot give the expected verdict yet.</summary>
    public enum ExceptionKind
    {
        /// <summary>The subset lacks a file the variation needs; nothing can be run.</summary>
        MissingData,

        /// <summary>The variation needs something the schema format (v1) cannot hold, so the importer leaves it out.</summary>
        Format,
    }

    /// <summary>The variations that do not give the expected verdict, with the reason. Every one is a test of its own.</summary>
    public static readonly IReadOnlyDictionary<string, (ExceptionKind Kind, string Reason)> KnownExceptions = new Dictionary<string, (ExceptionKind, string)>
    {
        ["303/V-01"] = (ExceptionKind.MissingData, "Period.xsd, the schema of the instance (and of the testcase's data), is not in the subset."),
        ["303/V-02"] = (ExceptionKind.MissingData, "Period.xsd, the schema of the instance (and of the testcase's data), is not in the subset."),
        ["303/V-03"] = (ExceptionKind.MissingData, "Period.xsd, the schema of the instance (and of the testcase's data), is not in the subset."),
        ["303/V-04"] = (ExceptionKind.MissingData, "Period.xsd, the schema of the instance (and of the testcase's data), is not in the subset."),
        ["304/V-21"] = (ExceptionKind.Format, "Essence-alias relationships (definition linkbase, XBRL 2.1 section 5.2.6.2.2): the format has no key for them, so the import leaves them out and the units of an essence and its alias are not compared."),
        ["304/V-22"] = (ExceptionKind.Format, "Essence-alias relationships (definition linkbase, XBRL 2.1 section 5.2.6.2.2): the format has no key for them, so the import leaves them out and the units of an essence and its alias are not compared."),
        ["305/V-08"] = (ExceptionKind.Format, "The item types fix decimals=\"4\" and precision=\"8\" as XML Schema attribute values, which schema validation adds to the nil facts; the format has no place for a type's fixed attributes and the reader validates against no schema, so the nil facts keep neither."),
        ["320/V-18"] = (ExceptionKind.Format, "The summation has the weight 1.01; the format allows weights 1 and -1, so the import leaves the summation out (with a note) and nothing is checked."),
        ["320/V-19"] = (ExceptionKind.Format, "The summation has the weight 1.01; the format allows weights 1 and -1, so the import leaves the summation out (with a note) and nothing is checked."),
    };

    private readonly ITestOutputHelper output;

    public ConformanceTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string> Variations => new(ConformanceSuite.Variations.Select(v => v.Key).Where(k => !KnownExceptions.ContainsKey(k)));

    public static TheoryData<string> Exceptions => new(KnownExceptions.Keys);

    /// <summary>The variations with tuples: the verdict of each once the facts carry their tuples.</summary>
    public static TheoryData<string> TupleVariations => new(ConformanceSuite.Variations.Where(v => FactsInTuples(v.Instance) > 0).Select(v => v.Key));

    [Theory]
    [MemberData(nameof(Variations))]
    public void Variation(string key)
    {
        var variation = ConformanceSuite.Get(key);
        var verdict = Run(variation);
        output.WriteLine($"{variation.Key} {variation.Name}: {variation.Description}");
        output.WriteLine(verdict.Explanation);
        Assert.False(verdict.NotRun, verdict.Explanation);
        Assert.True(variation.ExpectedValid == verdict.Valid, $"expected {Describe(variation.ExpectedValid)}, got {Describe(verdict.Valid)}: {verdict.Explanation}");
        Assert.True(verdict.UnknownConcepts == 0, "every fact's concept is imported");
    }

    /// <summary>A listed exception still fails, and for its reason: when it starts to pass, it comes off the list.</summary>
    [Theory]
    [MemberData(nameof(Exceptions))]
    public void KnownException(string key)
    {
        var variation = ConformanceSuite.Get(key);
        var (kind, reason) = KnownExceptions[key];
        var verdict = Run(variation);
        output.WriteLine($"{variation.Key} {variation.Name}: {variation.Description}");
        output.WriteLine($"KNOWN EXCEPTION ({kind}): {reason}");
        output.WriteLine(verdict.Explanation);
        switch (kind)
        {
            case ExceptionKind.MissingData:
                Assert.True(verdict.NotRun, "the missing data has appeared: run the variation and take it off the list");
                break;
            case ExceptionKind.Format:
                Assert.False(verdict.NotRun);
                Assert.True(variation.ExpectedValid != verdict.Valid, "the variation now gives the expected verdict: take it off the list");
                Assert.Equal(0, verdict.CheckedCalculations);
                break;
        }
    }

    /// <summary>
    /// The reader keeps the tuple structure the summation binding relies on: each fact's chain of enclosing tuples
    /// matches the instance's XML (tuples numbered differently, the same grouping).
    /// </summary>
    [Theory]
    [MemberData(nameof(TupleVariations))]
    public void TheReaderKeepsTheTuplesThatEncloseEachFact(string key)
    {
        var variation = ConformanceSuite.Get(key);
        var report = new XbrlInstanceReader().ReadFile(variation.Instance);
        var expected = TuplesByPosition(variation.Instance);
        var readerToXml = new Dictionary<int, int>();
        foreach (var fact in report.Facts)
        {
            var fromXml = expected[(fact.Location!.Value.Line, fact.Location.Value.Column)];
            Assert.Equal(fromXml.Length, fact.EnclosingTuples.Length);
            for (var i = 0; i < fromXml.Length; i++)
            {
                Assert.Equal(readerToXml.GetValueOrDefault(fact.EnclosingTuples[i], fromXml[i]), fromXml[i]);
                readerToXml[fact.EnclosingTuples[i]] = fromXml[i];
            }
        }

        Assert.Contains(report.Facts, f => !f.EnclosingTuples.IsEmpty);
    }

    [Fact]
    public void EveryVariationIsRunOrListedAndTheDocumentListsEveryException()
    {
        Assert.Equal(105, ConformanceSuite.Variations.Count);
        Assert.Equal(ConformanceSuite.Variations.Count, ConformanceSuite.Variations.Select(v => v.Key).Distinct().Count());
        Assert.All(KnownExceptions.Keys, k => Assert.Contains(ConformanceSuite.Variations, v => v.Key == k));

        var document = File.ReadAllText(Repository.Path("docs/conformance.md"));
        foreach (var key in KnownExceptions.Keys)
        {
            Assert.Contains($"| {key} |", document, StringComparison.Ordinal);
        }

        foreach (var testcase in ConformanceSuite.Variations.GroupBy(v => v.Testcase))
        {
            var total = testcase.Count();
            var passed = testcase.Count(v => !KnownExceptions.ContainsKey(v.Key));
            Assert.Contains($"| {testcase.Key} | {passed} | {total} |", document, StringComparison.Ordinal);
        }
    }

    internal static Verdict Run(ConformanceVariation variation)
    {
        var (schemas, linkbases) = ConformanceSuite.DiscoverTaxonomy(variation);
        var missing = schemas.Where(s => !File.Exists(s)).ToList();
        if (missing.Count > 0)
        {
            return new Verdict(false, "not run: the schema is not in the subset: " + string.Join(", ", missing.Select(Path.GetFileName))) { NotRun = true };
        }

        var taxonomy = ImportedTaxonomy.Get(schemas, linkbases);
        XbrlReport report;
        try
        {
            report = new XbrlInstanceReader().ReadFile(variation.Instance);
        }
        catch (XbrlFormatException e)
        {
            return new Verdict(false, "invalid: the reader refuses the instance: " + e.Message);
        }

        var validation = taxonomy.Generated.Validate(taxonomy.Name, report.Facts, CalculationMode.Classic);
        var blocking = validation.Result.Findings.Count(f => f.Severity is ValidationSeverity.Error or ValidationSeverity.Inconsistency);
        var explanation = $"{Describe(blocking == 0)}: {report.Facts.Count} facts, {validation.CheckedCalculations} calculation bindings, "
            + $"{validation.UnknownConcepts.Count} facts of unknown concepts; import notes: {string.Join(" ", taxonomy.Imports.SelectMany(i => i.Notes))}\nfindings:\n"
            + string.Join("\n", validation.Result.Findings.Select(f => "  " + f));
        return new Verdict(blocking == 0, explanation)
        {
            CheckedCalculations = validation.CheckedCalculations,
            UnknownConcepts = validation.UnknownConcepts.Count,
        };
    }

    private static int FactsInTuples(string instance)
    {
        try
        {
            return TuplesByPosition(instance).Values.Count(t => !t.IsEmpty);
        }
        catch (XmlException)
        {
            return 0;
        }
    }

    /// <summary>
    /// For each item of an instance, by the line and column of its start tag's '&lt;' (as the reader locates
    /// facts), the tuples it is nested in: outermost first, numbered in document order from 1.
    /// </summary>
    private static Dictionary<(int Line, int Column), ImmutableArray<int>> TuplesByPosition(string instance)
    {
        var result = new Dictionary<(int, int), ImmutableArray<int>>();
        var open = new Stack<(int Depth, int Number)>();
        var tupleCount = 0;
        using var xml = XmlReader.Create(instance, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var lines = (IXmlLineInfo)xml;
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.Depth == 0)
            {
                continue;
            }

            while (open.Count > 0 && open.Peek().Depth >= xml.Depth)
            {
                open.Pop();
            }

            if (xml.GetAttribute("contextRef") is not null)
            {
                result[(lines.LineNumber, lines.LinePosition - 1)] = open.Reverse().Select(t => t.Number).ToImmutableArray();
            }
            else if (xml.Depth == 1 ? IsFactNamespace(xml.NamespaceURI) : open.Count > 0)
            {
                open.Push((xml.Depth, ++tupleCount));
            }
        }

        return result;
    }

    private static bool IsFactNamespace(string ns) =>
        ns is not ("http://www.xbrl.org/2003/instance" or "http://www.xbrl.org/2003/linkbase" or "http://www.w3.org/1999/xlink");

    private static string Describe(bool valid) => valid ? "valid" : "invalid";

    internal sealed record Verdict(bool Valid, string Explanation)
    {
        public bool NotRun { get; init; }

        public int CheckedCalculations { get; init; }

        public int UnknownConcepts { get; init; }
    }
}
