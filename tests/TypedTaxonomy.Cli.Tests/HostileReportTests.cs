using System;
using System.IO;
using System.Linq;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// Hostile reports given to <c>check --report</c> (issue 14): names and units of any size are quoted as short, marked
/// excerpts in every finding, so the output stays a few short lines.
/// </summary>
public sealed class HostileReportTests : IDisposable
{
    private const string SchemaText = """
        taxonomy:
          name: Demo
          prefix: demo
          namespace: http://example.com/demo
        units:
          USD: iso4217:USD
        concepts:
          Revenue: { type: monetary, periodType: duration }
        """;

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_huge_concept_name_and_a_unit_of_10000_measures_print_as_excerpts()
    {
        var measures = string.Join("*", Enumerable.Range(0, 10_000).Select(i => "demo:M" + i));
        var report = Report(
            Fact("f1", "demo:Revenue", "\"unit\": \"" + measures + "\""),
            Fact("f2", "demo:" + new string('X', 5_000_000), "\"unit\": \"iso4217:USD\""));

        var (exitCode, output, error) = Check(report);

        Assert.Equal(1, exitCode);
        var lines = (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.True(line.Length < 500, $"A line of {line.Length:N0} characters: {line[..Math.Min(500, line.Length)]}"));
        Assert.Contains(lines, l => l.Contains("demo:XXXX", StringComparison.Ordinal) && l.Contains("(5,000,005 characters) is not defined", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("not demo:M0*demo:M1", StringComparison.Ordinal) && l.Contains(" characters)", StringComparison.Ordinal));
    }

    private (int ExitCode, string Output, string Error) Check(string report)
    {
        File.WriteAllText(temp.File("demo.taxonomy.yaml"), SchemaText);
        File.WriteAllText(temp.File("report.json"), report);
        return CliRunner.Run("check", temp.File("demo.taxonomy.yaml"), "--report", temp.File("report.json"));
    }

    private static string Fact(string id, string concept, string unit) =>
        $"\"{id}\": {{ \"value\": \"1\", \"decimals\": 0, \"dimensions\": {{ \"concept\": \"{concept}\", \"entity\": \"demo:e\", \"period\": \"2021-01-01T00:00:00/2022-01-01T00:00:00\", {unit} }} }}";

    private static string Report(params string[] facts) =>
        "{ \"documentInfo\": { \"documentType\": \"https://xbrl.org/2021/xbrl-json\", \"namespaces\": { \"demo\": \"http://example.com/demo\", \"iso4217\": \"http://www.xbrl.org/2003/iso4217\" } },\n"
        + "  \"facts\": { " + string.Join(",\n", facts) + " } }";
}
