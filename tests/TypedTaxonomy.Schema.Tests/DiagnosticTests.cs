using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using static TypedTaxonomy.Schema.Tests.SchemaTestKit;

namespace TypedTaxonomy.Schema.Tests;

/// <summary>One test per diagnostic id: the id, severity, file, line and column on a small schema.</summary>
public sealed class DiagnosticTests
{
    // Header is 6 lines; the first line after it is line 7.
    private static string WithHeader(string body) => Header + "\n" + body;

    [Fact]
    public void TAX0001_SyntaxError()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue: { type: monetary\n"));
        var diagnostic = Single(diagnostics, "TAX0001", 8, 12); // at the '{', not where the parser noticed it
        Assert.Equal("The '{' opened at (8,12) is never closed: add the '}' that ends it; nothing of this file is generated until it parses", diagnostic.Message);
    }

    [Fact]
    public void TAX0001_AnUnclosedFlowMappingIsASyntaxErrorNotACrash()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue: { type: monetary, periodType: duration\n  Cost: { type: monetary }\n"));
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("TAX0001", diagnostic.Id);
        Assert.Equal(8, diagnostic.Span.StartLine); // the mapping that is never closed
    }

    [Fact]
    public void TAX0001_AtTheEndOfAFileWithoutAFinalLineBreakIsOnTheLastLine()
    {
        // YamlDotNet places the end of such a file on a line after the last; the diagnostic must stay inside the text.
        var diagnostic = Single(Diagnose(WithHeader("concepts:\n  Revenue: { type: monetary, periodType: duration, balance: credit,")), "TAX0001", 8, 12);
        Assert.Equal(Header.Length + 1 + 21, diagnostic.Span.StartOffset);
        Assert.True(diagnostic.Span.EndOffset <= Header.Length + 1 + 10 + 64);
    }

