using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Generator.Parser;

/// <summary>Resolves parsed files together; shared by the generator and the analyzer so both see the same model.</summary>
public static class SchemaCheck
{
    /// <summary>The resolved set and every diagnostic, per file and across files. Never throws.</summary>
    public static (TaxonomySet? Set, ImmutableArray<SchemaDiagnostic> Diagnostics) Run(IEnumerable<SchemaFile> files)
    {
        var list = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var diagnostics = list.SelectMany(f => f.Result.Diagnostics).ToList();
        try
        {
            var result = TaxonomyResolver.Resolve(list.Select(f => f.Result.Document).Where(d => d is not null)!);
            diagnostics.AddRange(result.Diagnostics);
            return (result.Set, diagnostics.ToImmutableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = list.Count > 0 ? SourceSpan.StartOf(list[0].Path) : SourceSpan.StartOf("taxonomy");
            diagnostics.Add(SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, where, "while resolving the taxonomies: " + exception.GetType().Name + ": " + exception.Message));
            return (null, diagnostics.ToImmutableArray());
        }
    }
}
