using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// <c>typed-taxonomy check &lt;files or dirs...&gt; [--report ...] [--mode] [--taxonomy]</c>: parses and resolves schema
/// files and prints located diagnostics; then validates each report against them.
/// </summary>
internal static class CheckCommand
{
    private const string RoundToNearest = "round-to-nearest";
    private const string Classic = "classic";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Schema files (*.taxonomy.yaml, *.taxonomy.yml, *.taxonomy.json) or directories to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var reports = new Option<string[]>("--report", "-r")
        {
            Description = "A report to validate against the schema files: an XBRL 2.1 instance or an xBRL-JSON report. Repeat for several.",
            HelpName = "report.xml|report.json",
            AllowMultipleArgumentsPerToken = true,
        };
        var mode = new Option<string>("--mode")
        {
            Description = "How summations are checked: Calculations 1.1 round-to-nearest, or classic XBRL 2.1.",
            DefaultValueFactory = _ => RoundToNearest,
        };
        mode.AcceptOnlyFromAmong(RoundToNearest, Classic);
        var taxonomy = new Option<string?>("--taxonomy", "-t")
        {
            Description = "Validate with the rules of this taxonomy (name or prefix) and those it imports, as its generated Validate does; default: every taxonomy of the schema files.",
            HelpName = "name or prefix",
        };
        var command = new Command("check", "Parse and resolve taxonomy schema files together; print diagnostics as file(line,col): severity id: message. With --report, validate reports against them. Exit code 1 when there are errors.")
        {
            paths,
            reports,
            mode,
            taxonomy,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var result = SchemaChecker.Check(parseResult.GetValue(paths) ?? System.Array.Empty<string>());
            foreach (var problem in result.Problems)
            {
                error.WriteLine(problem);
            }

            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(diagnostic.ToString());
            }

            var errors = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Error);
            var warnings = result.Diagnostics.Count(d => d.Severity == SchemaSeverity.Warning);
            output.WriteLine($"Checked {Count(result.Files.Count, "file")}: {Count(errors, "error")}, {Count(warnings, "warning")}.");

            var reportPaths = parseResult.GetValue(reports) ?? System.Array.Empty<string>();
            if (reportPaths.Length == 0)
            {
                return result.HasErrors ? 1 : 0;
            }

            if (result.HasErrors)
            {
                error.WriteLine("typed-taxonomy: error: the reports are not validated: the schema files have errors, so the rules would be incomplete.");
                return 1;
            }

            var rules = SchemaRules.For(result.Set, parseResult.GetValue(taxonomy));
            var calculationMode = parseResult.GetValue(mode) == Classic ? CalculationMode.Classic : CalculationMode.RoundToNearest;
            var invalid = false;
            foreach (var report in reportPaths)
            {
                var check = ReportChecker.Check(report, rules, calculationMode);
                Print(check, calculationMode, output, error);
                invalid |= check.IsInvalid;
            }

            return invalid ? 1 : 0;
        }));
        return command;
    }

    private static void Print(ReportCheck check, CalculationMode mode, TextWriter output, TextWriter error)
    {
        if (check.Validation is not { } validation || check.Report is not { } report)
        {
            error.WriteLine(check.Error);
            return;
        }

        foreach (var note in report.Notes)
        {
            output.WriteLine($"{check.Path}: note: {note}");
        }

        foreach (var finding in validation.Result.Findings)
        {
            var place = finding.Fact?.Location?.ToString() ?? check.Path;
            output.WriteLine($"{place}: {finding.Severity.ToString().ToLowerInvariant()} {finding.Rule}: {finding.Message}");
        }

        // Facts of concepts no schema file defines cannot be validated: each concept is an error, so none goes unnoticed.
        var unknown = validation.UnknownConcepts.GroupBy(f => f.ConceptName).OrderBy(g => g.Key.ToString(), System.StringComparer.Ordinal).ToList();
        foreach (var concept in unknown)
        {
            var first = concept.First().Location?.ToString() ?? check.Path;
            output.WriteLine($"{first}: error: {Excerpt.Shorten(concept.Key.ToString())} is not defined by the schema files; {Count(concept.Count(), "fact")} of it not validated.");
        }

        var unknownText = unknown.Count == 0
            ? "every fact's concept is in the schema files."
            : $"{Count(validation.UnknownConcepts.Count, "fact")} of {Count(unknown.Count, "concept")} not in the schema files.";
        var bySeverity = validation.Result.Findings.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count());
        var calculations = mode == CalculationMode.Classic ? "classic XBRL 2.1" : "Calculations 1.1, round to nearest";
        output.WriteLine(
            $"{check.Path}: {Count(report.Facts.Count, "fact")} ({Count(validation.NumericFacts, "numeric", "numeric")}), {Count(validation.CheckedCalculations, "summation binding")}{RollForwards(validation.CheckedRollForwards)} checked ({calculations}): "
            + $"{Count(bySeverity.GetValueOrDefault(ValidationSeverity.Error) + unknown.Count, "error")}, {Count(bySeverity.GetValueOrDefault(ValidationSeverity.Inconsistency), "inconsistency", "inconsistencies")}, "
            + $"{Count(bySeverity.GetValueOrDefault(ValidationSeverity.Warning), "warning")}; {unknownText}");
    }

    private static string RollForwards(int count) => count == 0 ? string.Empty : " and " + Count(count, "roll-forward");

    /// <summary>A count with its noun (<c>1 fact</c>, <c>1,164 facts</c>), the same in every culture.</summary>
    private static string Count(int count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
