using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// <c>typed-taxonomy check --report</c> validates with rules built from the schema files at run time
/// (<see cref="SchemaRules"/>); a consumer's generated <c>{Name}Taxonomy.Validate</c> with rules the generator
/// compiled. On the real reports they must be the same rules and find the same things, finding by finding.
/// </summary>
public sealed class SchemaRulesTests
{
    // Each filing and file set is checked in both calculation modes: its report is read, and its files checked, once.
    private static readonly ConcurrentDictionary<string, Lazy<XbrlReport>> Reports = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<IReadOnlyDictionary<string, string>, Lazy<CheckResult>> Checks = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// The generated code names the runtime's enum members after the schema model's (<c>DataType.Monetary</c> for
    /// <c>ConceptDataType.Monetary</c>) and the command line maps them by name: every member of one is a member of
    /// the other.
    /// </summary>
    [Fact]
    public void TheSchemaEnumsAndTheRuntimeEnumsHaveTheSameMembers()
    {
        Assert.Equal(Enum.GetNames<Schema.Model.ConceptDataType>().Order(), Enum.GetNames<DataType>().Order());
        Assert.Equal(Enum.GetNames<Schema.Model.ConceptPeriodType>().Order(), Enum.GetNames<PeriodType>().Order());
        Assert.Equal(Enum.GetNames<Schema.Model.ConceptBalance>().Order(), Enum.GetNames<Balance>().Order());
    }

    [Theory]
    [InlineData("aapl-10k-2023", CalculationMode.RoundToNearest)]
    [InlineData("aapl-10k-2023", CalculationMode.Classic)]
    [InlineData("nflx-10k-2024", CalculationMode.RoundToNearest)]
    [InlineData("nflx-10k-2024", CalculationMode.Classic)]
    [InlineData("amzn-10k-2022", CalculationMode.RoundToNearest)]
    [InlineData("amzn-10k-2022", CalculationMode.Classic)]
    public void OnTheSecFilingsTheRulesFromSchemaFilesAreTheGeneratedRules(string folder, CalculationMode mode)
    {
        var directory = Repository.Shared("data/sec-filings/" + folder);
        var instance = Directory.GetFiles(directory, "*_htm.xml").Single();
        var taxonomy = ImportedTaxonomy.ForFiling(Directory.GetFiles(directory, "*.xsd").Single(), instance);
        var report = Reports.GetOrAdd(instance, path => new Lazy<XbrlReport>(() => new XbrlInstanceReader().ReadFile(path))).Value;

        AssertSameRules(taxonomy.Generated, taxonomy.Name, taxonomy.Files, report.Facts, mode);
    }

    /// <summary>
    /// Qiniu's ten inconsistencies are the totals whose listing-expense items the prospectus redacts. Classic
    /// XBRL 2.1 checks none of them: each total or an item of it (the loss for the period, administrative
    /// expenses, ...) is reported in two of the prospectus's tables, and duplicates stop a classic binding.
    /// </summary>
    [Theory]
    [InlineData("Qiniu", "samples/data/qiniu-prospectus.xbrl.json", CalculationMode.RoundToNearest, 10)]
    [InlineData("Qiniu", "samples/data/qiniu-prospectus.xbrl.json", CalculationMode.Classic, 0)]
    [InlineData("Cloopen", "samples/data/cloopen-revenue-recognition.xbrl.json", CalculationMode.RoundToNearest, 0)]
    [InlineData("Cloopen", "samples/data/cloopen-revenue-recognition.xbrl.json", CalculationMode.Classic, 0)]
    public void OnTheShippedSchemaTheRulesFromSchemaFilesAreTheGeneratedRules(string taxonomy, string report, CalculationMode mode, int inconsistencies)
    {
        var facts = new XbrlJsonReader().ReadFile(Repository.Path(report)).Facts;

        var validation = AssertSameRules(ShippedTaxonomy.Generated, taxonomy, ShippedTaxonomy.Files, facts, mode);

        Assert.Equal(inconsistencies, validation.Result.Findings.Count(f => f.Severity == ValidationSeverity.Inconsistency));
    }

