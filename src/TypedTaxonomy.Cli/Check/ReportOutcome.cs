using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Cli.Output;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// What checking one report came to, as every output format prints it: its counts and its findings, located, or why
/// it could not be read. Holds no facts, so a batch keeps only these while its reports are printed in order.
/// </summary>
/// <param name="Path">The report's path.</param>
/// <param name="Mode">How summations were checked.</param>
/// <param name="Error">Why the report could not be read, with its place; null when it was read.</param>
/// <param name="Facts">How many facts the report has.</param>
/// <param name="NumericFacts">How many numeric facts took part in calculation binding.</param>
/// <param name="Summations">How many summation bindings were checked.</param>
/// <param name="RollForwards">How many roll-forwards were checked.</param>
/// <param name="UnknownFacts">How many facts are of concepts no schema file defines.</param>
/// <param name="Notes">What the reader noted (ignored footnotes, tuples, ...).</param>
/// <param name="Findings">The validation's findings, then one error per concept no schema file defines.</param>
/// <param name="Dts">For <c>validate</c>: the taxonomy the entry discovered; null for <c>check</c>, which validates against schema files.</param>
public sealed record ReportOutcome(
    string Path,
    CalculationMode Mode,
    Finding? Error,
    int Facts,
    int NumericFacts,
    int Summations,
    int RollForwards,
    int UnknownFacts,
    IReadOnlyList<string> Notes,
    IReadOnlyList<Finding> Findings,
    DtsOutcome? Dts = null)
{
    /// <summary>The findings of <paramref name="level"/>.</summary>
    public int Count(FindingLevel level) => Findings.Count(level);

    /// <summary>How many concepts no schema file defines have facts in the report.</summary>
    public int UnknownConcepts => Findings.Count(f => f.Rule == Finding.UnknownConceptRule);

    /// <summary>The outcome of a check; facts of concepts no schema file defines become one error per concept, at its first fact.</summary>
    public static ReportOutcome From(ReportCheck check, CalculationMode mode)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Validation is not { } validation || check.Report is not { } report)
        {
            var place = check.ErrorLocation is { Document.Length: > 0 } located ? located : new SourceLocation(check.Path, 0, 0, null);
            return Unreadable(check.Path, mode, place, check.ErrorMessage ?? check.Path);
        }

        var findings = validation.Result.Findings.Select(f => Finding.From(f, check.Path)).ToList();

        // Facts of concepts no schema file defines cannot be validated: each concept is an error, so none goes unnoticed.
        foreach (var concept in validation.UnknownConcepts.GroupBy(f => f.ConceptName).OrderBy(g => g.Key.ToString(), StringComparer.Ordinal))
        {
            var count = concept.Count();
            findings.Add(new Finding(
                FindingLevel.Error,
                Finding.UnknownConceptRule,
                string.Create(CultureInfo.InvariantCulture, $"{Excerpt.Shorten(concept.Key.ToString())} is not defined by the schema files; {count:N0} fact{(count == 1 ? string.Empty : "s")} of it not validated."),
                concept.First().Location ?? new SourceLocation(check.Path, 0, 0, null),
                null));
        }

        return new ReportOutcome(check.Path, mode, null, report.Facts.Count, validation.NumericFacts, validation.CheckedCalculations, validation.CheckedRollForwards, validation.UnknownConcepts.Count, report.Notes, findings);
    }

    /// <summary>
    /// The outcome of the XBRL 2.1 processor from one entry (<c>validate</c>): every finding of the DTS and of the
    /// instance at its place, calculations that do not add up as inconsistencies, and what the DTS is.
    /// </summary>
    public static ReportOutcome From(string path, XbrlProcessorResult result, CalculationMode mode)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(result);
        var findings = result.Findings
            .Select(f => new Finding(
                f.IsInconsistency ? FindingLevel.Inconsistency : f.IsError ? FindingLevel.Error : FindingLevel.Warning,
                f.Code,
                f.Message,
                new SourceLocation(f.File, f.Line, f.Column, null),
                null))
            .ToList();
        var dts = new DtsOutcome(result.Dts.Documents.Count, result.Dts.Unavailable.Count, result.Report is null, WithSchemaFiles: false);
        var validation = result.Validation;
        return new ReportOutcome(path, mode, null, result.Report?.Facts.Count ?? 0, validation?.NumericFacts ?? 0, validation?.CheckedCalculations ?? 0, 0, 0, result.Report?.Notes ?? [], findings, dts);
    }

    /// <summary>
    /// This outcome of <c>check</c> with what the XBRL 2.1 processor found of the report against its own taxonomy
    /// (<c>check --dts</c>, run without <see cref="XbrlProcessorOptions.ApplyFactRules"/>, which the check has applied
    /// with the schema files' rules): every finding of the DTS and of the instance against it.
    /// </summary>
    public ReportOutcome WithProcessor(XbrlProcessorResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var processor = From(Path, result, Mode);
        var findings = Findings.Concat(processor.Findings).ToList();
        return this with { Findings = findings, Dts = processor.Dts! with { WithSchemaFiles = true } };
    }

    /// <summary>A report that could not be read (missing, unreadable, malformed): one located error.</summary>
    public static ReportOutcome Unreadable(string path, CalculationMode mode, SourceLocation location, string message, string rule = "typedTaxonomy:unreadableReport") =>
        new(path, mode, new Finding(FindingLevel.Error, rule, message, location, null), 0, 0, 0, 0, 0, Array.Empty<string>(), Array.Empty<Finding>());
}

/// <summary>The taxonomy an entry of <c>validate</c> (or a report of <c>check --dts</c>) discovered.</summary>
/// <param name="Documents">The documents of its DTS that were read.</param>
/// <param name="NotAtHand">The remote documents it names that no taxonomy package given holds (each one warning).</param>
/// <param name="IsTaxonomy">True when the entry is a schema or linkbase rather than a report.</param>
/// <param name="WithSchemaFiles">True for <c>check --dts</c>, which validated the report against schema files as well.</param>
public sealed record DtsOutcome(int Documents, int NotAtHand, bool IsTaxonomy, bool WithSchemaFiles);
