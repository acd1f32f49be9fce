using System.Collections.Generic;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Import;

/// <summary>What an import produced: the schema files, a summary of what was read and inferred, and notes.</summary>
/// <param name="Files">Output path to YAML text, the extension's file first, then the base taxonomies' by prefix.</param>
/// <param name="Summary">Counts, inferred attributes and the concepts that could not be typed.</param>
/// <param name="Notes">What was left out or changed and why, one sentence each, for a person to review.</param>
/// <param name="Diagnostics">
/// What the schema parser and resolver say about <paramref name="Files"/>; the importer runs them on its own output
/// so that a file it writes is known to load. Errors here are bugs of the importer or of the input.
/// </param>
public sealed record ImportResult(
    IReadOnlyDictionary<string, string> Files,
    ImportSummary Summary,
    IReadOnlyList<string> Notes,
    IReadOnlyList<SchemaDiagnostic> Diagnostics);
