using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using TypedTaxonomy.Generator.Parser;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Generator.Model;

/// <summary>
/// What the generator emits for the current set of schema files: the file specs, and the failures of the
/// planning step itself. Schema diagnostics, parse-time internal errors among them, are the analyzer's to
/// report (live in the editor and in builds), so they are not repeated here.
/// </summary>
public sealed record GenerationPlan(EquatableArray<SourceFileSpec> Files, EquatableArray<SchemaDiagnostic> InternalErrors)
{
    /// <summary>Plans generation from the parsed files. Never throws (except for cancellation).</summary>
    public static GenerationPlan Create(ImmutableArray<SchemaFile> files, CancellationToken cancellationToken)
    {
        var (set, _) = SchemaCheck.Run(files);
        if (set is null)
        {
            return new GenerationPlan(EquatableArray<SourceFileSpec>.Empty, EquatableArray<SchemaDiagnostic>.Empty);
        }

        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // A failure in one taxonomy must not take the others' generated code with it.
            var errors = new List<SchemaDiagnostic>();
            var specs = EmitModelBuilder.Build(set, (taxonomy, exception) => errors.Add(SchemaDiagnostic.Create(
                SchemaDiagnosticDescriptors.InternalError,
                SourceSpan.StartOf(taxonomy.FilePaths.FirstOrDefault() ?? taxonomy.Name),
                $"while planning the code of the taxonomy '{taxonomy.Name}': {exception.GetType().Name}: {exception.Message}")));
            return new GenerationPlan(specs, errors.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = files.Length > 0 ? SourceSpan.StartOf(files.OrderBy(f => f.Path, StringComparer.Ordinal).First().Path) : SourceSpan.StartOf("taxonomy");
            var error = SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, where, "while planning the generated code: " + exception.GetType().Name + ": " + exception.Message);
            return new GenerationPlan(EquatableArray<SourceFileSpec>.Empty, new[] { error }.ToEquatableArray());
        }
    }
}
