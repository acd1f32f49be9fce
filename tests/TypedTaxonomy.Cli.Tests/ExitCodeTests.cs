using System.IO;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// The exit codes a CI job acts on: 0 clean, 1 findings at or above <c>--fail-on</c>, 2 the job itself is wrong
/// (usage, a missing path, input that cannot be read).
/// </summary>
public sealed class ExitCodeTests
{
    private const string Header = "taxonomy:\n  name: Small\n  prefix: sm\n  namespace: http://example.com/sm\n  csharpNamespace: Small\nconcepts:\n  Revenue: { type: monetary, periodType: duration }\n";

    private static string Schema => Path.Combine(TestData.RepositoryRoot, "schema");

    private static string Prospectus => Path.Combine(TestData.RepositoryRoot, "samples", "data", "qiniu-prospectus.xbrl.json");

    private static string Cloopen => Path.Combine(TestData.RepositoryRoot, "samples", "data", "cloopen-revenue-recognition.xbrl.json");

    [Fact]
    public void A_clean_schema_and_a_valid_report_exit_0()
    {
        Assert.Equal(0, CliRunner.Run("check", Schema).ExitCode);
        Assert.Equal(0, CliRunner.Run("check", Schema, "--report", Cloopen, "--fail-on", "warning").ExitCode);
    }

    /// <summary>The prospectus has 10 inconsistencies and nothing else: they fail from --fail-on inconsistency down.</summary>
    [Theory]
    [InlineData("error", 0)]
    [InlineData("inconsistency", 1)]
    [InlineData("warning", 1)]
    [InlineData("none", 0)]
    public void Inconsistencies_fail_the_run_from_fail_on_inconsistency(string failOn, int expected)
    {
        var (exitCode, output, error) = CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "qiniu", "--fail-on", failOn);
        Assert.True(expected == exitCode, output + error);
    }

    /// <summary>A line item repeated in a statement is a warning (TAX0030), an undefined one an error (TAX0009).</summary>
    [Theory]
    [InlineData("[Revenue, Revenue]", "error", 0, "warning TAX0030")]
    [InlineData("[Revenue, Revenue]", "inconsistency", 0, "warning TAX0030")]
    [InlineData("[Revenue, Revenue]", "warning", 1, "warning TAX0030")]
    [InlineData("[Revenue, Cost]", "error", 1, "error TAX0009")]
    [InlineData("[Revenue, Cost]", "none", 0, "error TAX0009")]
    public void Schema_findings_count_by_their_level(string lineItems, string failOn, int expected, string finding)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("small.taxonomy.yaml"), Header + $"statements:\n  Income:\n    lineItems: {lineItems}\n");

        var (exitCode, output, error) = CliRunner.Run("check", temp.Path, "--fail-on", failOn);

        Assert.True(expected == exitCode, output + error);
        Assert.Contains(finding, output, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--fail-on", "errors")]
    [InlineData("--format", "xml")]
    [InlineData("--parallel", "0")]
    [InlineData("--no-such-option", "x")]
    public void Usage_errors_exit_2(string option, string value)
    {
        var (exitCode, _, error) = CliRunner.Run("check", Schema, option, value);
        Assert.Equal(2, exitCode);
        Assert.NotEqual(string.Empty, error);
    }

    [Fact]
    public void A_missing_path_exits_2_and_names_it()
    {
        var (exitCode, output, error) = CliRunner.Run("check", "/nonexistent");
        Assert.Equal(2, exitCode);
        Assert.Equal("/nonexistent: error: no such file or directory\n", error.Replace("\r\n", "\n", System.StringComparison.Ordinal));
        Assert.DoesNotContain("0 errors", output + error, System.StringComparison.Ordinal);
    }

    /// <summary>A missing or malformed report is a 2 whatever --fail-on says, and the other reports are still checked.</summary>
    [Fact]
    public void An_unreadable_report_exits_2_and_the_others_are_still_checked()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("broken.xbrl.json"), "{ \"documentInfo\": { \"documentType\": ");

        var (exitCode, output, error) = CliRunner.Run("check", Schema, "--report", Cloopen, temp.File("broken.xbrl.json"), "--fail-on", "none");

        Assert.Equal(2, exitCode);
        Assert.StartsWith(temp.File("broken.xbrl.json") + "(1,", error, System.StringComparison.Ordinal);
        Assert.Contains(Cloopen + ": ", output, System.StringComparison.Ordinal);
        Assert.Contains("Total: 2 reports (1 unreadable)", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_taxonomy_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("check", Schema, "--report", Prospectus, "--taxonomy", "nope").ExitCode);
    }
}
