using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using TypedTaxonomy.Schema;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Generator.Specs;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Generator.Pipeline;

/// <summary>
/// What the generator emits for the current set of schema files: one slice of the resolved set per file to generate,
/// and the diagnostics found across files (by resolution) or by the slicing itself. Each file's own parse diagnostics
/// are reported by the per-file step, so they are not repeated here.
/// </summary>
internal sealed record GenerationPlan(EquatableArray<SpecSlice> Slices, EquatableArray<SchemaDiagnostic> Diagnostics)
{
    /// <summary>Plans generation from the linked set and its files resolved. Never throws (except for cancellation).</summary>
    public static GenerationPlan Create(SchemaLink link, ImmutableArray<ResolvedFile> files, CancellationToken cancellationToken)
    {
        var check = SchemaFileSet.Assemble(link, files);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // A failure in one taxonomy must not take the others' generated code with it.
            var errors = new List<SchemaDiagnostic>();
            var slices = SpecSlice.Of(check.Set, (taxonomy, exception) => errors.Add(SchemaDiagnostic.Create(
                SchemaDiagnosticDescriptors.InternalError,
                SourceSpan.StartOf(taxonomy.FilePaths.FirstOrDefault() ?? taxonomy.Name),
                $"while planning the code of the taxonomy '{taxonomy.Name}': {exception.GetType().Name}: {exception.Message}")));
            return new GenerationPlan(slices.ToEquatableArray(), errors.Count == 0 ? check.SetDiagnostics : check.SetDiagnostics.Concat(errors).ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = link.Files.Count > 0 ? SourceSpan.StartOf(link.Files[0].Path) : SourceSpan.StartOf("taxonomy");
            var error = SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, where, "while planning the generated code: " + exception.GetType().Name + ": " + exception.Message);
            return new GenerationPlan(EquatableArray<SpecSlice>.Empty, check.SetDiagnostics.Append(error).ToEquatableArray());
        }
    }
}
