using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;
using Xunit.Abstractions;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// Three real SEC filings end to end: the extension schema imported with its instance (the US-GAAP, dei, srt and
/// ecd concepts inferred from it), generated, compiled and loaded; the instance read, bound to the generated
/// statements and validated in both calculation modes; the statements written back to facts and through
/// xBRL-JSON.
/// </summary>
public sealed class SecFilingTests
{
    private static readonly ConcurrentDictionary<string, Lazy<Filing>> Filings = new(StringComparer.Ordinal);

    private readonly ITestOutputHelper output;

    public SecFilingTests(ITestOutputHelper output) => this.output = output;

    /// <summary>
    /// The import loads and compiles without schema errors. It leaves out only what the format cannot hold, with
    /// the reason: the typed axis RevenueRemainingPerformanceObligationExpectedTimingOfSatisfactionStartDateAxis
    /// (Apple, Amazon). Names with a '.' (Apple's listed notes such as A1.375NotesDue2024Member, Amazon's
    /// LegalProceedingsWithEolasTechnologiesInc.Member) are XML names the format takes as they are.
    /// </summary>
    [Theory]
    [InlineData("aapl-10k-2023", 1)]
    [InlineData("nflx-10k-2024", 0)]
    [InlineData("amzn-10k-2022", 1)]
    public void TheImportCompilesWithoutSchemaErrorsAndLeavesOutOnlyWhatTheFormatCannotHold(string folder, int typedAxes)
    {
        var filing = Filing.Of(folder);
        var import = filing.Taxonomy.Imports.Single();
        output.WriteLine(import.Summary.ToText());

        Assert.DoesNotContain(import.Diagnostics, d => d.Severity == TypedTaxonomy.Schema.Diagnostics.SchemaSeverity.Error);
        Assert.DoesNotContain(filing.Taxonomy.Generated.SchemaDiagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal(typedAxes, import.Summary.LeftOut.Count(l => l.Value.StartsWith("a typed dimension", StringComparison.Ordinal)));
        Assert.Equal(typedAxes, import.Summary.LeftOut.Count);
    }

    /// <summary>
    /// Every fact is accounted for: bound to a statement, or unbound with a reason. The reasons, by kind:
    /// <list type="bullet">
    /// <item><b>period</b> (Apple 38, Netflix 52, Amazon 268): an instant fact of a statement that reports
    /// durations, at a date where no statement period with the same members and currency starts or ends: the
    /// cover page's public float and shares outstanding (dated at the float date and after year end), and
    /// balances given for members (or without members) that have no flows in that statement, so no statement of
    /// theirs is opened: Apple's term-debt summary and derivative details, Netflix's insider trading
    /// arrangements, Amazon's fair value, debt, intangible asset and commitment details.</item>
    /// <item><b>dimensions</b> (Apple 14, Netflix 9, Amazon 8): no statement presenting the concept has the
    /// fact's axes: Apple's 12 insider-trading facts by ecd:IndividualAxis (no definition linkbase gives that
    /// axis members) and 2 commercial paper facts by type on the balance sheet; Netflix's 5 insider-trading facts
    /// and 4 equity totals by nflx:TotalMember on the balance sheet; Amazon's 6 receivables by type and 2
    /// treasury stock components on the balance sheet.</item>
    /// <item><b>typed dimension</b> (Apple 12, Amazon 2): remaining performance obligations by their typed
    /// start-date member; statements have explicit axes only (the format has no typed axes), so binding them would
    /// lose the member.</item>
    /// <item>No <b>duplicate</b> is unbound: the same figure given rounded elsewhere (Amazon's income taxes 2,863
    /// million and 2.9 billion, Netflix's contract liabilities 1,442,969 thousand and 1,443 million) is consistent
    /// once rounded, and the binder keeps the more precise fact.</item>
    /// </list>
    /// </summary>
    [Theory]
    [InlineData("aapl-10k-2023", 1164, 1100, 38, 14, 0, 12)]
    [InlineData("nflx-10k-2024", 1086, 1025, 52, 9, 0, 0)]
    [InlineData("amzn-10k-2022", 1457, 1180, 267, 8, 0, 2)]
    public void EveryFactIsBoundOrUnboundWithAReason(string folder, int facts, int bound, int period, int dimensions, int duplicates, int typed)
    {
        var filing = Filing.Of(folder);
        var binding = filing.Binding;
        foreach (var group in binding.Unbound.GroupBy(u => KindOf(u.Reason)))
        {
            output.WriteLine($"{group.Count()} {group.Key}, e.g. {group.First().Fact}: {group.First().Reason}");
        }

        Assert.Equal(facts, filing.Report.Facts.Count);
        Assert.Equal(bound, binding.BoundFacts);
        Assert.Equal(facts, binding.BoundFacts + binding.Unbound.Count);
        Assert.All(binding.Unbound, u => Assert.False(string.IsNullOrWhiteSpace(u.Reason)));
        Assert.Equal(
            new[] { ("dimensions", dimensions), ("duplicate", duplicates), ("period", period), ("typed dimension", typed) }.Where(k => k.Item2 > 0),
            binding.Unbound.GroupBy(u => KindOf(u.Reason)).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal));
    }

