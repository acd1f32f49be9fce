using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using TypedTaxonomy.Schema;

namespace TypedTaxonomy.Generator.Pipeline;

/// <summary>One schema file, parsed on its own: the pipeline's first, per-file step.</summary>
internal static class SchemaFile
{
    /// <summary>
    /// Parses an additional file. Never throws (except for cancellation): an unexpected failure becomes one TAX0027
    /// diagnostic for this file, and the other files are generated as usual. The pipeline caches the result per file,
    /// so a file is parsed again only when its text changes.
    /// </summary>
    public static ParsedSchemaFile Read(AdditionalText file, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return ParsedSchemaFile.Failed(file.Path, "the file could not be read");
            }

            cancellationToken.ThrowIfCancellationRequested();
            return ParsedSchemaFile.Parse(file.Path, text.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ParsedSchemaFile.Failed(file.Path, exception.GetType().Name + ": " + exception.Message);
        }
    }
}
