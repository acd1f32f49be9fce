using System.Collections.Generic;
using System.Globalization;
using System.IO;
using TypedTaxonomy.Cli.Check;

namespace TypedTaxonomy.Cli.Output;

/// <summary>The formats <c>check --format</c> writes.</summary>
public enum OutputFormat
{
    /// <summary>Lines for a person, <c>file(line,col): severity rule: message</c>, as compilers print them.</summary>
    Text,

    /// <summary>JSON lines: the schema check, one object per report as it is printed, and a summary.</summary>
    Json,

    /// <summary>One SARIF 2.1.0 log, for code-scanning tools (GitHub, Azure DevOps).</summary>
    Sarif,
}

/// <summary>
/// Where a check's outcome goes, in one format: the schema check first, then each report in order, then the
/// totals. The one home of each format's layout; the command decides what is checked and the exit code.
/// </summary>
internal abstract class CheckOutput
{
    protected CheckOutput(TextWriter output) => Output = output;

    protected TextWriter Output { get; }

    /// <summary>The writer for <paramref name="format"/>.</summary>
    public static CheckOutput Create(OutputFormat format, TextWriter output) => format switch
    {
        OutputFormat.Json => new JsonLinesOutput(output),
        OutputFormat.Sarif => new SarifOutput(output),
        _ => new TextOutput(output),
    };

    /// <summary>The schema files checked and what the parser and resolver found in them.</summary>
    public abstract void Schema(IReadOnlyList<string> files, IReadOnlyList<Finding> findings);

    /// <summary>One report, in the order given on the command line.</summary>
    public abstract void Report(ReportOutcome report);

    /// <summary>The end of the run.</summary>
    public abstract void End(CheckTotals totals);

    /// <summary>A count with its noun (<c>1 fact</c>, <c>1,164 facts</c>), the same in every culture.</summary>
    protected static string Plural(int count, string singular, string? plural = null) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
