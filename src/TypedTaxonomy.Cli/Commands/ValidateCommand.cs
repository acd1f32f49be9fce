using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Cli.Output;
using TypedTaxonomy.Import;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// <c>typed-taxonomy validate &lt;entries...&gt; [--package ...] [--mode] [--format] [--fail-on]</c>: an XBRL 2.1 processor
/// over each entry (an instance, an Inline XBRL document, a taxonomy schema or a linkbase), as Arelle validates one:
/// the DTS discovered from it and checked, then the instance against it, with Arelle's rule codes. Needs no schema files.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var entries = new Argument<string[]>("entries")
        {
            Description = "What to validate: XBRL 2.1 instances, Inline XBRL documents (.htm, .xhtml), report packages (.xbri, .xbr, .zip: each report, read in place), taxonomy schemas (.xsd) or linkbases, each with the taxonomy it discovers.",
            Arity = ArgumentArity.OneOrMore,
        };
        var packages = CommonOptions.Packages("Taxonomy packages (folders or .zip) whose catalogs map the remote schemas the entries name (US-GAAP, DEI, SRT, ...) to their files.");
        var mode = CommonOptions.Mode("classic");
        var format = CommonOptions.Format("text: lines for a person; json: JSON lines (one object per entry, a summary); sarif: a SARIF 2.1.0 log for code scanning.");
        var failOn = CommonOptions.FailOn();
        var command = new Command("validate", "Validate XBRL reports and taxonomies as an XBRL 2.1 processor does (the DTS, the instance, fact values against their types, calculations), with Arelle's rule codes; no schema files needed. Exit code 0 clean, 1 findings at or above --fail-on, 2 usage error, missing entry or unusable package.")
        {
            entries,
            packages,
            mode,
            format,
            failOn,
        };
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var threshold = CommonOptions.FailOnOf(parseResult.GetValue(failOn));
            var writer = CommonOptions.Output(parseResult.GetValue(format), output);
            var calculationMode = CommonOptions.ModeOf(parseResult.GetValue(mode));
            var options = new XbrlProcessorOptions { Mode = calculationMode, Packages = parseResult.GetValue(packages) ?? [] };
            var outcomes = new List<ReportOutcome>();
            foreach (var entry in (parseResult.GetValue(entries) ?? []).SelectMany(e => ReportPackage.IsPackagePath(e) && File.Exists(e) ? PackagedReportPath.Expand(e) : [e]))
            {
                var outcome = Validate(entry, options);
                if (outcome.Error is { } unreadable)
                {
                    error.WriteLine(TextOutput.Line(unreadable));
                }

                writer.Report(outcome);
                outcomes.Add(outcome);
            }

            var exitCode = ExitCodes.For(outcomes.Any(o => o.Error is not null), outcomes.SelectMany(o => o.Findings).Select(f => f.Level), threshold);
            writer.End(CheckTotals.Of(outcomes, exitCode));
            return exitCode;
        }));
        return command;
    }

    private static ReportOutcome Validate(string entry, XbrlProcessorOptions options)
    {
        var packaged = ReportPackage.Locate(entry);
        if (packaged is null && (Directory.Exists(entry) || !File.Exists(entry)))
        {
            return ReportOutcome.Unreadable(entry, options.Mode, new SourceLocation(entry, 0, 0, null), "no such file (give an instance, an Inline XBRL document, a report package, a schema or a linkbase).");
        }

        try
        {
            return ReportOutcome.From(entry, XbrlProcessor.Validate(entry, options), options.Mode);
        }
        catch (ImportException e) when (packaged is { } report && e.InnerException is XbrlPackageException broken && broken.Package == report.Package)
        {
            // The report package itself is not usable: this entry's error, with the specification's rpe: code, not the run's.
            return ReportOutcome.Unreadable(entry, options.Mode, new SourceLocation(broken.Package, broken.Line, broken.Column, null), broken.Reason, broken.Code);
        }
    }
}
