using System.Collections.Generic;
using System.IO;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Output;

/// <summary>
/// Lines for a person: each finding as <c>file(line,col): severity rule: message</c> (a JSON report's path after the
/// place), one summary line per report, and a total when there are several. Unreadable reports go to stderr, from the command.
/// </summary>
internal sealed class TextOutput : CheckOutput
{
    public TextOutput(TextWriter output)
        : base(output)
    {
    }

    /// <summary>One finding as the tool prints it in text.</summary>
    public static string Line(Finding finding) => $"{finding.Location}: {Finding.Name(finding.Level)} {finding.Rule}: {finding.Message}";

    public override void Schema(IReadOnlyList<string> files, IReadOnlyList<Finding> findings)
    {
        if (files.Count == 0)
        {
            return; // Nothing was checked; the problems on stderr say why.
        }

        foreach (var finding in findings)
        {
            Output.WriteLine(Line(finding));
        }

        Output.WriteLine($"Checked {Plural(files.Count, "file")}: {Plural(findings.Count(FindingLevel.Error), "error")}, {Plural(findings.Count(FindingLevel.Warning), "warning")}.");
    }

    public override void Report(ReportOutcome report)
    {
        if (report.Error is not null)
        {
            return;
        }

        foreach (var note in report.Notes)
        {
            Output.WriteLine($"{report.Path}: note: {note}");
        }

        foreach (var finding in report.Findings)
        {
            Output.WriteLine(Line(finding));
        }

        if (report.Dts is { IsTaxonomy: true } taxonomy)
        {
            Output.WriteLine($"{report.Path}: {Dts(taxonomy)} validated: {Counts(report.Count(FindingLevel.Error), report.Count(FindingLevel.Inconsistency), report.Count(FindingLevel.Warning))}.");
            return;
        }

        var unknown = report.Dts is { WithSchemaFiles: false } dts
            ? $"{Dts(dts)}."
            : (report.UnknownConcepts == 0
                ? "every fact's concept is in the schema files"
                : $"{Plural(report.UnknownFacts, "fact")} of {Plural(report.UnknownConcepts, "concept")} not in the schema files")
                + (report.Dts is { } checkedDts ? $"; {Dts(checkedDts)}." : ".");
        var calculations = report.Mode == CalculationMode.Classic ? "classic XBRL 2.1" : report.Mode == CalculationMode.Truncate ? "Calculations 1.1, truncation" : "Calculations 1.1, round to nearest";
        var rollForwards = report.RollForwards == 0 ? string.Empty : " and " + Plural(report.RollForwards, "roll-forward");
        Output.WriteLine(
            $"{report.Path}: {Plural(report.Facts, "fact")} ({Plural(report.NumericFacts, "numeric", "numeric")}), {Plural(report.Summations, "summation binding")}{rollForwards} checked ({calculations}): "
            + $"{Counts(report.Count(FindingLevel.Error), report.Count(FindingLevel.Inconsistency), report.Count(FindingLevel.Warning))}; {unknown}");
    }

    public override void End(CheckTotals totals)
    {
        if (totals.Reports < 2)
        {
            return;
        }

        var unreadable = totals.Unreadable == 0 ? string.Empty : $" ({Plural(totals.Unreadable, "unreadable", "unreadable")})";
        Output.WriteLine($"Total: {Plural(totals.Reports, "report")}{unreadable}, {Plural(totals.Facts, "fact")}: {Counts(totals.Errors, totals.Inconsistencies, totals.Warnings)}.");
    }

    private static string Dts(DtsOutcome dts) =>
        $"a DTS of {Plural(dts.Documents, "document")}" + (dts.NotAtHand == 0 ? string.Empty : $", {Plural(dts.NotAtHand, "remote one", "remote ones")} not at hand");

    private static string Counts(int errors, int inconsistencies, int warnings) =>
        $"{Plural(errors, "error")}, {Plural(inconsistencies, "inconsistency", "inconsistencies")}, {Plural(warnings, "warning")}";
}
