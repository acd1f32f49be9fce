using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Output;

/// <summary>
/// JSON lines: <c>{"type":"schema",...}</c>, then one <c>{"type":"report",...}</c> per report as soon as it and the
/// reports before it are done, then <c>{"type":"summary",...}</c>. Each finding is
/// <c>{"level","rule","message","file","line","column","jsonPath","helpUri"}</c>, the last four when known.
/// </summary>
internal sealed class JsonLinesOutput : JsonOutput
{
    public JsonLinesOutput(TextWriter output)
        : base(output)
    {
    }

    public override void Schema(IReadOnlyList<string> files, IReadOnlyList<Finding> findings) => WriteLine(indented: false, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", "schema");
        writer.WriteStartArray("files");
        foreach (var file in files)
        {
            writer.WriteStringValue(file);
        }

        writer.WriteEndArray();
        WriteCounts(writer, findings.Count(FindingLevel.Error), 0, findings.Count(FindingLevel.Warning));
        WriteFindings(writer, findings);
        writer.WriteEndObject();
    });

    public override void Report(ReportOutcome report) => WriteLine(indented: false, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", "report");
        writer.WriteString("path", report.Path);
        if (report.Error is { } error)
        {
            writer.WritePropertyName("error");
            WriteFinding(writer, error);
            writer.WriteEndObject();
            return;
        }

        writer.WriteString("mode", report.Mode switch { CalculationMode.Classic => "classic", CalculationMode.Truncate => "truncate", _ => "round-to-nearest" });
        writer.WriteNumber("facts", report.Facts);
        writer.WriteNumber("numericFacts", report.NumericFacts);
        writer.WriteNumber("summations", report.Summations);
        writer.WriteNumber("rollForwards", report.RollForwards);
        writer.WriteNumber("unknownConcepts", report.UnknownConcepts);
        writer.WriteNumber("unknownFacts", report.UnknownFacts);
        if (report.Dts is { } dts)
        {
            writer.WriteNumber("dtsDocuments", dts.Documents);
            writer.WriteNumber("notAtHand", dts.NotAtHand);
        }
        WriteCounts(writer, report.Count(FindingLevel.Error), report.Count(FindingLevel.Inconsistency), report.Count(FindingLevel.Warning));
        writer.WriteStartArray("notes");
        foreach (var note in report.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        WriteFindings(writer, report.Findings);
        writer.WriteEndObject();
    });

    public override void End(CheckTotals totals) => WriteLine(indented: false, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("type", "summary");
        writer.WriteNumber("reports", totals.Reports);
        writer.WriteNumber("unreadable", totals.Unreadable);
        writer.WriteNumber("facts", totals.Facts);
        WriteCounts(writer, totals.Errors, totals.Inconsistencies, totals.Warnings);
        writer.WriteNumber("exitCode", totals.ExitCode);
        writer.WriteEndObject();
    });

    private static void WriteCounts(Utf8JsonWriter writer, int errors, int inconsistencies, int warnings)
    {
        writer.WriteNumber("errors", errors);
        writer.WriteNumber("inconsistencies", inconsistencies);
        writer.WriteNumber("warnings", warnings);
    }

    private static void WriteFindings(Utf8JsonWriter writer, IReadOnlyList<Finding> findings)
    {
        writer.WriteStartArray("findings");
        foreach (var finding in findings)
        {
            WriteFinding(writer, finding);
        }

        writer.WriteEndArray();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("level", Finding.Name(finding.Level));
        writer.WriteString("rule", finding.Rule);
        writer.WriteString("message", finding.Message);
        writer.WriteString("file", finding.Location.Document);
        WritePosition(writer, finding.Location, "line", "column");
        if (finding.Location.JsonPath is { } jsonPath)
        {
            writer.WriteString("jsonPath", jsonPath);
        }

        if (finding.HelpUri is { } helpUri)
        {
            writer.WriteString("helpUri", helpUri);
        }

        writer.WriteEndObject();
    }
}