    /// <summary>
    /// Findings by rule, in every mode. No fact breaks a fact rule or names a member outside its axis (members
    /// with a '.' in their names, such as aapl:A1.375NotesDue2024Member, are in the generated axes). Amazon's 20
    /// calculation findings
    /// are real by the binding rules of both XBRL 2.1 and Calculations 1.1: each binds a total with only some of
    /// its items (segment assets with only their property and equipment, the equity investee's net loss with only
    /// its operating loss, amortized cost with gains and losses but not the debt securities), and the
    /// independent check finds the same ones. Calculations 1.1 truncation finds the same calculations, and besides
    /// them the duplicates that the filings round (a total reported in millions beside the same total in thousands,
    /// rounded to nearest): a value rounded up is not the truncation of its more precise duplicate, so truncation
    /// finds them inconsistent (Netflix 2, Amazon 9), as Calculations 1.1 says for values that are not truncated.
    /// </summary>
    [Theory]
    [InlineData("aapl-10k-2023", 0, 0, 0)]
    [InlineData("nflx-10k-2024", 0, 0, 2)]
    [InlineData("amzn-10k-2022", 0, 20, 9)]
    public void FindingsByRuleAreTheSameInAllModesAndExplained(string folder, int memberErrors, int inconsistentCalculations, int roundedDuplicatesUnderTruncation)
    {
        var filing = Filing.Of(folder);
        var leftOut = filing.Taxonomy.Imports.Single().Summary.LeftOut.Keys.ToHashSet(StringComparer.Ordinal);
        foreach (var (mode, rule) in new[] { (CalculationMode.RoundToNearest, ValidationRules.InconsistentCalculation), (CalculationMode.Truncate, ValidationRules.InconsistentCalculationTruncation), (CalculationMode.Classic, ValidationRules.ClassicCalculationInconsistency) })
        {
            var validation = filing.Validation(mode);
            var byRule = validation.Result.Findings.GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.ToList());
            output.WriteLine($"{mode}: {validation.CheckedCalculations} bindings, " + string.Join(", ", byRule.Select(r => $"{r.Key} {r.Value.Count}")));

            Assert.Empty(validation.UnknownConcepts);
            Assert.Equal(filing.Report.NumericFactCount, validation.NumericFacts);
            var duplicates = mode == CalculationMode.Truncate ? roundedDuplicatesUnderTruncation : 0;
            Assert.Equal(
                new[] { (ValidationRules.ExplicitMemberNotValid, memberErrors), (rule, inconsistentCalculations), (ValidationRules.InconsistentDuplicates, duplicates) }.Where(r => r.Item2 > 0).OrderBy(r => r.Item1, StringComparer.Ordinal),
                byRule.Select(r => (r.Key, r.Value.Count)).OrderBy(r => r.Key, StringComparer.Ordinal));
            Assert.All(byRule.GetValueOrDefault(ValidationRules.ExplicitMemberNotValid) ?? new(), f => Assert.Contains(f.Fact!.Dimensions, d => leftOut.Contains(d.Member.Prefix + ":" + d.Member.LocalName)));
            Assert.All(byRule.GetValueOrDefault(rule) ?? new(), f => Assert.True(f.IsPartiallyReported, f.ToString()));
        }
    }

    /// <summary>
    /// The calculations of all three filings as the independent check sees them: the same number of bindings,
    /// and the same inconsistent ones (none for Apple and Netflix) in both of the validator's modes.
    /// </summary>
    [Theory]
    [InlineData("aapl-10k-2023", 176)]
    [InlineData("nflx-10k-2024", 84)]
    [InlineData("amzn-10k-2022", 179)]
    public void TheValidatorsAgreeWithAnIndependentCalculationCheck(string folder, int bindings)
    {
        var filing = Filing.Of(folder);
        var independent = IndependentCalculationCheck.Run(filing.Instance, Path.ChangeExtension(filing.Schema, null) + "_cal.xml");

        Assert.Equal(bindings, independent.Bindings);
        var expected = independent.Inconsistencies.Select(i => (i.Total, i.Context)).Order().ToList();
        foreach (var mode in new[] { CalculationMode.RoundToNearest, CalculationMode.Truncate, CalculationMode.Classic })
        {
            var validation = filing.Validation(mode);
            Assert.Equal(bindings, validation.CheckedCalculations);
            var found = validation.Result.Findings
                .Where(f => f.Rule is ValidationRules.InconsistentCalculation or ValidationRules.InconsistentCalculationTruncation or ValidationRules.ClassicCalculationInconsistency)
                .Select(f => (f.Concept.Name.Prefix + ":" + f.Concept.Name.LocalName, ContextId(filing, f.Fact!)))
                .Order()
                .ToList();
            Assert.Equal(expected, found);
        }

        if (folder != "amzn-10k-2022")
        {
            Assert.Empty(expected);
        }
    }

    /// <summary>Amazon's segment facts land in the statement of their member, each with its own value.</summary>
    [Theory]
    [InlineData("amzn:AmazonWebServicesSegmentMember", "RevenueFromContractWithCustomerExcludingAssessedTax", 80_096_000_000)]
    [InlineData("amzn:AmazonWebServicesSegmentMember", "OperatingIncomeLoss", 22_841_000_000)]
    [InlineData("amzn:NorthAmericaSegmentMember", "RevenueFromContractWithCustomerExcludingAssessedTax", 315_880_000_000)]
    [InlineData("amzn:InternationalSegmentMember", "RevenueFromContractWithCustomerExcludingAssessedTax", 118_007_000_000)]
    public void AmazonSegmentFactsLandInTheirMembersStatements(string member, string concept, long value)
    {
        var filing = Filing.Of("amzn-10k-2022");
        var year = Period.Duration(new DateOnly(2022, 1, 1), new DateOnly(2022, 12, 31));
        var fromInstance = filing.Report.Facts.Single(f => f.ConceptName.LocalName == concept && f.Period == year
            && f.Dimensions.Length == 1 && f.Dimensions[0].Axis.LocalName == "StatementBusinessSegmentsAxis" && f.Dimensions[0].Member.ToString() == member);
        Assert.Equal(value, fromInstance.NumericValue);

        var statements = filing.Binding.AllStatements
            .Where(s => s.Period == year && s.Members.Count == 1 && s.Members[0] == fromInstance.Dimensions[0])
            .ToList();
        var segmentStatement = Assert.Single(statements, s => s.GetType().Name == "SegmentInformationReportableSegmentsandReconciliationtoConsolidatedNetIncomeDetailsStatement");
        var row = segmentStatement.Presentation.First(r => r.Concept.Name == fromInstance.ConceptName && r.Placement == PeriodPlacement.Duration);
        Assert.Equal((decimal)value, segmentStatement.GetValue(row));
        Assert.Equal(Decimals.Of(-6), segmentStatement.DecimalsOf(row));

        // The same concept without members (the consolidated total) is another statement, with another value.
        var total = filing.Binding.AllStatements.Single(s => s.GetType() == segmentStatement.GetType() && s.Period == year && s.Members.Count == 0);
        Assert.NotEqual(segmentStatement.GetValue(row), total.GetValue(row));
    }

    /// <summary>
    /// The round trip: every statement back to facts, through xBRL-JSON, and read again gives every bound
    /// non-nil fact (one per concept, period, unit and members) with its value, decimals, period, unit and
    /// members, and nothing else. (Facts with a typed axis member are unbound: the format has no typed axes.)
    /// </summary>
    [Theory]
    [InlineData("aapl-10k-2023")]
    [InlineData("nflx-10k-2024")]
    [InlineData("amzn-10k-2022")]
    public void StatementsGoThroughXbrlJsonAndBackAsTheSameFacts(string folder)
    {
        var filing = Filing.Of(folder);
        var unbound = filing.Binding.Unbound.Select(u => u.Fact).ToHashSet(ReferenceEqualityComparer.Instance);
        var boundFacts = filing.Report.Facts.Where(f => !unbound.Contains(f) && !f.IsNil).ToList();
        var entity = filing.Report.Facts[0].Entity;

        var written = filing.Binding.AllStatements.SelectMany(s => StatementFacts.ToFacts(s, entity)).ToList();
        using var buffer = new MemoryStream();
        new XbrlJsonWriter().Write(new XbrlReport(written, filing.Report.Namespaces), buffer);
        // xBRL-JSON leaves out the xbrli:pure unit and exact (INF) decimals, so an exact ratio looks like text
        // unless the reader knows which concepts are numeric: the generated taxonomy tells it.
        var rules = filing.Taxonomy.Generated.Rules(filing.Taxonomy.Name);
        var reread = new XbrlJsonReader(new XbrlReaderOptions { IsNumericConcept = name => rules.FindConcept(name)?.IsNumeric == true })
            .Read(buffer.ToArray(), folder + ".json");

        // Facts with a typed axis member are never bound (statements have explicit axes only), so every bound
        // fact can come back whole.
        Assert.DoesNotContain(boundFacts, f => !f.TypedDimensions.IsEmpty);
        var expected = Distinct(boundFacts);
        var actual = Distinct(reread.Facts);
        output.WriteLine($"{boundFacts.Count} bound non-nil facts, {expected.Count} distinct; {written.Count} written, {actual.Count} distinct read back");
        Assert.DoesNotContain(actual.Keys, k => !expected.ContainsKey(k));

        var differences = new List<string>();
        foreach (var (key, fact) in expected)
        {
            if (!actual.TryGetValue(key, out var back))
            {
                differences.Add($"{fact} did not come back");
            }
            else if (fact.NumericValue != back.NumericValue || !SameText(fact, back) || fact.Decimals != back.Decimals || !Equals(fact.Unit, back.Unit)
                || fact.Period != back.Period || !fact.Dimensions.ToHashSet().SetEquals(back.Dimensions))
            {
                differences.Add($"{fact} (decimals {fact.Decimals}) came back as {back} (decimals {back.Decimals})");
            }
        }

        Assert.True(differences.Count == 0, differences.Count + " differences:\n" + string.Join("\n", differences.Take(50)));
    }

    /// <summary>The same text value: lexically, or as the same duration (P0Y5M12D is P5M12D).</summary>
    private static bool SameText(Fact original, Fact back)
    {
        if (original.NumericValue is not null || back.NumericValue is not null)
        {
            return true;
        }

        return original.Value == back.Value
            || (IsoDuration.TryParse(original.Value, out var a) && IsoDuration.TryParse(back.Value, out var b) && a == b);
    }

    private static string KindOf(string reason) =>
        reason.Contains("covers a period that starts or ends at", StringComparison.Ordinal) ? "period"
        : reason.Contains("are not axes and members of", StringComparison.Ordinal) ? "dimensions"
        : reason.StartsWith("duplicate of", StringComparison.Ordinal) ? "duplicate"
        : reason.Contains("typed dimension", StringComparison.Ordinal) ? "typed dimension"
        : reason;

    private static string ContextId(Filing filing, Fact fact) => filing.ContextIds[(fact.Location!.Value.Line, fact.Location.Value.Column)];

    /// <summary>
    /// Facts by their aspects (concept, period, unit, members): duplicates collapse to the most precise one, which
    /// is the one the binder keeps (2,863 million rather than 2.9 billion).
    /// </summary>
    private static Dictionary<string, Fact> Distinct(IEnumerable<Fact> facts)
    {
        var result = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            var members = string.Join(",", fact.Dimensions.Select(d => d.ToString()).Order(StringComparer.Ordinal));
            var key = $"{fact.ConceptName}|{fact.Period}|{fact.Unit}|{members}";
            if (!result.TryGetValue(key, out var kept) || MorePrecise(fact, kept))
            {
                result[key] = fact;
            }
        }

        return result;
    }

    private static bool MorePrecise(Fact fact, Fact than) =>
        fact.EffectiveDecimals is { } d && than.EffectiveDecimals is { } e && (d.IsInfinite ? !e.IsInfinite : !e.IsInfinite && d.Places > e.Places);

    /// <summary>One filing imported, compiled, read, bound and validated once for all tests.</summary>
    private sealed class Filing
    {
        private readonly ConcurrentDictionary<CalculationMode, ReportValidation> validations = new();

        private Filing(string folder)
        {
            var directory = Repository.Shared("data/sec-filings/" + folder);
            Schema = Directory.GetFiles(directory, "*.xsd").Single();
            Instance = Directory.GetFiles(directory, "*_htm.xml").Single();
            Taxonomy = ImportedTaxonomy.ForFiling(Schema, Instance);
            Report = new XbrlInstanceReader().ReadFile(Instance);
            Binding = Taxonomy.Generated.Bind(Taxonomy.Name, Report.Facts);
            ContextIds = ReadContextIds(Instance);
        }

        public string Schema { get; }

        public string Instance { get; }

        public ImportedTaxonomy Taxonomy { get; }

        public XbrlReport Report { get; }

        public ReportBinding Binding { get; }

        /// <summary>The contextRef of each fact, by the line and column the reader gives it.</summary>
        public IReadOnlyDictionary<(int Line, int Column), string> ContextIds { get; }

        public static Filing Of(string folder) => Filings.GetOrAdd(folder, f => new Lazy<Filing>(() => new Filing(f))).Value;

        public ReportValidation Validation(CalculationMode mode) => validations.GetOrAdd(mode, m => Taxonomy.Generated.Validate(Taxonomy.Name, Report.Facts, m));

        private static Dictionary<(int, int), string> ReadContextIds(string instance)
        {
            var result = new Dictionary<(int, int), string>();
            using var xml = System.Xml.XmlReader.Create(instance);
            var lines = (System.Xml.IXmlLineInfo)xml;
            while (xml.Read())
            {
                if (xml.NodeType == System.Xml.XmlNodeType.Element && xml.GetAttribute("contextRef") is { } context)
                {
                    result[(lines.LineNumber, lines.LinePosition - 1)] = context;
                }
            }

            return result;
        }
    }
}
