using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Cli.Output;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Commands;

/// <summary>
/// <c>typed-taxonomy check &lt;files or dirs...&gt; [--report ...] [--mode] [--taxonomy] [--format] [--fail-on] [--parallel] [--dts [--package]...]</c>:
/// parses and resolves schema files and reports their diagnostics; then validates the reports against them, several at
/// once, each printed in order as it is done.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool interactive)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Schema files (*.taxonomy.yaml, *.taxonomy.yml, *.taxonomy.json) or directories to search for them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var reports = new Option<string[]>("--report", "-r")
        {
            Description = "Reports to validate against the schema files (XBRL 2.1 instances, Inline XBRL .htm/.xhtml documents or xBRL-JSON): files, directories (every report under them) or globs ('filings/**/*_htm.xml'). Repeat or list several.",
            HelpName = "report|dir|glob",
            AllowMultipleArgumentsPerToken = true,
        };
        var mode = CommonOptions.Mode();
        var taxonomy = new Option<string?>("--taxonomy", "-t")
        {
            Description = "Validate with the rules of this taxonomy (name or prefix) and those it imports, as its generated Validate does; default: every taxonomy of the schema files.",
            HelpName = "name or prefix",
        };
        var format = CommonOptions.Format("text: lines for a person; json: JSON lines (the schema check, one object per report, a summary); sarif: a SARIF 2.1.0 log for code scanning.");
        var failOn = CommonOptions.FailOn();
        var dts = new Option<bool>("--dts")
        {
            Description = "Also validate each report as an XBRL 2.1 processor does (as 'validate' does) against the taxonomy it names: its DTS, the instance against it, fact values against their types; remote schemas from --package.",
        };
        var packages = CommonOptions.Packages("With --dts: taxonomy packages (folders or .zip) whose catalogs map the remote schemas the reports name to their files.");
        var parallel = new Option<int>("--parallel", "-p")
        {
            Description = "How many reports are validated at once; default: the number of processors.",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            HelpName = "N",
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--parallel must be at least 1.");
            }
        });
        var command = new Command("check", "Parse and resolve taxonomy schema files together and report their diagnostics; with --report, validate reports against them. Exit code 0 clean, 1 findings at or above --fail-on, 2 usage error, missing path or unreadable input.")
        {
            paths,
            reports,
            mode,
            taxonomy,
            format,
            failOn,
            parallel,
            dts,
            packages,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(packages) is { Length: > 0 } && !result.GetValue(dts))
            {
                result.AddError("--package is read by the XBRL 2.1 processor: give --dts with it.");
            }
        });
        command.SetAction(parseResult => CommandGuard.Run(error, () =>
        {
            var threshold = CommonOptions.FailOnOf(parseResult.GetValue(failOn));
            var writer = CommonOptions.Output(parseResult.GetValue(format), output);
            var schema = SchemaChecker.Check(parseResult.GetValue(paths) ?? Array.Empty<string>());
            var problems = schema.Problems.ToList();
            var reportPaths = ReportPaths.Expand(parseResult.GetValue(reports) ?? Array.Empty<string>(), problems);
            foreach (var problem in problems)
            {
                error.WriteLine(problem);
            }

            var schemaFindings = schema.Diagnostics.Select(Finding.From).ToList();
            writer.Schema(schema.Files, schemaFindings);
            IReadOnlyList<ReportOutcome> outcomes = Array.Empty<ReportOutcome>();
            if (reportPaths.Count > 0 && schema.HasErrors)
            {
                error.WriteLine("typed-taxonomy: error: the reports are not validated: the schema files have errors or could not all be read, so the rules would be incomplete.");
            }
            else if (reportPaths.Count > 0)
            {
                var rules = SchemaRules.For(schema.Set, parseResult.GetValue(taxonomy));
                var calculationMode = CommonOptions.ModeOf(parseResult.GetValue(mode));
                var progress = interactive && reportPaths.Count > 1 ? new ProgressBar(error, reportPaths.Count) : null;
                outcomes = BatchChecker.Check(
                    reportPaths,
                    rules,
                    calculationMode,
                    parseResult.GetValue(parallel),
                    outcome =>
                    {
                        progress?.Clear();
                        if (outcome.Error is { } unreadable)
                        {
                            error.WriteLine(unreadable.Message);
                        }

                        writer.Report(outcome);
                    },
                    done => progress?.Show(done),
                    parseResult.GetValue(dts) ? new XbrlProcessorOptions { Packages = parseResult.GetValue(packages) ?? [] } : null);
                progress?.Clear();
            }

            var levels = schemaFindings.Concat(outcomes.SelectMany(o => o.Findings)).Select(f => f.Level);
            var exitCode = ExitCodes.For(problems.Count > 0 || outcomes.Any(o => o.Error is not null), levels, threshold);
            writer.End(CheckTotals.Of(outcomes, exitCode));
            return exitCode;
        }));
        return command;
    }
}
