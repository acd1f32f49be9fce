using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TypedTaxonomy.Schema;

namespace TypedTaxonomy.Generator.Pipeline;

/// <summary>One schema file, parsed on its own: the pipeline's first, per-file step.</summary>
internal static class SchemaFile
{
    /// <summary>
    /// The item metadata that names the C# namespace of one file's code, as the compiler hands it over: the package's
    /// <c>TaxonomySchema</c> items become additional files with <c>CSharpNamespace</c> made visible to the compiler
    /// (<c>CompilerVisibleItemMetadata</c> in <c>buildTransitive/TypedTaxonomy.targets</c>).
    /// </summary>
    public const string CSharpNamespaceMetadata = "build_metadata.AdditionalFiles.CSharpNamespace";

    /// <summary>The C# namespace the project gives <paramref name="file"/>, if any.</summary>
    public static string? CSharpNamespaceOf(AdditionalText file, AnalyzerConfigOptionsProvider options) =>
        options.GetOptions(file).TryGetValue(CSharpNamespaceMetadata, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>
    /// Parses an additional file, in the C# namespace the project gives it (null: the file's own). Never throws (except for cancellation): an unexpected failure becomes one TAX0027
    /// diagnostic for this file, and the other files are generated as usual. The pipeline caches the result per file,
    /// so a file is parsed again only when its text changes.
    /// </summary>
    public static ParsedSchemaFile Read(AdditionalText file, string? csharpNamespace, CancellationToken cancellationToken)
    {
        try
        {
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                return ParsedSchemaFile.Failed(file.Path, "the file could not be read");
            }

            cancellationToken.ThrowIfCancellationRequested();
            return ParsedSchemaFile.Parse(file.Path, text.ToString(), csharpNamespace);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ParsedSchemaFile.Failed(file.Path, exception.GetType().Name + ": " + exception.Message);
        }
    }
}
