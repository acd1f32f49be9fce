using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Cli.Output;

namespace TypedTaxonomy.Cli;

/// <summary>The lowest level of finding that makes <c>check</c> fail (<c>--fail-on</c>).</summary>
public enum FailOn
{
    /// <summary>Findings never fail the run; only usage errors and unreadable input do.</summary>
    None,

    /// <summary>Warnings, inconsistencies and errors fail the run.</summary>
    Warning,

    /// <summary>Calculation inconsistencies and errors fail the run.</summary>
    Inconsistency,

    /// <summary>Errors fail the run (the default).</summary>
    Error,
}

/// <summary>
/// The tool's exit codes, and the one place that maps findings and problems to them: 0 clean, 1 findings at or
/// above <see cref="FailOn"/>, 2 the tool could not do its job (usage error, missing path, unreadable or malformed
/// input, an internal error). A CI job can tell "the data is wrong" from "the job is wrong".
/// </summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the threshold was found.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the threshold.</summary>
    public const int Findings = 1;

    /// <summary>A usage error, a missing path, unreadable or malformed input.</summary>
    public const int Usage = 2;

    /// <summary>Whether a finding of <paramref name="level"/> fails a run with <paramref name="threshold"/>.</summary>
    public static bool Fails(FindingLevel level, FailOn threshold) => threshold switch
    {
        FailOn.None => false,
        FailOn.Warning => level >= FindingLevel.Warning,
        FailOn.Inconsistency => level >= FindingLevel.Inconsistency,
        _ => level >= FindingLevel.Error,
    };

    /// <summary>The exit code of a run: input problems first, then the findings against the threshold.</summary>
    public static int For(bool inputProblems, IEnumerable<FindingLevel> findings, FailOn threshold) =>
        inputProblems ? Usage : findings.Any(level => Fails(level, threshold)) ? Findings : Clean;
}
