using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Cli.Output;

/// <summary>
/// One SARIF 2.1.0 log, written at the end of the run: a run of the tool <c>typed-taxonomy</c> with a rule per id
/// found (a <c>TAX</c> id with its title, description and help page; an Arelle code for a report), and a result per
/// finding located in its schema file or report (line and column). Paths under the current directory are relative
/// to <c>%SRCROOT%</c>, as GitHub code scanning and Azure DevOps expect; reports that could not be read are tool
/// execution notifications, and the invocation records the exit code.
/// </summary>
internal sealed class SarifOutput : JsonOutput
{
    /// <summary>The SARIF 2.1.0 JSON schema, as OASIS publishes it.</summary>
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private const string SourceRoot = "%SRCROOT%";
    private readonly List<Finding> results = new();
    private readonly List<Finding> notifications = new();
    private readonly string root = Path.TrimEndingDirectorySeparator(Directory.GetCurrentDirectory()) + Path.DirectorySeparatorChar;

    public SarifOutput(TextWriter output)
        : base(output)
    {
    }

    public override void Schema(IReadOnlyList<string> files, IReadOnlyList<Finding> findings) => results.AddRange(findings);

    public override void Report(ReportOutcome report)
    {
        if (report.Error is { } error)
        {
            notifications.Add(error);
        }

        results.AddRange(report.Findings);
    }

    public override void End(CheckTotals totals)
    {
        var rules = results.Select(r => r.Rule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var ruleIndex = rules.Select((rule, index) => (rule, index)).ToDictionary(r => r.rule, r => r.index, StringComparer.Ordinal);
        WriteLine(indented: true, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();

            writer.WriteStartObject("tool");
            writer.WriteStartObject("driver");
            writer.WriteString("name", "typed-taxonomy");
            writer.WriteString("version", typeof(SarifOutput).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
            writer.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(writer, rule, results.First(r => r.Rule == rule));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject(SourceRoot);
            writer.WriteString("uri", new Uri(root).AbsoluteUri);
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteStartArray("invocations");
            writer.WriteStartObject();
            writer.WriteBoolean("executionSuccessful", totals.ExitCode != ExitCodes.Usage);
            writer.WriteNumber("exitCode", totals.ExitCode);
            writer.WriteStartArray("toolExecutionNotifications");
            foreach (var notification in notifications)
            {
                writer.WriteStartObject();
                writer.WriteString("level", "error");
                WriteMessageAndLocation(writer, notification);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();

            writer.WriteStartArray("results");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("ruleId", result.Rule);
                writer.WriteNumber("ruleIndex", ruleIndex[result.Rule]);
                writer.WriteString("level", Level(result.Level));
                WriteMessageAndLocation(writer, result);
                writer.WriteStartObject("properties");
                writer.WriteString("severity", Finding.Name(result.Level));
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>SARIF has error, warning and note: an inconsistency is a warning there (its own name stays in the result's properties).</summary>
    private static string Level(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Note => "note",
        _ => "warning",
    };

    private static void WriteRule(Utf8JsonWriter writer, string rule, Finding example)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule);
        if (SchemaDiagnosticDescriptors.Find(rule) is { } descriptor)
        {
            writer.WriteString("name", descriptor.Title.Replace(" ", string.Empty, StringComparison.Ordinal));
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", descriptor.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", descriptor.Description);
            writer.WriteEndObject();
        }

        if (example.HelpUri is { } helpUri)
        {
            writer.WriteString("helpUri", helpUri);
        }

        writer.WriteStartObject("defaultConfiguration");
        writer.WriteString("level", Level(example.Level));
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private void WriteMessageAndLocation(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject("message");
        writer.WriteString("text", finding.Message);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        var full = Path.GetFullPath(finding.Location.Document);
        if (full.StartsWith(root, StringComparison.Ordinal))
        {
            writer.WriteString("uri", string.Join('/', full[root.Length..].Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
            writer.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            writer.WriteString("uri", new Uri(full).AbsoluteUri);
        }

        writer.WriteEndObject();
        if (finding.Location.Line > 0)
        {
            writer.WriteStartObject("region");
            WritePosition(writer, finding.Location, "startLine", "startColumn");
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        if (finding.Location.JsonPath is { } jsonPath)
        {
            writer.WriteStartArray("logicalLocations");
            writer.WriteStartObject();
            writer.WriteString("fullyQualifiedName", jsonPath);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
