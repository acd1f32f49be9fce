using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Cli.Check;

namespace TypedTaxonomy.Cli.Output;

/// <summary>The sums over every report of a run, for its closing summary.</summary>
/// <param name="Reports">How many reports were checked.</param>
/// <param name="Unreadable">How many of them could not be read.</param>
/// <param name="Facts">Their facts.</param>
/// <param name="Errors">Their errors (unknown concepts included).</param>
/// <param name="Inconsistencies">Their inconsistencies.</param>
/// <param name="Warnings">Their warnings.</param>
/// <param name="ExitCode">The run's exit code.</param>
public sealed record CheckTotals(int Reports, int Unreadable, int Facts, int Errors, int Inconsistencies, int Warnings, int ExitCode)
{
    /// <summary>Sums <paramref name="reports"/>.</summary>
    public static CheckTotals Of(IReadOnlyCollection<ReportOutcome> reports, int exitCode) => new(
        reports.Count,
        reports.Count(r => r.Error is not null),
        reports.Sum(r => r.Facts),
        reports.Sum(r => r.Count(FindingLevel.Error)),
        reports.Sum(r => r.Count(FindingLevel.Inconsistency)),
        reports.Sum(r => r.Count(FindingLevel.Warning)),
        exitCode);
}
