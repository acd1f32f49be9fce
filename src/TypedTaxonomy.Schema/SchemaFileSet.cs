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
    /// <remarks>
    /// The steps are those the generator runs and caches one by one: <see cref="Declare"/> each file, <see cref="Link"/>
    /// the set, <see cref="ResolveFile"/> each file on what it reads of the set, and <see cref="Assemble"/>.
    /// </remarks>
    public static SchemaSetResult Resolve(IEnumerable<ParsedSchemaFile> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var declared = files.Select(Declare).ToList();
        var linked = Link(declared);
        return Assemble(linked, declared.Select(f => ResolveFile(linked.InputOf(f))));
    }

    /// <summary>Resolution's first step, per file: the records of what the file declares (<see cref="DeclaredFile"/>).</summary>
    public static DeclaredFile Declare(ParsedSchemaFile file) => DeclaredFile.Declare(file);

    /// <summary>
    /// Resolution's step across files: links the declared files (in any order) into taxonomies
    /// (<see cref="TaxonomyResolver.Link"/>). Never throws (except for cancellation): a failure becomes a TAX0027, and
    /// nothing is resolved.
    /// </summary>
    public static SchemaLink Link(IEnumerable<DeclaredFile> files)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var list = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        try
        {
            return new SchemaLink(list, TaxonomyResolver.Link(list, list.Select(f => f.Parsed.Result.UnreadablePrefix).OfType<string>()), null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new SchemaLink(list, null, Failure(list.Select(f => f.Path), exception));
        }
    }

    /// <summary>
    /// Resolution's second step per file: the file's statements and calculations, resolved on what they read of the
    /// set. Never throws (except for cancellation): a failure becomes a TAX0027 on the file.
    /// </summary>
    public static ResolvedFile ResolveFile(FileInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        if (input.Failure is { } failure)
        {
            return ResolvedFile.Empty(input.File.Path) with { Diagnostics = new[] { SchemaDiagnostic.Create(SchemaDiagnosticDescriptors.InternalError, SourceSpan.StartOf(input.File.Path), "while resolving the taxonomies: " + failure) }.ToEquatableArray() };
        }

        try
        {
            return TaxonomyResolver.ResolveFile(input);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return ResolvedFile.Empty(input.File.Path) with { Diagnostics = new[] { Failure(new[] { input.File.Path }, exception) }.ToEquatableArray() };
        }
    }

    /// <summary>
    /// Resolution's last step: the resolved set, from the linked set and its files resolved (in any order), with every
    /// diagnostic. Never throws (except for cancellation): a failure becomes a TAX0027, and the set is empty.
    /// </summary>
    public static SchemaSetResult Assemble(SchemaLink link, IEnumerable<ResolvedFile> files)
    {
        if (link is null)
        {
            throw new ArgumentNullException(nameof(link));
        }

        TaxonomySet set;
        List<SchemaDiagnostic> across;
        if (link.Linked is null)
        {
            set = new TaxonomySet(EquatableArray<ResolvedTaxonomy>.Empty);
            across = link.Failure is { } failure ? new List<SchemaDiagnostic> { failure } : new List<SchemaDiagnostic>();
        }
        else
        {
            try
            {
                var resolved = link.Linked.Assemble(files);
                set = resolved.Set;
                across = resolved.Diagnostics.ToList();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                set = new TaxonomySet(EquatableArray<ResolvedTaxonomy>.Empty);
                across = new List<SchemaDiagnostic> { Failure(link.Files.Select(f => f.Path), exception) };
            }
        }

        var all = link.Files.SelectMany(f => f.Parsed.Result.Diagnostics).Concat(across);
        return new SchemaSetResult(set, Ordered(all).ToEquatableArray(), Ordered(across).ToEquatableArray());
    }

    private static SchemaDiagnostic Failure(IEnumerable<string> paths, Exception exception) =>
        SchemaDiagnostic.Create(
            SchemaDiagnosticDescriptors.InternalError,
            SourceSpan.StartOf(paths.OrderBy(p => p, StringComparer.Ordinal).FirstOrDefault() ?? "taxonomy"),
            "while resolving the taxonomies: " + exception.GetType().Name + ": " + exception.Message);


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

/// <summary>
/// A set of declared files linked (<see cref="SchemaFileSet.Link"/>): what each file's resolution reads of the set
/// (<see cref="InputOf"/>), or the failure that stopped the linking.
/// </summary>
public sealed class SchemaLink
{
    internal SchemaLink(IReadOnlyList<DeclaredFile> files, LinkedSet? linked, SchemaDiagnostic? failure)
    {
        Files = files;
        Linked = linked;
        Failure = failure;
    }

    /// <summary>The files, in the order of their paths.</summary>
    public IReadOnlyList<DeclaredFile> Files { get; }

    /// <summary>The linked set, unless linking failed.</summary>
    internal LinkedSet? Linked { get; }

    /// <summary>Why linking failed (a TAX0027), or null.</summary>
    internal SchemaDiagnostic? Failure { get; }

    /// <summary>
    /// The input of one file's resolution: the file and what its statements and calculations read of the set (none
    /// when the file does not parse or linking failed). Never throws (except for cancellation): a failure leaves the
    /// environment out, and the file's resolution reports it.
    /// </summary>
    public FileInput InputOf(DeclaredFile file)
    {
        if (Linked is null)
        {
            return new FileInput(file, null);
        }

        try
        {
            return Linked.InputOf(file);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new FileInput(file, null, exception.GetType().Name + ": " + exception.Message);
        }
    }
}
