using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Schema;

/// <summary>One schema file parsed on its own: its path and what the parser made of it.</summary>
public sealed record ParsedSchemaFile(string Path, TaxonomyParseResult Result)
{
    /// <summary>
    /// Parses one file. Never throws (except for cancellation): an unexpected failure inside the parser becomes one
    /// TAX0027 diagnostic for this file, and the other files of the set are checked as usual.
    /// </summary>
    public static ParsedSchemaFile Parse(string path, string text)
    {
        try
        {
            return new ParsedSchemaFile(path, TaxonomyFileParser.Parse(path, text));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(path, exception.GetType().Name + ": " + exception.Message);
        }
    }

    /// <summary>
    /// Parses one file whose project names the C# namespace of its code (the <c>CSharpNamespace</c> metadata of its
    /// <c>TaxonomySchema</c> item): that namespace replaces the file's own <c>csharpNamespace</c>, and is checked as it
    /// would be there. A null or blank <paramref name="csharpNamespace"/> leaves the file as it is.
    /// </summary>
    public static ParsedSchemaFile Parse(string path, string text, string? csharpNamespace)
    {
        var parsed = Parse(path, text);
        if (string.IsNullOrWhiteSpace(csharpNamespace) || parsed.Result.Document is not { } document)
        {
            return parsed;
        }

        var value = csharpNamespace!.Trim();
        var header = document.Header;
        var span = header.CSharpNamespace?.Span ?? header.Name.Span;
        if (NameRules.WhyNotNamespace(value) is { } whyNot)
        {
            var invalid = SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InvalidName, span, value, "C# namespace", whyNot + " (the CSharpNamespace metadata of this file in the project); until this is fixed the file's own namespace is used");
            return parsed with { Result = parsed.Result with { Diagnostics = parsed.Result.Diagnostics.Append(invalid).ToEquatableArray() } };
        }

        var overridden = document with { Header = header with { CSharpNamespace = new Located<string>(value, span) } };
        return parsed with { Result = parsed.Result with { Document = overridden } };
    }

    /// <summary>A file that could not be parsed at all, with the reason as one TAX0027 diagnostic.</summary>
    public static ParsedSchemaFile Failed(string path, string reason) =>
        new(path, new TaxonomyParseResult(null, new[] { SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, SourceSpan.StartOf(path), reason) }.ToEquatableArray()));
}

/// <summary>The outcome of checking a set of schema files together.</summary>
/// <param name="Set">The taxonomies resolved from the files: every element without an error (empty when resolution itself failed).</param>
/// <param name="Diagnostics">Every diagnostic, of each file and across files, without repeats, in a deterministic order: by file, place, id and message.</param>
/// <param name="SetDiagnostics">Those of <paramref name="Diagnostics"/> found across files (by resolution), in the same order: what a caller that reports each file's parse diagnostics on its own still has to report.</param>
public sealed record SchemaSetResult(TaxonomySet Set, EquatableArray<SchemaDiagnostic> Diagnostics, EquatableArray<SchemaDiagnostic> SetDiagnostics)
{
    /// <summary>Whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == SchemaSeverity.Error);
}

/// <summary>
/// The one place that parses and resolves a set of schema files: the generator (for a project's additional files),
/// <c>typed-taxonomy check</c> and the importer's check of what it wrote all go through it, so they see the same
/// model and the same diagnostics.
/// </summary>
public static class SchemaFileSet
{
    /// <summary>Parses each file (path and content) and resolves them as one set. Never throws for bad input.</summary>
    public static SchemaSetResult Check(IEnumerable<(string Path, string Text)> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        return Resolve(files.Select(f => ParsedSchemaFile.Parse(f.Path, f.Text)).ToList());
    }

    /// <summary>
    /// Resolves files parsed before (the generator parses and caches each on its own), in any order: the result does
    /// not depend on it. Never throws (except for cancellation): a failure of the resolver becomes a TAX0027.
    /// </summary>
    public static SchemaSetResult Resolve(IEnumerable<ParsedSchemaFile> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var list = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        TaxonomySet set;
        List<SchemaDiagnostic> across;
        try
        {
            var resolved = TaxonomyResolver.Resolve(
                list.Select(f => f.Result.Document).OfType<TaxonomyDocument>(),
                list.Select(f => f.Result.UnreadablePrefix).OfType<string>());
            set = resolved.Set;
            across = resolved.Diagnostics.ToList();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var where = list.Count > 0 ? SourceSpan.StartOf(list[0].Path) : SourceSpan.StartOf("taxonomy");
            set = new TaxonomySet(EquatableArray<ResolvedTaxonomy>.Empty);
            across = new List<SchemaDiagnostic>
            {
                SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, where, "while resolving the taxonomies: " + exception.GetType().Name + ": " + exception.Message),
            };
        }

        var all = list.SelectMany(f => f.Result.Diagnostics).Concat(across);
        return new SchemaSetResult(set, Ordered(all).ToEquatableArray(), Ordered(across).ToEquatableArray());
    }

    /// <summary>Without repeats, by file, place, id and message.</summary>
    private static IEnumerable<SchemaDiagnostic> Ordered(IEnumerable<SchemaDiagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Span.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartOffset)
            .ThenBy(d => d.Span.EndOffset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
}
