using System.Collections.Generic;
using TypedTaxonomy.Schema.Diagnostics;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of checking schema files.</summary>
/// <param name="Files">The schema files found and checked, in the order read.</param>
/// <param name="Diagnostics">What the parser and resolver report, sorted by file and place.</param>
/// <param name="Problems">Paths that could not be checked (missing, unreadable, no schema files), as messages.</param>
public sealed record CheckResult(IReadOnlyList<string> Files, IReadOnlyList<SchemaDiagnostic> Diagnostics, IReadOnlyList<string> Problems);
