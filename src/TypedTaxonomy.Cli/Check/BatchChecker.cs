using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;
using TypedTaxonomy.Xbrl.Packages;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// Validates many reports against one set of rules on several threads, and hands each outcome on in the order of
/// the reports as soon as it and every report before it are done: the output is the same on 1 core or 16, and a
/// consumer of JSON lines sees reports while the rest are still being checked.
/// </summary>
public static class BatchChecker
{
    /// <summary>
    /// Checks <paramref name="paths"/> with at most <paramref name="parallelism"/> at a time; calls
    /// <paramref name="completed"/> once per report, in order, and the callbacks never two at once; returns the outcomes in order.
    /// </summary>
    /// <param name="paths">The reports.</param>
    /// <param name="rules">The rules to validate them against.</param>
    /// <param name="mode">How summations are checked.</param>
    /// <param name="parallelism">How many reports at most are checked at once (at least 1).</param>
    /// <param name="completed">Called with each outcome, in order.</param>
    /// <param name="progress">Called with how many reports are done, after each one (whatever its turn).</param>
    /// <param name="dts">When given (<c>check --dts</c>), each XBRL report is also validated against its own taxonomy by the XBRL 2.1 processor, with these packages.</param>
    public static IReadOnlyList<ReportOutcome> Check(IReadOnlyList<string> paths, SchemaRules rules, CalculationMode mode, int parallelism, Action<ReportOutcome> completed, Action<int>? progress = null, XbrlProcessorOptions? dts = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        var outcomes = new ReportOutcome?[paths.Count];
        var gate = new object();
        var next = 0;
        var done = 0;

        // One report at a time is handed to each thread, in order (no chunks), so the reports finish near their turn.
        Parallel.ForEach(
            Partitioner.Create(Enumerable.Range(0, paths.Count), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            index =>
            {
                var outcome = CheckOne(paths[index], rules, mode, dts);
                lock (gate)
                {
                    outcomes[index] = outcome;
                    progress?.Invoke(++done);
                    while (next < outcomes.Length && outcomes[next] is { } ready)
                    {
                        completed(ready);
                        next++;
                    }
                }
            });
        return outcomes!;
    }

    /// <summary>One report; a failure of the validator itself (a bug, never the input's fault) is that report's error, not the batch's end.</summary>
    private static ReportOutcome CheckOne(string path, SchemaRules rules, CalculationMode mode, XbrlProcessorOptions? dts)
    {
        try
        {
            var outcome = ReportOutcome.From(ReportChecker.Check(path, rules, mode), mode);
            if (dts is null || outcome.Error is not null)
            {
                return outcome;
            }

            // xBRL-JSON names its taxonomy in documentInfo, and a report package holds it inside the package: neither is a document the processor starts from.
            if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || ReportPackage.Locate(path) is not null)
            {
                return outcome with { Notes = [.. outcome.Notes, "--dts: the XBRL 2.1 processor starts from an XBRL instance or an Inline XBRL document; this report's taxonomy is not validated."] };
            }

            return outcome.WithProcessor(XbrlProcessor.Validate(path, dts with { Mode = mode, ApplyFactRules = false }));
        }
#pragma warning disable CA1031 // One report's unexpected failure is reported with it; the other reports are still checked.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return ReportOutcome.Unreadable(path, mode, new SourceLocation(path, 0, 0, null), $"{path}: error: internal error ({e.GetType().Name}): {e.Message}; please report it with the input files.");
        }
    }
}