    [Theory]
    [InlineData("\u0001", 8, 13)]
    [InlineData("\u001B", 8, 13)]
    [InlineData("\u0000", 8, 13)]
    public void TAX0001_AControlCharacterIsReportedWhereItIs(string character, int line, int column)
    {
        var text = WithHeader("concepts:\r\n  Revenue: {" + character + " type: monetary, periodType: duration }\r\n");
        var diagnostic = Single(Diagnose(text), "TAX0001", line, column);
        Assert.Contains($"U+{(int)character[0]:X4}", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("taxonomy:\n")]
    [InlineData("taxonomy: ~\nconcepts: {}\n")]
    public void TAX0024_AnEmptyTaxonomyBlockIsReportedNotDroppedSilently(string text)
    {
        var diagnostic = Single(Diagnose(text), "TAX0024", 1, 1);
        Assert.Contains("not null", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("periodType")]
    public void TAX0003_AnEmptyTypeOrPeriodTypeIsReportedNotDroppedSilently(string key)
    {
        var attributes = key == "type" ? "type:\n    periodType: duration" : "type: monetary\n    periodType:";
        var diagnostic = Single(Diagnose(WithHeader("concepts:\n  Revenue:\n    " + attributes + "\n")), "TAX0003", key == "type" ? 9 : 10, 5);
        Assert.Contains($"'{key}' with a value", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("items:")]
    [InlineData("items: ~")]
    public void TAX0003_AnEmptyItemsIsReportedNotDroppedSilently(string items)
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\ncalculations:\n  - total: A\n    " + items + "\n"));
        Single(diagnostics, "TAX0003", 12, 5);
    }

    [Fact]
    public void TAX0003_AnEmptyRequiredValueIsReported()
    {
        var diagnostics = Diagnose("taxonomy:\n  name:\n  prefix: demo\n  namespace: http://example.com/demo\n");
        var diagnostic = Single(diagnostics, "TAX0003", 2, 3);
        Assert.Contains("'name' with a value", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0002_UnknownKeySuggestsTheClosestKey()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue:\n    type: monetary\n    periodTyp: duration\n"));
        var diagnostic = Single(diagnostics, "TAX0002", 10, 5);
        Assert.Contains("did you mean 'periodType'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lable", "label")]
    [InlineData("perodType", "periodType")]
    [InlineData("balnace", "balance")]
    [InlineData("tpye", "type")]
    public void TAX0002_ASwapOfTwoLettersIsOneEditForTheSuggestion(string typo, string key)
    {
        var diagnostics = Diagnose(WithHeader($"concepts:\n  Revenue:\n    type: monetary\n    periodType: duration\n    {typo}: x\n"));
        var diagnostic = Single(diagnostics.Where(d => d.Id == "TAX0002").ToList(), "TAX0002", 11, 5);
        Assert.EndsWith($"(did you mean '{key}'?)", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0003_MissingRequiredKey()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue:\n    type: monetary\n"));
        var diagnostic = Single(diagnostics, "TAX0003", 8, 3);
        Assert.Contains("'periodType'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type: money\n    periodType: duration", 9, 11)]
    [InlineData("type: monetary\n    periodType: durations", 10, 17)]
    [InlineData("type: monetary\n    periodType: duration\n    balance: debet", 11, 14)]
    public void TAX0004_InvalidValue(string attributes, int line, int column)
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue:\n    " + attributes + "\n"));
        Single(diagnostics, "TAX0004", line, column);
    }

    [Fact]
    public void TAX0005_DuplicateKeyInOneMapping()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue:\n    type: monetary\n    type: decimal\n    periodType: duration\n"));
        var diagnostic = Single(diagnostics, "TAX0005", 10, 5);
        Assert.Contains("first was at line 9", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0006_DuplicateConceptAcrossFiles()
    {
        var (_, diagnostics) = Check(
            ("a.taxonomy.yaml", WithHeader("concepts:\n  Revenue: { type: monetary, periodType: duration }\n")),
            ("b.taxonomy.yaml", "taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo }\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n"));
        var diagnostic = diagnostics.Single(d => d.Id == "TAX0006");
        Assert.Equal(("b.taxonomy.yaml", 3, 3), (diagnostic.Span.FilePath, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("a.taxonomy.yaml(8,3)", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Gross Profit")]
    [InlineData("Gross$Profit")]
    [InlineData("1stQuarter")]
    [InlineData("class")]
    public void TAX0007_InvalidName(string name)
    {
        var diagnostics = Diagnose(WithHeader($"concepts:\n  {name}: {{ type: monetary, periodType: duration }}\n"));
        Single(diagnostics, "TAX0007", 8, 3);
    }

    [Fact]
    public void TAX0008_TwoConceptsBecomeOneProperty()
    {
        var (_, diagnostics) = Check(
            ("base.taxonomy.yaml", "taxonomy: { name: Base, prefix: base, namespace: http://example.com/base }\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n"),
            ("demo.taxonomy.yaml", """
                taxonomy: { name: Demo, prefix: demo, namespace: http://example.com/demo, imports: [base] }
                concepts:
                  Revenue: { type: monetary, periodType: duration }
                statements:
                  Income: { lineItems: [base:Revenue, Revenue] }
                """));
        var diagnostic = diagnostics.Single(d => d.Id == "TAX0008");
        Assert.Equal(("demo.taxonomy.yaml", 5, 39), (diagnostic.Span.FilePath, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void TAX0008_TwoXbrlNamesBecomeOneCSharpName()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Notes1.375Due: { type: monetary, periodType: instant }\n  Notes1_375Due: { type: monetary, periodType: instant }\n"));
        var diagnostic = Single(diagnostics, "TAX0008", 9, 3);
        Assert.Contains("both become the C# name 'Notes1_375Due'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Notes1_375Due", "Notes1.375Due", "Notes1-375Due")]
    [InlineData("Notes1.375Due", "Notes1-375Due", "Notes1_375Due")]
    [InlineData("Notes1-375Due", "Notes1_375Due", "Notes1.375Due")]
    public void TAX0008_EveryLaterConceptWithTheSameCSharpNameClashesWithTheFirst(string first, string second, string third)
    {
        var diagnostics = Diagnose(WithHeader($"concepts:\n  {first}: {{ type: monetary, periodType: instant }}\n  {second}: {{ type: monetary, periodType: instant }}\n  {third}: {{ type: monetary, periodType: instant }}\n"));
        var clashes = diagnostics.Where(d => d.Id == "TAX0008").OrderBy(d => d.Span.StartLine).ToList();
        Assert.Equal(new[] { 9, 10 }, clashes.Select(d => d.Span.StartLine));
        Assert.All(clashes, d => Assert.Contains($"and 'demo:{first}' (at demo.taxonomy.yaml(8,3)", d.Message, System.StringComparison.Ordinal));
    }

    [Fact]
    public void TAX0008_ConceptNamedLikeTheCatalogList()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  All: { type: monetary, periodType: instant }\n"));
        var diagnostic = Single(diagnostics, "TAX0008", 8, 3);
        Assert.Contains("which the generated concept catalog already has", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void XbrlNamesWithDotsAndHyphensAreAccepted()
    {
        Assert.Empty(Diagnose(WithHeader("concepts:\n  A1.375NotesDue2024: { type: monetary, periodType: instant }\n  Non-Current: { type: monetary, periodType: instant }\nstatements:\n  Notes: { lineItems: [A1.375NotesDue2024, Non-Current] }\n")));
    }

    [Fact]
    public void TAX0008_NameClashesWithGeneratedMember()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Period: { type: monetary, periodType: duration }\n  Revenue: { type: monetary, periodType: duration }\nstatements:\n  Income: { lineItems: [Revenue, Period] }\n"));
        Single(diagnostics, "TAX0008", 11, 34);
    }

    [Theory]
    [InlineData("Title")]
    [InlineData("Presentation")]
    [InlineData("Validate")]
    public void TAX0008_LineItemNamedLikeAGeneratedMember(string name)
    {
        var diagnostics = Diagnose(WithHeader($"concepts:\n  {name}: {{ type: monetary, periodType: duration }}\n  Revenue: {{ type: monetary, periodType: duration }}\nstatements:\n  Income: {{ lineItems: [Revenue, {name}] }}\n"));
        var diagnostic = Single(diagnostics, "TAX0008", 11, 34);
        Assert.Contains("a member every generated statement has", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0009_UnknownConceptSuggestsTheClosestName()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue: { type: monetary, periodType: duration }\nstatements:\n  Income: { lineItems: [Revenu] }\n"));
        var diagnostic = Single(diagnostics, "TAX0009", 10, 25);
        Assert.Contains("did you mean 'Revenue'?", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0010_UnknownAxis()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Revenue: { type: monetary, periodType: duration }\naxes:\n  PlatformAxis: { members: { CloudMember: {} } }\nstatements:\n  Income: { axes: [PlatfromAxis], lineItems: [Revenue] }\n"));
        Single(diagnostics, "TAX0010", 12, 20);
    }

    [Fact]
    public void TAX0011_UnknownUnit()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Customers: { type: integer, periodType: duration, unit: Customer }\n"));
        Single(diagnostics, "TAX0011", 8, 59);
    }

    [Fact]
    public void TAX0012_PrefixNotImported()
    {
        var (_, diagnostics) = Check(
            ("base.taxonomy.yaml", "taxonomy: { name: Base, prefix: base, namespace: http://example.com/base }\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n"),
            ("demo.taxonomy.yaml", WithHeader("statements:\n  Income: { lineItems: [base:Revenue] }\n")));
        var diagnostic = diagnostics.Single(d => d.Id == "TAX0012");
        Assert.Equal(("demo.taxonomy.yaml", 8, 25), (diagnostic.Span.FilePath, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
        Assert.Contains("add it to 'imports'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0012_AMeasureWithAnUnknownPrefixIsReportedAndItsUnitLeftOut()
    {
        // The generated code names a measure's namespace, so the prefix must be iso4217, xbrli or a loaded taxonomy's.
        var (result, diagnostics) = Check(("demo.taxonomy.yaml", WithHeader("  Customers: dmo:customer\n  PerCustomer: iso4217:USD / dmo:customer\nconcepts:\n  Count: { type: integer, periodType: duration, unit: Customers }\n")));
        var reported = diagnostics.Where(d => d.Id == "TAX0012").ToList();
        Assert.Equal(new[] { (7, 14), (8, 16) }, reported.Select(d => (d.Span.StartLine, d.Span.StartColumn)));
        Assert.Contains("did you mean 'demo'?", reported[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(new[] { "USD" }, result.Set.Taxonomies[0].Units.Select(u => u.Id));
        Assert.EndsWith("; until this is fixed the unit 'Customers' is not generated", reported[0].Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(diagnostics, d => d.Id == "TAX0011"); // the concept that uses the unit: one mistake, one diagnostic
    }

    [Fact]
    public void TAX0013_CalculationCycle()
    {
        var diagnostics = Diagnose(WithHeader("""
            concepts:
              A: { type: monetary, periodType: duration }
              B: { type: monetary, periodType: duration }
              C: { type: monetary, periodType: duration }
            calculations:
              - total: A
                items: { B: 1, C: 1 }
              - total: C
                items: { A: 1 }
            """));
        var diagnostic = Single(diagnostics, "TAX0013", 14, 12);
        Assert.Contains("demo:C → demo:A → demo:C", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0014_CalculationWithTextConcept()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  Note: { type: string, periodType: duration }\ncalculations:\n  - { total: A, items: { Note: 1 } }\n"));
        Single(diagnostics, "TAX0014", 11, 26);
    }

    [Fact]
    public void TAX0015_CalculationAcrossPeriodTypes()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: instant }\ncalculations:\n  - { total: A, items: { B: 1 } }\n"));
        Single(diagnostics, "TAX0015", 11, 26);
    }

    [Fact]
    public void TAX0016_CalculationMixesMonetaryAndCounts()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: integer, periodType: duration }\ncalculations:\n  - { total: A, items: { B: 1 } }\n"));
        Single(diagnostics, "TAX0016", 11, 26);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2")]
    [InlineData("0.5")]
    public void TAX0017_WeightNotPlusOrMinusOne(string weight)
    {
        var diagnostics = Diagnose(WithHeader($"concepts:\n  A: {{ type: monetary, periodType: duration }}\n  B: {{ type: monetary, periodType: duration }}\ncalculations:\n  - {{ total: A, items: {{ B: {weight} }} }}\n"));
        Single(diagnostics, "TAX0017", 11, 29);
    }

    [Fact]
    public void TAX0018_TotalAmongItsItems()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\ncalculations:\n  - { total: A, items: { B: 1, A: 1 } }\n"));
        Single(diagnostics, "TAX0018", 11, 32);
    }

    [Fact]
    public void TAX0019_BalanceContradictsWeightIsAWarning()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  GrossProfit: { type: monetary, periodType: duration, balance: credit }\n  CostOfSales: { type: monetary, periodType: duration, balance: debit }\ncalculations:\n  - { total: GrossProfit, items: { CostOfSales: 1 } }\n"));
        var diagnostic = Single(diagnostics, "TAX0019", 11, 49, SchemaSeverity.Warning);
        Assert.Contains("expected weight -1", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0020_DefaultMemberOutsideTheDomain()
    {
        var diagnostics = Diagnose(WithHeader("axes:\n  PlatformAxis:\n    default: HardwareMember\n    members: { CloudMember: {} }\n"));
        Single(diagnostics, "TAX0020", 9, 14);
    }

    [Fact]
    public void TAX0021_StatementWithOnlyHeadings()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Heading: { abstract: true }\nstatements:\n  Empty:\n    lineItems: []\n"));
        Single(diagnostics, "TAX0021", 10, 3);
    }

    [Fact]
    public void TAX0022_DeprecatedConceptInAStatementIsAWarning()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Old: { type: monetary, periodType: duration, deprecated: { since: '2024', replacedBy: New } }\n  New: { type: monetary, periodType: duration }\nstatements:\n  Income: { lineItems: [New, Old] }\n"));
        var diagnostic = Single(diagnostics, "TAX0022", 11, 30, SchemaSeverity.Warning);
        Assert.Contains("use 'demo:New' instead", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0023_AliasesAreRefused()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: &shape { type: monetary, periodType: duration }\n  B: *shape\n"));
        Single(diagnostics, "TAX0023", 9, 6);
    }

    [Fact]
    public void TAX0024_WrongKindOfValue()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  - Revenue\n"));
        Single(diagnostics, "TAX0024", 8, 3);
    }

    [Fact]
    public void TAX0025_FilesOfOneTaxonomyDisagree()
    {
        var (_, diagnostics) = Check(
            ("a.taxonomy.yaml", Header + "\n"),
            ("b.taxonomy.yaml", "taxonomy:\n  name: Demo\n  prefix: demo\n  namespace: http://example.com/other\n"));
        var diagnostic = diagnostics.Single(d => d.Id == "TAX0025");
        Assert.Equal(("b.taxonomy.yaml", 4, 14), (diagnostic.Span.FilePath, diagnostic.Span.StartLine, diagnostic.Span.StartColumn));
    }

    [Fact]
    public void TAX0026_BalanceOnATextConcept()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  Note: { type: string, periodType: duration, balance: debit }\n"));
        Single(diagnostics, "TAX0026", 8, 47);
    }

    [Fact]
    public void TAX0028_InvalidUtf8()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration, label: \"Caf\uFFFD\" }\n"));
        Single(diagnostics, "TAX0028", 8, 57);
    }

    [Fact]
    public void TAX0029_AbstractConceptInACalculation()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  H: { abstract: true }\ncalculations:\n  - { total: A, items: { H: 1 } }\n"));
        Single(diagnostics, "TAX0029", 11, 26);
    }

    [Fact]
    public void TAX0030_LineItemRepeatedIsAWarning()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S: { lineItems: [A, A] }\n"));
        Single(diagnostics, "TAX0030", 10, 23, SchemaSeverity.Warning);
    }

    [Fact]
    public void TAX0031_RollForwardOfADurationBalance()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\n  B: { type: monetary, periodType: duration }\nrollForwards:\n  - { balance: A, changes: { B: 1 } }\n"));
        Single(diagnostics, "TAX0031", 11, 16);
        Assert.Contains("the balance of a roll-forward is an instant concept", diagnostics[0].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TAX0031_RollForwardWithAnInstantChange()
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: instant }\n  B: { type: monetary, periodType: instant }\nrollForwards:\n  - { balance: A, changes: { B: 1 } }\n"));
        Single(diagnostics, "TAX0031", 11, 30);
        Assert.Equal("'B' is instant, but the changes of a roll-forward are duration concepts, flows into and out of the balance 'A'", diagnostics[0].Message);
    }

    [Theory]
    [InlineData("{ balance: A, changes: { C: 1 } }", "TAX0009", 30)]
    [InlineData("{ balance: A, changes: { B: 2 } }", "TAX0017", 33)]
    [InlineData("{ balance: A, changes: { A: 1 } }", "TAX0018", 30)]
    [InlineData("{ balance: A, change: { B: 1 } }", "TAX0002", 19)]
    [InlineData("{ balance: A, changes: { B: 1 }, role: Nowhere }", "TAX0009", 44)]
    public void RollForwardsAreCheckedAsCalculationsAre(string rollForward, string id, int column)
    {
        var diagnostics = Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: instant }\n  B: { type: monetary, periodType: duration }\nrollForwards:\n  - " + rollForward + "\n"));
        Assert.Contains(diagnostics, d => d.Id == id && d.Span.StartLine == 11 && d.Span.StartColumn == column);
    }

    [Fact]
    public void AValidRollForwardIsResolvedApartFromTheCalculations()
    {
        var result = SchemaTestKit.Check(("demo.taxonomy.yaml", WithHeader("concepts:\n  Cash: { type: monetary, periodType: instant, balance: debit }\n  Receipts: { type: monetary, periodType: duration, balance: debit }\n  Payments: { type: monetary, periodType: duration, balance: credit }\nrollForwards:\n  - balance: Cash\n    changes: { Receipts: 1, Payments: -1 }\n")));

        Assert.Empty(result.Diagnostics);
        var taxonomy = Assert.Single(result.Result.Set.Taxonomies);
        Assert.Empty(taxonomy.Calculations);
        var rollForward = Assert.Single(taxonomy.RollForwards);
        Assert.Equal("demo:Cash=1*demo:Receipts+-1*demo:Payments", rollForward.Signature());
    }

    [Fact]
    public void AValidFileHasNoDiagnostics()
    {
        Assert.Empty(Diagnose(WithHeader("concepts:\n  A: { type: monetary, periodType: duration }\nstatements:\n  S: { lineItems: [A] }\n")));
    }

    [Fact]
    public void EveryCatalogIdHasAHelpPage()
    {
        var docs = System.IO.Path.Combine(SchemaTestKit.RepositoryRoot(), "docs", "diagnostics");
        foreach (var descriptor in SchemaDiagnosticDescriptors.All)
        {
            Assert.True(System.IO.File.Exists(System.IO.Path.Combine(docs, descriptor.Id + ".md")), $"docs/diagnostics/{descriptor.Id}.md is missing");
            Assert.EndsWith("docs/diagnostics/" + descriptor.Id + ".md", descriptor.HelpLink, System.StringComparison.Ordinal);
        }
    }
}