    [Fact]
    public void WithoutATaxonomyTheRulesCoverEverySchemaFile()
    {
        var check = Check(ShippedTaxonomy.Files);
        var facts = new XbrlJsonReader().ReadFile(Repository.Path("samples/data/cloopen-revenue-recognition.xbrl.json")).Facts;

        // Cloopen's report through Qiniu's set (IFRS) knows none of its concepts; through every file, all of them.
        Assert.Equal(facts.Count, ReportValidator.Validate(facts, SchemaRules.For(check.Set, "qiniu").Rules).UnknownConcepts.Count);
        Assert.Empty(ReportValidator.Validate(facts, SchemaRules.For(check.Set, null).Rules).UnknownConcepts);
        Assert.Throws<ArgumentException>(() => SchemaRules.For(check.Set, "nope"));
    }

    /// <summary>
    /// The same concepts (for every fact's concept), members (for every member of every fact), summations and
    /// ranges, and the same validation of <paramref name="facts"/>.
    /// </summary>
    private static ReportValidation AssertSameRules(GeneratedTaxonomy generated, string name, IReadOnlyDictionary<string, string> files, IReadOnlyList<Fact> facts, CalculationMode mode)
    {
        var check = Check(files);
        Assert.False(check.HasErrors, string.Join("\n", check.Diagnostics));
        var fromSchema = SchemaRules.For(check.Set, name).Rules;
        var compiled = generated.Rules(name);

        foreach (var concept in facts.Select(f => f.ConceptName).Distinct())
        {
            Assert.Equal(Describe(compiled.FindConcept(concept)), Describe(fromSchema.FindConcept(concept)));
        }

        foreach (var member in facts.SelectMany(f => f.Dimensions).Distinct())
        {
            Assert.Equal(compiled.CheckMember(member.Axis, member.Member), fromSchema.CheckMember(member.Axis, member.Member));
        }

        Assert.Equal(compiled.Summations.Select(Describe), fromSchema.Summations.Select(Describe));
        Assert.Equal(compiled.RollForwards.Select(r => Describe(new SummationRule(r.Balance, r.Changes))), fromSchema.RollForwards.Select(r => Describe(new SummationRule(r.Balance, r.Changes))));
        Assert.Equal(compiled.Ranges.Select(r => $"{r.Concept.Name} {r.Min} {r.Max}"), fromSchema.Ranges.Select(r => $"{r.Concept.Name} {r.Min} {r.Max}"));

        var expected = generated.Validate(name, facts, mode);
        var actual = ReportValidator.Validate(facts, fromSchema, mode);
        Assert.Equal(expected.NumericFacts, actual.NumericFacts);
        Assert.Equal(expected.CheckedCalculations, actual.CheckedCalculations);
        Assert.Equal(expected.CheckedRollForwards, actual.CheckedRollForwards);
        Assert.Equal(expected.UnknownConcepts, actual.UnknownConcepts);
        Assert.Equal(expected.Result.Findings.Select(Describe), actual.Result.Findings.Select(Describe));
        return actual;
    }

    private static CheckResult Check(IReadOnlyDictionary<string, string> files) =>
        Checks.GetOrAdd(files, f => new Lazy<CheckResult>(() => SchemaChecker.CheckTexts(f.Select(p => (p.Key, p.Value))))).Value;

    private static string Describe(Concept? concept) =>
        concept is null
            ? "none"
            : $"{concept.Name.ExpandedName} {concept.DataType} {concept.PeriodType} {concept.Balance} abstract={concept.IsAbstract} nillable={concept.IsNillable} '{concept.Label}' "
                + string.Join("; ", concept.Labels.Select(l => $"{l.Role}@{l.Language}: {l.Text}"));

    private static string Describe(SummationRule summation) =>
        summation.Total.Name + " = " + string.Join(" ", summation.Items.Select(i => $"{i.Weight:+0;-0} {i.Concept.Name}"));

    private static string Describe(ValidationFinding finding) =>
        $"{finding} | {finding.Concept.Name} {finding.Period} [{string.Join(", ", finding.Members)}] {finding.Unit} {finding.ReportedValue} {finding.Expected} missing: {string.Join(", ", finding.MissingItems.Select(c => c.Name))}";
}
