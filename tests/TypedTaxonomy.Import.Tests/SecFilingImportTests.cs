using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using TypedTaxonomy.Import;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Xbrl;
using Xunit.Abstractions;

namespace TypedTaxonomy.Import.Tests;

/// <summary>Imports the three real SEC filings with their instances and checks the output against what the files say.</summary>
public sealed class SecFilingImportTests : IClassFixture<SecFilingImportTests.Imports>
{
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";

    private readonly ITestOutputHelper output;
    private readonly Imports imports;

    public SecFilingImportTests(ITestOutputHelper output, Imports imports)
    {
        this.output = output;
        this.imports = imports;
    }

    public static TheoryData<string, string, string, int> Filings => new()
    {
        { "aapl-10k-2023", "aapl-20230930", "aapl", 215 },
        { "nflx-10k-2024", "nflx-20240126", "nflx", 136 },
        { "amzn-10k-2022", "amzn-20221231", "amzn", 288 },
    };

    [Theory]
    [MemberData(nameof(Filings))]
    public void Import_output_loads_without_errors_and_keeps_every_statement_calculation_and_fact_concept(string folder, string stem, string prefix, int calculationArcs)
    {
        var (result, loaded) = imports.Of(folder, stem);
        output.WriteLine(result.Summary.ToText());

        Assert.True(!loaded.Errors.Any(), loaded.Describe());
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == TypedTaxonomy.Schema.Diagnostics.SchemaSeverity.Error);
        var extension = loaded.Taxonomy(prefix);
        Assert.NotEmpty(extension.Statements);
        Assert.Contains(extension.Statements, s => s.Axes.Count > 0);

        // Calculations: one summation per (role, total), one item per summation-item relationship.
        var arcs = ReadCalculationArcs(Path.Combine(TestData.SecFiling(folder), stem + "_cal.xml"));
        Assert.Equal(calculationArcs, arcs.Count);
        Assert.Equal(arcs.Select(a => (a.Role, a.From)).Distinct().Count(), extension.Calculations.Count);
        Assert.Equal(arcs.Count, extension.Calculations.Sum(c => c.Items.Count));
        Assert.Equal(arcs.Count, result.Summary.Files.Sum(f => f.CalculationItems));

        var concepts = loaded.ConceptNames();
        var missingFromCalculations = arcs.SelectMany(a => new[] { a.From, a.To }).Distinct().Where(c => !concepts.Contains(c)).ToList();
        Assert.True(missingFromCalculations.Count == 0, "Calculation concepts missing: " + string.Join(", ", missingFromCalculations));

