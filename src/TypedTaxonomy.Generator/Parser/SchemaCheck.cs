using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TypedTaxonomy.Schema;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Generator.Parser;

/// <summary>Resolves parsed files together through <see cref="SchemaFileSet"/>; shared by the generator and the analyzer so both see the same model.</summary>
public static class SchemaCheck
{
    /// <summary>The resolved set and every diagnostic, per file and across files. Never throws.</summary>
    public static (TaxonomySet? Set, ImmutableArray<SchemaDiagnostic> Diagnostics) Run(IEnumerable<SchemaFile> files)
    {
        var result = SchemaFileSet.Resolve(files.Select(f => new ParsedSchemaFile(f.Path, f.Result)));
        return (result.Set, result.Diagnostics.AsImmutableArray());
    }
}
