using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Output;

/// <summary>How serious a finding is, from schema notes to report errors, in increasing order.</summary>
public enum FindingLevel
{
    /// <summary>Information only (a schema diagnostic of severity info).</summary>
    Note,

    /// <summary>Worth knowing; not a failure by default.</summary>
    Warning,

    /// <summary>A calculation or roll-forward whose numbers do not add up (Arelle's "inconsistency").</summary>
    Inconsistency,

    /// <summary>A broken rule of the schema format, of XBRL or of the taxonomy.</summary>
    Error,
}

/// <summary>
/// One finding of a check, whatever found it: a schema diagnostic located in the YAML or JSON schema file, or a
/// report finding located at its fact in the report. What every output format prints.
/// </summary>
/// <param name="Level">How serious it is.</param>
/// <param name="Rule">The rule: a <c>TAX</c> id for a schema file, Arelle's code for a report (<c>calc11e:...</c>).</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Location">Where it is; line and column 0 when only the file is known.</param>
/// <param name="HelpUri">The rule's help page, when it has one.</param>
public sealed record Finding(FindingLevel Level, string Rule, string Message, SourceLocation Location, string? HelpUri)
{
    /// <summary>The rule of a fact whose concept no schema file defines (each such concept is one finding).</summary>
    public const string UnknownConceptRule = "typedTaxonomy:unknownConcept";

    /// <summary>A schema diagnostic, at its place in the schema file, with its help page.</summary>
    public static Finding From(SchemaDiagnostic diagnostic)
    {
        var level = diagnostic.Severity switch
        {
            SchemaSeverity.Error => FindingLevel.Error,
            SchemaSeverity.Warning => FindingLevel.Warning,
            _ => FindingLevel.Note,
        };
        var span = diagnostic.Span;
        return new Finding(level, diagnostic.Id, diagnostic.Message, new SourceLocation(span.FilePath, span.StartLine, span.StartColumn, null), SchemaDiagnosticDescriptors.Find(diagnostic.Id)?.HelpLink);
    }

    /// <summary>A report finding, at its fact's place in the report (or the report itself when it has no fact).</summary>
    public static Finding From(ValidationFinding finding, string reportPath)
    {
        var level = finding.Severity switch
        {
            ValidationSeverity.Error => FindingLevel.Error,
            ValidationSeverity.Inconsistency => FindingLevel.Inconsistency,
            _ => FindingLevel.Warning,
        };
        return new Finding(level, finding.Rule, finding.Message, finding.Fact?.Location ?? new SourceLocation(reportPath, 0, 0, null), null);
    }

    /// <summary>The level's name as the tool prints it: <c>error</c>, <c>inconsistency</c>, <c>warning</c>, <c>note</c>.</summary>
    public static string Name(FindingLevel level) => level.ToString().ToLower(CultureInfo.InvariantCulture);
}

/// <summary>Counting findings by level.</summary>
public static class FindingCounts
{
    /// <summary>How many of <paramref name="findings"/> are of <paramref name="level"/>.</summary>
    public static int Count(this IEnumerable<Finding> findings, FindingLevel level) => findings.Count(f => f.Level == level);
}