        // Every fact's concept is a line item that can carry it, with the period type of its facts.
        var report = new XbrlInstanceReader().ReadFile(Path.Combine(TestData.SecFiling(folder), stem + "_htm.xml"));
        var prefixes = loaded.PrefixByNamespace();
        var byKey = loaded.Taxonomies.SelectMany(t => t.Concepts).ToDictionary(c => c.Key.Prefix + ":" + c.Key.LocalName);
        var missingFacts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var fact in report.Facts)
        {
            var name = (prefixes.TryGetValue(fact.ConceptName.NamespaceUri, out var p) ? p : "?") + ":" + fact.ConceptName.LocalName;
            if (!byKey.TryGetValue(name, out var concept))
            {
                missingFacts.Add(name);
                continue;
            }

            Assert.Equal(ConceptRole.Item, concept.Role);
            Assert.False(concept.IsAbstract, name + " carries facts but is abstract");
            Assert.Equal(fact.Period.IsInstant ? ConceptPeriodType.Instant : ConceptPeriodType.Duration, concept.PeriodType);
            Assert.Equal(fact.IsNumeric, concept.DataType!.Value.IsNumeric());
        }

        Assert.True(missingFacts.Count == 0, "Fact concepts missing: " + string.Join(", ", missingFacts));

        // Inferences are counted, listed in the summary and marked in the files, one comment each.
        Assert.NotEmpty(result.Summary.Inferred);
        var text = result.Summary.ToText();
        Assert.Contains("Inferred attributes: " + result.Summary.Inferred.Count, text);
        foreach (var kind in result.Summary.InferenceCounts.Keys)
        {
            Assert.Contains(kind, text);
        }

        var markers = result.Files.Values.Sum(yaml => Regex.Matches(yaml, "# inferred:").Count);
        Assert.Equal(result.Summary.Inferred.Count, markers);
        Assert.All(result.Summary.Untyped, name => Assert.Contains(name, text));
        Assert.All(result.Summary.Untyped, name => Assert.Equal(ConceptDataType.String, byKey[name].DataType));
    }

    [Theory]
    [MemberData(nameof(Filings))]
    public void The_extension_imports_every_base_taxonomy_written_and_each_has_its_namespace(string folder, string stem, string prefix, int calculationArcs)
    {
        _ = calculationArcs;
        var (result, loaded) = imports.Of(folder, stem);
        var extension = loaded.Taxonomy(prefix);
        var bases = loaded.Taxonomies.Where(t => t.Prefix != prefix).Select(t => t.Prefix).ToList();
        Assert.Contains("us-gaap", bases);
        Assert.All(bases, b => Assert.Contains(b, extension.Imports));
        Assert.Equal("UsGaap", loaded.Taxonomy("us-gaap").Name);
        Assert.StartsWith("http://fasb.org/us-gaap/", loaded.Taxonomy("us-gaap").NamespaceUri, StringComparison.Ordinal);
        Assert.Equal(result.Files.Count, loaded.Taxonomies.Count());
    }

    [Fact]
    public void Amazon_segments_axis_has_the_segment_members_of_its_definition_linkbase()
    {
        var (_, loaded) = imports.Of("amzn-10k-2022", "amzn-20221231");
        var axis = loaded.Taxonomy("us-gaap").Axes.Single(a => a.Key.LocalName == "StatementBusinessSegmentsAxis");
        Assert.Equal("SegmentDomain", axis.Domain.LocalName);
        var members = axis.Members.Select(m => m.Key.Prefix + ":" + m.Key.LocalName).ToList();
        Assert.Contains("amzn:NorthAmericaSegmentMember", members);
        Assert.Contains("amzn:InternationalSegmentMember", members);
        Assert.Contains("amzn:AmazonWebServicesSegmentMember", members);

        var segmentStatements = loaded.Taxonomy("amzn").Statements.Where(s => s.Axes.Any(a => a.LocalName == "StatementBusinessSegmentsAxis")).ToList();
        Assert.NotEmpty(segmentStatements);
        Assert.Contains(segmentStatements, s => s.Name == "SegmentInformationReportableSegmentsandReconciliationtoConsolidatedNetIncomeDetails");
    }

    [Fact]
    public void Apple_statements_keep_presentation_order_preferred_labels_and_calculation_roles()
    {
        var (result, loaded) = imports.Of("aapl-10k-2023", "aapl-20230930");
        var apple = loaded.Taxonomy("aapl");
        var operations = apple.Statements.Single(s => s.Name == "CONSOLIDATEDSTATEMENTSOFOPERATIONS");
        Assert.Equal("CONSOLIDATED STATEMENTS OF OPERATIONS", operations.Title);
        Assert.Equal("http://www.apple.com/role/CONSOLIDATEDSTATEMENTSOFOPERATIONS", operations.Role);
        var names = operations.LineItems.Select(l => l.Concept.LocalName).ToList();
        Assert.True(names.IndexOf("RevenueFromContractWithCustomerExcludingAssessedTax") < names.IndexOf("GrossProfit"));
        Assert.Equal("total", operations.LineItems.Single(l => l.Concept.LocalName == "GrossProfit").PreferredLabel);

        var operatingIncome = apple.Calculations.Single(c => c.Total.LocalName == "OperatingIncomeLoss" && c.StatementName == operations.Name);
        Assert.Contains(operatingIncome.Items, i => i.Concept.LocalName == "GrossProfit" && i.Weight == 1);
        Assert.Contains(operatingIncome.Items, i => i.Concept.LocalName == "OperatingExpenses" && i.Weight == -1);

        // The same instant shown as opening and closing balance is two places of the cash flow statement.
        var cashFlows = apple.Statements.Single(s => s.Name == "CONSOLIDATEDSTATEMENTSOFCASHFLOWS");
        var cash = cashFlows.LineItems.Where(l => l.Concept.LocalName == "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents").Select(l => l.PreferredLabel).ToList();
        Assert.Equal(new[] { "periodStart", "periodEnd" }, cash);

        // Facts decide the type of base taxonomy concepts; the evidence is written next to them.
        var usGaap = loaded.Taxonomy("us-gaap");
        Assert.Equal(ConceptDataType.Monetary, usGaap.Concepts.Single(c => c.Key.LocalName == "GrossProfit").DataType);
        Assert.Equal(ConceptDataType.PerShare, usGaap.Concepts.Single(c => c.Key.LocalName == "EarningsPerShareBasic").DataType);
        Assert.Equal(ConceptDataType.Shares, usGaap.Concepts.Single(c => c.Key.LocalName == "WeightedAverageNumberOfSharesOutstandingBasic").DataType);
        Assert.Equal(ConceptPeriodType.Instant, usGaap.Concepts.Single(c => c.Key.LocalName == "Assets").PeriodType);
        var yaml = result.Files.Single(f => f.Key.EndsWith("us-gaap.taxonomy.yaml", StringComparison.Ordinal)).Value;
        Assert.Matches(@"GrossProfit:\n    type: monetary  # inferred: from \d+ facts in aapl-20230930_htm.xml; unit iso4217:USD\n", yaml);
        Assert.Contains("# inferred: name ends in Abstract", yaml);

        // XBRL names with a '.' are kept as they are (the generator makes A1_375NotesDue2024 of them in C#).
        Assert.DoesNotContain("aapl:A1.375NotesDue2024Member", result.Summary.LeftOut.Keys);
        Assert.Contains("A1.375NotesDue2024Member", result.Files.Single(f => f.Key.EndsWith("aapl.taxonomy.yaml", StringComparison.Ordinal)).Value);
    }

    [Fact]
    public void The_same_input_gives_the_same_text()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();
        var (a, _) = Import("nflx-10k-2024", "nflx-20240126", first.Path);
        var (b, _) = Import("nflx-10k-2024", "nflx-20240126", second.Path);
        Assert.Equal(a.Files.Select(f => (Path.GetFileName(f.Key), f.Value)), b.Files.Select(f => (Path.GetFileName(f.Key), f.Value)));
    }

    [Fact]
    public void NetflixAsCopiedIsRefusedWithEveryLinkbaseRefThatLeadsNowhere()
    {
        var directory = TestData.SecFiling("nflx-10k-2024");
        var error = Assert.Throws<ImportException>(() => TaxonomyImporter.Import(new ImportOptions { SchemaPath = Path.Combine(directory, "nflx-20240126.xsd") }));

        Assert.Equal(new[] { 20, 21, 22, 23 }, error.Findings.Select(f => f.Line));
        Assert.All(error.Findings, f => Assert.Equal("xbrl.4.3.2:linkbaseRefHref", f.Code));
        Assert.Equal(new[] { "lab", "pre", "cal", "def" }, error.Findings.Select(f => f.Message.Split('_')[1][..3]));
        Assert.StartsWith("the taxonomy is not valid XBRL (4 errors), so nothing is imported (--allow-invalid imports it anyway): xbrl.4.3.2:linkbaseRefHref: The linkbaseRef nflx-20231231_lab.xml leads to nflx-20231231_lab.xml, which is not there.", error.Reason, StringComparison.Ordinal);
    }

    private static (ImportResult Result, OutputSet Loaded) Import(string folder, string stem, string outputDirectory)
    {
        var directory = TestData.SecFiling(folder);
        var result = TaxonomyImporter.Import(new ImportOptions
        {
            SchemaPath = Path.Combine(directory, stem + ".xsd"),
            InstancePath = Path.Combine(directory, stem + "_htm.xml"),
            OutputPath = outputDirectory,

            // The shared copy of Netflix's filing renamed its files (nflx-20240126_cal.xml) but not the linkbaseRefs
            // (nflx-20231231_cal.xml): as an XBRL taxonomy it is broken (NetflixAsCopiedIsRefused); its siblings are read.
            AllowInvalid = folder == "nflx-10k-2024",
        });
        TaxonomyImporter.WriteFiles(result);
        return (result, OutputSet.Load(outputDirectory));
    }

    /// <summary>
    /// Each filing imported, written and loaded once for the tests that only read the outcome (The_same_input_gives_the_same_text
    /// imports twice on its own).
    /// </summary>
    public sealed class Imports : IDisposable
    {
        private readonly Dictionary<string, (ImportResult Result, OutputSet Loaded)> done = new(StringComparer.Ordinal);
        private readonly List<TempDirectory> directories = new();

        internal (ImportResult Result, OutputSet Loaded) Of(string folder, string stem)
        {
            lock (done)
            {
                if (!done.TryGetValue(folder, out var imported))
                {
                    var temp = new TempDirectory();
                    directories.Add(temp);
                    done.Add(folder, imported = Import(folder, stem, temp.Path));
                }

                return imported;
            }
        }

        public void Dispose()
        {
            foreach (var directory in directories)
            {
                directory.Dispose();
            }
        }
    }

    /// <summary>The distinct summation-item relationships of a calculation linkbase, read independently of the importer.</summary>
    private static List<(string Role, string From, string To)> ReadCalculationArcs(string path)
    {
        var arcs = new HashSet<(string, string, string)>();
        foreach (var link in XDocument.Load(path).Root!.Elements(Link + "calculationLink"))
        {
            var role = (string)link.Attribute(XLink + "role")!;
            var locators = link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => QName((string)l.Attribute(XLink + "href")!));
            foreach (var arc in link.Elements(Link + "calculationArc"))
            {
                arcs.Add((role, locators[(string)arc.Attribute(XLink + "from")!], locators[(string)arc.Attribute(XLink + "to")!]));
            }
        }

        return arcs.ToList();
    }

    // Every element id in these filings follows the prefix_LocalName convention.
    private static string QName(string href)
    {
        var id = href.Substring(href.IndexOf('#') + 1);
        var underscore = id.IndexOf('_');
        return id.Substring(0, underscore) + ":" + id.Substring(underscore + 1);
    }
}
