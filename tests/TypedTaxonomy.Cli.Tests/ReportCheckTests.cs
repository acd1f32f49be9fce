using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>typed-taxonomy check &lt;schema&gt; --report &lt;report&gt;</c> on real reports: the prospectus figures against the
/// shipped schema, and Apple's 10-K against its imported taxonomy, as a person runs it.
/// </summary>
public sealed class ReportCheckTests : IClassFixture<ReportCheckTests.AppleImport>
{
    private static readonly Regex JsonFinding = new(
        @"^(?<file>.+)\((?<line>\d+),(?<column>\d+)\) \$\.facts\.(?<id>\w+): inconsistency calc11e:inconsistentCalculationUsingRounding: (?<message>.+)$",
        RegexOptions.Multiline);

    private readonly AppleImport apple;

    public ReportCheckTests(AppleImport apple) => this.apple = apple;

    private static string Schema => Path.Combine(TestData.RepositoryRoot, "schema");

    private static string Prospectus => Path.Combine(TestData.RepositoryRoot, "samples", "data", "qiniu-prospectus.xbrl.json");

    /// <summary>
    /// The ten totals whose listing-expense items the prospectus redacts ("[REDACTED]") do not add up without them:
    /// each is reported at the fact's key in the JSON, with the item that was not reported.
    /// </summary>
    [Fact]
    public void The_prospectus_against_the_shipped_schema_has_the_ten_redacted_totals()
    {
        var (exitCode, output, error) = CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "qiniu");

        // Inconsistencies fail a run only from --fail-on inconsistency; the default is errors.
        Assert.Equal(0, exitCode);
        Assert.Equal(1, CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "qiniu", "--fail-on", "inconsistency").ExitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("Checked 11 files: 0 errors, 0 warnings.", output, StringComparison.Ordinal);
        var findings = JsonFinding.Matches(output);
        Assert.Equal(10, findings.Count);
        var json = File.ReadAllLines(Prospectus);
        foreach (Match finding in findings)
        {
            Assert.Equal(Prospectus, finding.Groups["file"].Value);
            var line = json[int.Parse(finding.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1];
            Assert.Equal(int.Parse(finding.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture) - 1, line.IndexOf('"', StringComparison.Ordinal));
            Assert.StartsWith($"\"{finding.Groups["id"].Value}\":", line.Trim(), StringComparison.Ordinal);
            Assert.Matches(@"; not reported: qiniu:\w*ListingExpenses$", finding.Groups["message"].Value);
        }

        Assert.Contains(
            $"{Prospectus}: 939 facts (939 numeric), 147 summation bindings and 5 roll-forwards checked (Calculations 1.1, round to nearest): 0 errors, 10 inconsistencies, 0 warnings; every fact's concept is in the schema files.",
            output,
            StringComparison.Ordinal);
    }

    [Fact]
    public void In_classic_mode_the_duplicated_totals_of_the_prospectus_are_not_bound()
    {
        var (exitCode, output, _) = CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "Qiniu", "--mode", "classic");

