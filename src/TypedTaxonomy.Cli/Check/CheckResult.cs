using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Cli.Check;

/// <summary>The outcome of checking schema files.</summary>
/// <param name="Files">The schema files found and checked, in the order read.</param>
/// <param name="Diagnostics">What the parser and resolver report, sorted by file and place.</param>
/// <param name="Problems">Paths that could not be checked (missing, unreadable, no schema files), as messages.</param>
/// <param name="Set">The taxonomies resolved from the files, as the generator sees them: complete only when <see cref="HasErrors"/> is false.</param>
public sealed record CheckResult(IReadOnlyList<string> Files, IReadOnlyList<SchemaDiagnostic> Diagnostics, IReadOnlyList<string> Problems, TaxonomySet Set)
{
    /// <summary>Whether a diagnostic is an error or a path could not be checked.</summary>
    public bool HasErrors => Problems.Count > 0 || Diagnostics.Any(d => d.Severity == SchemaSeverity.Error);
}
