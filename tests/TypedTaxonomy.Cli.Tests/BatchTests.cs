using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>check --report</c> with many reports: the shared SEC filings (found through a glob and through their folder)
/// against one schema set, the shipped one, validated in parallel: the same findings as each checked alone, in the
/// same order whatever the parallelism, streamed as JSON lines.
/// </summary>
public sealed class BatchTests
{
    private static string Schema => Path.Combine(TestData.RepositoryRoot, "schema");

    private static string Filings => Path.GetDirectoryName(TestData.SecFiling("aapl-10k-2023"))!;

    private static string Glob => Path.Combine(Filings, "*", "*_htm.xml");

    [Fact]
    public void The_batch_finds_what_each_report_alone_finds()
    {
        var instances = Directory.GetDirectories(Filings).SelectMany(d => Directory.GetFiles(d, "*_htm.xml")).Order(StringComparer.Ordinal).ToList();
        Assert.True(instances.Count >= 4, string.Join(", ", instances));

        var batch = CliRunner.Run("check", Schema, "--report", Glob, "--format", "json", "--parallel", "2");

        var lines = batch.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["schema", .. instances.Select(_ => "report"), "summary"], lines.Select(l => (string)l["type"]!));
        var reports = lines.Where(l => (string)l["type"]! == "report").ToList();
        Assert.Equal(instances, reports.Select(r => (string)r["path"]!));
        for (var i = 0; i < instances.Count; i++)
        {
            var alone = CliRunner.Run("check", Schema, "--report", instances[i], "--format", "json", "--parallel", "1");
            var report = alone.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Single(l => (string)l["type"]! == "report");
            Assert.Equal(report.ToJsonString(), reports[i].ToJsonString());
            Assert.True(reports[i]["findings"]!.AsArray().Count > 0, "the shipped schema covers a subset of US-GAAP: each filing has facts of other concepts");
        }

        var summary = lines[^1];
        Assert.Equal(instances.Count, (int)summary["reports"]!);
        Assert.Equal(reports.Sum(r => (int)r["errors"]!), (int)summary["errors"]!);
        Assert.Equal(batch.ExitCode, (int)summary["exitCode"]!);
        Assert.Equal(1, batch.ExitCode);
    }

    [Fact]
    public void The_output_is_the_same_on_one_thread_and_on_several()
    {
        var one = CliRunner.Run("check", Schema, "--report", Glob, "--parallel", "1");
        var several = CliRunner.Run("check", Schema, "--report", Glob, "--parallel", "4");

        Assert.Equal(one, several);
        Assert.Matches(@"\nTotal: \d+ reports, [\d,]+ facts: [\d,]+ errors, \d+ inconsistenc(y|ies), \d+ warnings?\.\n$", one.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    /// <summary>A filing's folder holds its schema and linkbases too: only the instance is a report.</summary>
    [Fact]
    public void A_folder_gives_its_reports_and_not_its_schemas_or_linkbases()
    {
        var folder = TestData.SecFiling("aapl-10k-2023");

        var (_, output, error) = CliRunner.Run("check", Schema, "--report", folder, "--format", "json");

        var reports = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).Where(l => (string)l["type"]! == "report").ToList();
        Assert.Equal([Path.Combine(folder, "aapl-20230930_htm.xml")], reports.Select(r => (string)r["path"]!));
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void A_pattern_or_folder_that_names_no_report_is_a_usage_error()
    {
        using var temp = new TempDirectory();
        var (exitCode, _, error) = CliRunner.Run("check", Schema, "--report", Path.Combine(temp.Path, "*.xml"), temp.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains(Path.Combine(temp.Path, "*.xml") + ": error: no file matches the pattern", error, StringComparison.Ordinal);
        Assert.Contains(temp.Path + ": error: the directory holds no XBRL or xBRL-JSON report", error, StringComparison.Ordinal);
    }

    /// <summary>On a terminal a progress bar counts the reports on stderr and is erased before each report's lines and at the end; redirected, there is none.</summary>
    [Fact]
    public void A_terminal_gets_a_progress_bar_and_a_redirected_run_none()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Assert.Equal(1, CliApp.Run(["check", Schema, "--report", Glob], output, error, interactive: true));

        var count = Directory.GetDirectories(Filings).Sum(d => Directory.GetFiles(d, "*_htm.xml").Length);
        Assert.Matches($@"^\r\[#{{30}}\] {count}/{count} reports\r *\r$", error.ToString().Split("\r[").Last().Insert(0, "\r["));
        Assert.Contains($" 1/{count} reports", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\r", output.ToString(), StringComparison.Ordinal);

        Assert.DoesNotContain("reports", CliRunner.Run("check", Schema, "--report", Glob).Error, StringComparison.Ordinal);
    }
}