        Assert.Equal(0, exitCode);
        Assert.Empty(JsonFinding.Matches(output));
        Assert.Contains("(classic XBRL 2.1): 0 errors, 0 inconsistencies, 0 warnings;", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("round-to-nearest", "Calculations 1.1, round to nearest")]
    [InlineData("truncate", "Calculations 1.1, truncation")]
    [InlineData("classic", "classic XBRL 2.1")]
    public void Apples_10K_against_its_imported_taxonomy_is_valid(string mode, string described)
    {
        var instance = apple.Instance;
        Assert.True(apple.Import.ExitCode == 0, apple.Import.Error);

        var (exitCode, output, error) = CliRunner.Run("check", apple.Folder, "--report", instance, "--mode", mode);

        Assert.True(exitCode == 0, output + error);
        Assert.Equal(
            $"Checked 6 files: 0 errors, 0 warnings.\n{instance}: 1,164 facts (995 numeric), 176 summation bindings checked ({described}): 0 errors, 0 inconsistencies, 0 warnings; every fact's concept is in the schema files.\n",
            output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Facts_of_concepts_the_schema_files_do_not_define_are_each_named_and_make_the_report_invalid()
    {
        var report = Path.Combine(TestData.RepositoryRoot, "samples", "data", "cloopen-revenue-recognition.xbrl.json");

        // Cloopen reports US-GAAP concepts; the IFRS and Qiniu files define none of them.
        var (exitCode, output, _) = CliRunner.Run("check", Path.Combine(Schema, "ifrs-full"), Path.Combine(Schema, "qiniu"), "--report", report);

        Assert.Equal(1, exitCode);
        var unknown = Regex.Matches(output, @"^.+\(\d+,\d+\) \$\.facts\.\w+: error typedTaxonomy:unknownConcept: (?<concept>[\w-]+:\w+) is not defined by the schema files; (?<facts>\d+) facts? of it not validated\.$", RegexOptions.Multiline);
        Assert.Equal(12, unknown.Count);
        Assert.Equal(56, unknown.Sum(m => int.Parse(m.Groups["facts"].Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains("us-gaap:RevenueFromRelatedParties", unknown.Select(m => m.Groups["concept"].Value));
        Assert.Contains(": 12 errors, 0 inconsistencies, 0 warnings; 56 facts of 12 concepts not in the schema files.", output, StringComparison.Ordinal);

        // With the US-GAAP, SRT and Cloopen files as well, every fact is known and the report is valid.
        Assert.Equal(0, CliRunner.Run("check", Schema, "--report", report).ExitCode);
    }

    [Fact]
    public void A_truncated_instance_gives_a_located_error_without_stack_trace()
    {
        using var temp = new TempDirectory();
        var source = File.ReadAllText(Path.Combine(TestData.SecFiling("aapl-10k-2023"), "aapl-20230930_htm.xml"));
        var truncated = temp.File("truncated_htm.xml");
        File.WriteAllText(truncated, source.Substring(0, source.Length / 2));

        var (exitCode, _, error) = CliRunner.Run("check", Schema, "--report", truncated, "--report", temp.File("missing.json"));

        Assert.Equal(2, exitCode);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal(temp.File("missing.json") + ": error: no such file or directory", lines[0]);
        Assert.Matches(@"^" + Regex.Escape(truncated) + @"\(\d+,\d+\): .+", lines[1]);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_are_not_validated_against_schema_files_with_errors()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("broken.taxonomy.yaml"), "taxonomy:\n  name: Broken\n  prefix: broken\n  namespace: http://example.com/broken\n  csharpNamespace: Broken\nconcepts:\n  Revenue: { type: monetary, periodTyp: duration }\n");

        var (exitCode, output, error) = CliRunner.Run("check", temp.Path, "--report", Prospectus);

        Assert.Equal(1, exitCode);
        Assert.Contains("broken.taxonomy.yaml(7,30): error TAX0002: Unknown key 'periodTyp'", output, StringComparison.Ordinal);
        Assert.Contains("the reports are not validated: the schema files have errors", error, StringComparison.Ordinal);
        Assert.DoesNotContain("939 facts", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_taxonomy_is_refused_with_the_names_there_are()
    {
        var (exitCode, _, error) = CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "Qiniuu");

        Assert.Equal(2, exitCode);
        Assert.Contains("No taxonomy is named or prefixed 'Qiniuu'; the schema files define Cloopen (ccg), IfrsFull (ifrs-full), Qiniu (qiniu), Srt (srt), UsGaap (us-gaap).", error, StringComparison.Ordinal);
    }

    /// <summary>Apple's 10-K imported once, into a folder of its own, for the three modes that check the report against it.</summary>
    public sealed class AppleImport : IDisposable
    {
        private readonly TempDirectory temp = new();

        public AppleImport()
        {
            var directory = TestData.SecFiling("aapl-10k-2023");
            Instance = Path.Combine(directory, "aapl-20230930_htm.xml");
            Import = CliRunner.Run("import", Path.Combine(directory, "aapl-20230930.xsd"), "--instance", Instance, "--output", temp.Path);
        }

        /// <summary>The filed instance.</summary>
        public string Instance { get; }

        /// <summary>The folder the schema files were written to.</summary>
        public string Folder => temp.Path;

        /// <summary>What <c>import</c> returned and wrote.</summary>
        public (int ExitCode, string Output, string Error) Import { get; }

        public void Dispose() => temp.Dispose();
    }
}
