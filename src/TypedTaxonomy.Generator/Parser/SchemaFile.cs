using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Generator.Parser;

/// <summary>One schema file, parsed on its own: the pipeline's first, per-file step.</summary>
public sealed record SchemaFile(string Path, TaxonomyParseResult Result)
{
    /// <summary>
    /// Each text's parse, for as long as the text lives. An editor keeps the text of a file that did not change,
    /// and runs the analyzer again on every new compilation: with this, a keystroke costs the parse of the one
    /// file typed in, not of every schema file of the project.
    /// </summary>
    private static readonly ConditionalWeakTable<SourceText, SchemaFile> Parsed = new();

    /// <summary>
    /// Parses an additional file, or returns the parse of the same text made before. Never throws (except for
    /// cancellation): an unexpected failure becomes one TAX0027 diagnostic for this file, and the other files are
    /// generated as usual.
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
            var parsed = Parsed.GetValue(text, t => Parse(file.Path, t));

            // One text under two paths (a copy of a file, say) is parsed for each: diagnostics carry the path.
            return parsed.Path == file.Path ? parsed : Parse(file.Path, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(file.Path, exception.GetType().Name + ": " + exception.Message);
        }
    }

    private static SchemaFile Parse(string path, SourceText text) => new(path, TaxonomyFileParser.Parse(path, text.ToString()));

    private static SchemaFile Failed(string path, string reason) =>
        new(path, new TaxonomyParseResult(null, new[] { SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, SourceSpan.StartOf(path), reason) }.ToEquatableArray()));
}
