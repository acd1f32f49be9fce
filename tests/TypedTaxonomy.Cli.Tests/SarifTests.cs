using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace TypedTaxonomy.Cli.Tests;

/// <summary>
/// <c>check --format sarif</c>: a SARIF 2.1.0 log with schema diagnostics located in the YAML (TAX id, help page) and
/// report findings located in the report (Arelle's rule code), validated against the parts of the SARIF 2.1.0 schema
/// the standard requires and code scanning needs (<c>Sarif/sarif-2.1.0-required.schema.json</c>; the OASIS schema
/// itself is not on this machine, so it is not claimed here).
/// </summary>
public sealed class SarifTests
{
    private static readonly Lazy<JsonSchema> Required = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-2.1.0-required.schema.json"))).GetAwaiter().GetResult());

    private static string Prospectus => Path.Combine(TestData.RepositoryRoot, "samples", "data", "qiniu-prospectus.xbrl.json");

    /// <summary>Every part the test schema requires, each removed in turn from a valid log: each removal must fail validation.</summary>
    public static TheoryData<string> RequiredParts => new()
    {
        "$schema", "version", "runs", "runs.0.tool", "runs.0.tool.driver", "runs.0.tool.driver.name", "runs.0.tool.driver.rules",
        "runs.0.tool.driver.rules.0.id", "runs.0.results", "runs.0.results.0.ruleId", "runs.0.results.0.level", "runs.0.results.0.message",
        "runs.0.results.0.message.text", "runs.0.results.0.locations", "runs.0.results.0.locations.0.physicalLocation",
        "runs.0.results.0.locations.0.physicalLocation.artifactLocation", "runs.0.results.0.locations.0.physicalLocation.artifactLocation.uri",
        "runs.0.results.0.locations.0.physicalLocation.region", "runs.0.results.0.locations.0.physicalLocation.region.startLine",
        "runs.0.results.0.locations.0.physicalLocation.region.startColumn", "runs.0.invocations.0.executionSuccessful",
    };

    [Fact]
    public void Schema_diagnostics_are_located_in_the_yaml_with_their_rule_and_help_page()
    {
        using var temp = new TempDirectory();
        var file = temp.File("broken.taxonomy.yaml");
        File.WriteAllText(file, "taxonomy:\n  name: Broken\n  prefix: br\n  namespace: http://example.com/br\nconcepts:\n  Revenue:\n    type: monetary\n    periodType: duration\nstatements:\n  Income:\n    lineItems: [Revenue, Cost]\n");

        var (exitCode, output, _) = CliRunner.Run("check", temp.Path, "--format", "sarif");

        Assert.Equal(1, exitCode);
        var log = Validate(output);
        var run = log["runs"]![0]!;
        Assert.Equal("typed-taxonomy", (string?)run["tool"]!["driver"]!["name"]);
        var result = run["results"]!.AsArray().Single()!;
        Assert.Equal("TAX0009", (string?)result["ruleId"]);
        Assert.Equal("error", (string?)result["level"]);
        AssertLocated(log, result, file, 11, 26);
        var rule = run["tool"]!["driver"]!["rules"]![(int)result["ruleIndex"]!]!;
        Assert.Equal("TAX0009", (string?)rule["id"]);
        Assert.EndsWith("/docs/diagnostics/TAX0009.md", (string?)rule["helpUri"], StringComparison.Ordinal);
        Assert.Equal(1, (int)run["invocations"]![0]!["exitCode"]!);
    }

    /// <summary>The prospectus's ten inconsistencies, at the facts the text output names, with Arelle's code as the rule.</summary>
    [Fact]
    public void Report_findings_are_located_in_the_report_with_arelles_rule_code()
    {
        var text = CliRunner.Run("check", Path.Combine(TestData.RepositoryRoot, "schema"), "--report", Prospectus, "--taxonomy", "qiniu").Output;
        var places = System.Text.RegularExpressions.Regex.Matches(text, @"\((\d+),(\d+)\) \$\.facts\.\w+: inconsistency ")
            .Select(m => (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();

        var (exitCode, output, error) = CliRunner.Run("check", Path.Combine(TestData.RepositoryRoot, "schema"), "--report", Prospectus, "--taxonomy", "qiniu", "--format", "sarif");

        Assert.True(exitCode == 0, error);
        var log = Validate(output);
        var results = log["runs"]![0]!["results"]!.AsArray();
        Assert.Equal(10, results.Count);
        Assert.Equal(10, places.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i]!;
            Assert.Equal("calc11e:inconsistentCalculationUsingRounding", (string?)result["ruleId"]);
            Assert.Equal("warning", (string?)result["level"]);
            Assert.Equal("inconsistency", (string?)result["properties"]!["severity"]);
            AssertLocated(log, result, Prospectus, places[i].Item1, places[i].Item2);
        }
    }

    [Theory]
    [MemberData(nameof(RequiredParts))]
    public void The_validation_fails_when_a_required_part_is_missing(string part)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("broken.taxonomy.yaml"), "taxonomy:\n  name: Broken\n  prefix: br\n  namespace: http://example.com/br\nconcepts:\n  Revenue: { type: monetary, periodTyp: duration }\n");
        var log = Validate(CliRunner.Run("check", temp.Path, "--format", "sarif").Output);

        var names = part.Split('.');
        var parent = names[..^1].Aggregate((JsonNode)log, (node, name) => int.TryParse(name, out var index) ? node[index]! : node[name]!);
        Assert.True(parent.AsObject().Remove(names[^1]), part);

        Assert.NotEmpty(Required.Value.Validate(log.ToJsonString()));
    }

    [Fact]
    public void The_validation_fails_for_another_version()
    {
        var log = Validate(CliRunner.Run("check", Path.Combine(TestData.RepositoryRoot, "schema"), "--format", "sarif").Output);
        log["version"] = "2.0.0";
        Assert.NotEmpty(Required.Value.Validate(log.ToJsonString()));
    }

    private static JsonNode Validate(string sarif)
    {
        var errors = Required.Value.Validate(sarif);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.ToString())) + "\n" + sarif);
        return JsonNode.Parse(sarif)!;
    }

    /// <summary>A result's artifact, resolved through its base id when it has one, is <paramref name="file"/>, at the line and column.</summary>
    private static void AssertLocated(JsonNode log, JsonNode result, string file, int line, int column)
    {
        var physical = result["locations"]![0]!["physicalLocation"]!;
        var uri = (string)physical["artifactLocation"]!["uri"]!;
        var baseId = (string?)physical["artifactLocation"]!["uriBaseId"];
        var absolute = baseId is null ? new Uri(uri) : new Uri(new Uri((string)log["runs"]![0]!["originalUriBaseIds"]![baseId]!["uri"]!), uri);
        Assert.Equal(Path.GetFullPath(file), absolute.LocalPath);
        Assert.Equal(line, (int)physical["region"]!["startLine"]!);
        Assert.Equal(column, (int)physical["region"]!["startColumn"]!);
    }
}
