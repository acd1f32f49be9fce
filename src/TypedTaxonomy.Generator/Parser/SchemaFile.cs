using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Generator.Parser;

/// <summary>One schema file, parsed on its own: the pipeline's first, per-file step.</summary>
public sealed record SchemaFile(string Path, TaxonomyParseResult Result)
{
    /// <summary>
    /// Parses an additional file. Never throws (except for cancellation): an unexpected failure becomes
    /// one TAX0027 diagnostic for this file, and the other files are generated as usual.
    /// </summary>
    public static SchemaFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return Failed(file.Path, "the file could not be read");
            }

            cancellationToken.ThrowIfCancellationRequested();
            return new SchemaFile(file.Path, TaxonomyFileParser.Parse(file.Path, text.ToString()));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(file.Path, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static SchemaFile Failed(string path, string reason) =>
        new(path, new TaxonomyParseResult(null, new[] { SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, SourceSpan.StartOf(path), reason) }.ToEquatableArray()));
}
