using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>The resolved taxonomies and what was wrong across files.</summary>
public sealed record TaxonomySetResult(TaxonomySet Set, EquatableArray<SchemaDiagnostic> Diagnostics);

/// <summary>
/// Merges parsed files into taxonomies, resolves every name and runs the checks that need more than one
/// file: duplicates, references, calculations, C# name collisions. Elements with errors are left out,
/// so what remains always generates code that compiles.
/// </summary>
/// <remarks>
/// Resolution runs in four steps, so that an edit of one file costs what that file and its uses cost: each file's
/// declarations are made into records on their own (<see cref="DeclaredFile"/>); the set is linked
/// (<see cref="Link"/>: what needs every file, such as duplicates across files, the names each file writes looked up);
/// each file's statements and calculations are resolved against what it reads of the set
/// (<see cref="ResolveFile"/>); and the set is assembled from the files (<see cref="LinkedSet.Assemble"/>: the
/// cycles among summations). <see cref="Resolve(IEnumerable{TaxonomyDocument}, IEnumerable{string}?)"/> runs them in a row.
/// </remarks>
public static class TaxonomyResolver
{
    /// <summary>
    /// Resolves the documents (in any order; the result does not depend on it). Names of the taxonomies in
    /// <paramref name="unreadablePrefixes"/>, which have a file that does not parse (reported there), are not reported
    /// as unknown.
    /// </summary>
    public static TaxonomySetResult Resolve(IEnumerable<TaxonomyDocument> documents, IEnumerable<string>? unreadablePrefixes = null) =>
        Resolve(documents.Select(d => DeclaredFile.Declare(new ParsedSchemaFile(d.FilePath, new TaxonomyParseResult(d, EquatableArray<SchemaDiagnostic>.Empty)))), unreadablePrefixes);

    /// <summary>Resolves declared files: <see cref="Link"/>, <see cref="ResolveFile"/> for each, then <see cref="LinkedSet.Assemble"/>.</summary>
    public static TaxonomySetResult Resolve(IEnumerable<DeclaredFile> files, IEnumerable<string>? unreadablePrefixes = null)
    {
        var list = files.ToList();
        var linked = Link(list, unreadablePrefixes);
        return linked.Assemble(list.Select(f => ResolveFile(linked.InputOf(f))));
    }

    /// <summary>
    /// Links declared files (in any order) into taxonomies: merges their headers, declares every element (a duplicate
    /// or a clash of C# names is reported and left out), adds members to other taxonomies' axes, and runs the checks
    /// of each taxonomy that need all its files. Files that do not parse are left out; their taxonomies' prefixes
    /// (<paramref name="unreadablePrefixes"/>) are not reported as unknown.
    /// </summary>
    public static LinkedSet Link(IEnumerable<DeclaredFile> files, IEnumerable<string>? unreadablePrefixes = null)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        var ordered = files.Where(f => f.Document is not null).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var builders = new SortedDictionary<string, TaxonomyBuilder>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            var document = file.Document!;
            var prefix = document.Header.Prefix.Value;
            if (!builders.TryGetValue(prefix, out var builder))
            {
                builders.Add(prefix, builder = new TaxonomyBuilder(document.Header, diagnostics));
            }
            else
            {
                builder.MergeHeader(document.Header);
            }

            builder.Files.Add(file);
        }

        var context = new ResolutionContext(builders, diagnostics, new HashSet<string>(unreadablePrefixes ?? Enumerable.Empty<string>(), StringComparer.Ordinal));
        foreach (var builder in builders.Values)
        {
            builder.DeclareElements(context);
        }

        foreach (var builder in builders.Values)
        {
            builder.AddForeignAxisMembers(context);
        }

        foreach (var builder in builders.Values)
        {
            builder.Link(context);
        }

        return new LinkedSet(context, diagnostics.ToEquatableArray());
    }

    /// <summary>Resolves the statements and calculations of one file against what it reads of the set.</summary>
    public static ResolvedFile ResolveFile(FileInput input)
    {
        if (input is null)
        {
            throw new ArgumentNullException(nameof(input));
        }

        return FileResolver.Resolve(input);
    }

    /// <summary>Without repeats, by file, place, id and message.</summary>
    internal static EquatableArray<SchemaDiagnostic> Sorted(IEnumerable<SchemaDiagnostic> diagnostics) =>
        diagnostics
            .Distinct()
            .OrderBy(d => d.Span.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartOffset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Lookups across all taxonomies being resolved.</summary>
    internal sealed class ResolutionContext
    {
        public ResolutionContext(SortedDictionary<string, TaxonomyBuilder> taxonomies, List<SchemaDiagnostic> diagnostics, HashSet<string> unreadable)
        {
            Taxonomies = taxonomies;
            Diagnostics = diagnostics;
            Unreadable = unreadable;
        }

        /// <summary>Prefixes of taxonomies with a file that does not parse: their names may be missing for that reason alone.</summary>
        public HashSet<string> Unreadable { get; }

        public SortedDictionary<string, TaxonomyBuilder> Taxonomies { get; }

        public List<SchemaDiagnostic> Diagnostics { get; }

        public ResolvedConcept? FindConcept(ConceptKey key) =>
            Taxonomies.TryGetValue(key.Prefix, out var taxonomy) && taxonomy.Concepts.TryGetValue(key.LocalName, out var concept) ? concept.Concept : null;

        public TaxonomyBuilder.AxisBuilder? FindAxis(ConceptKey key)
        {
            if (!Taxonomies.TryGetValue(key.Prefix, out var taxonomy))
            {
                return null;
            }

            return taxonomy.Axes.TryGetValue(key.LocalName, out var axis) ? axis : null;
        }

        /// <summary>
        /// Looks up a name written in <paramref name="from"/>, without reporting: its key (the prefix must be the
        /// taxonomy's own or one it imports, directly or through another import: an XBRL DTS is transitive), and when
        /// asked, the concept and the axis it names.
        /// </summary>
        public NameLookup LookUp(string name, TaxonomyBuilder from, bool concept, bool axis)
        {
            var key = ConceptKey.Parse(name, from.Prefix);
            if (key.Prefix.Length == 0 || key.LocalName.Length == 0 || key.LocalName.IndexOf(':') >= 0)
            {
                return new NameLookup(name, KeyOutcome.InvalidName, null, null, false, null, null, null, null);
            }

            if (!from.Reachable(this).Contains(key.Prefix))
            {
                if (Unreadable.Contains(key.Prefix))
                {
                    return new NameLookup(name, KeyOutcome.Silent, null, null, true, null, null, null, null); // its taxonomy has a file that does not parse, reported there
                }

                var message = Taxonomies.ContainsKey(key.Prefix)
                    ? $"'{name}' uses the prefix '{key.Prefix}', which the taxonomy '{from.Name}' does not import; add it to 'imports'"
                    : $"'{name}' uses the prefix '{key.Prefix}', but no loaded taxonomy has it" + NameRules.DidYouMean(key.Prefix, Taxonomies.Keys);
                return new NameLookup(name, KeyOutcome.UnknownPrefix, message, null, false, null, null, null, null);
            }

            var unreadable = Unreadable.Contains(key.Prefix);
            ResolvedConcept? found = null;
            string? conceptSuggestion = null;
            if (concept)
            {
                found = FindConcept(key);

                // One declared with an error is reported where it is declared: one mistake, one diagnostic.
                if (found is null && !(unreadable || (Taxonomies.TryGetValue(key.Prefix, out var declaring) && declaring.IsLeftOut(key.LocalName))))
                {
                    var candidates = Taxonomies.TryGetValue(key.Prefix, out var owner) ? owner.Concepts.Keys : Enumerable.Empty<string>();
                    conceptSuggestion = NameRules.DidYouMean(key.LocalName, candidates);
                }
            }

            AxisInfo? foundAxis = null;
            string? axisSuggestion = null;
            if (axis)
            {
                if (FindAxis(key) is { } builder)
                {
                    foundAxis = builder.Info;
                }
                else if (!unreadable)
                {
                    axisSuggestion = NameRules.DidYouMean(key.LocalName, Taxonomies.Values.SelectMany(t => t.Axes.Keys));
                }
            }

            return new NameLookup(name, KeyOutcome.Resolved, null, key, unreadable, found, conceptSuggestion, foundAxis, axisSuggestion);
        }

        /// <summary>Resolves a name written in <paramref name="from"/> to a key, reporting a name it cannot be.</summary>
        public ConceptKey? ResolveKey(Located<string> name, TaxonomyBuilder from) =>
            LookUp(name.Value, from, concept: false, axis: false).KeyAt(name, Diagnostics);

        /// <summary>Resolves a concept reference, reporting an unknown one with a suggestion.</summary>
        public ResolvedConcept? ResolveConcept(Located<string> name, TaxonomyBuilder from) =>
            LookUp(name.Value, from, concept: true, axis: false).ConceptAt(name, Diagnostics);
    }
}

/// <summary>
/// A set of files linked into taxonomies: every element declared, what needs every file checked. What each file's
/// statements and calculations read of it is <see cref="InputOf"/>; <see cref="Assemble"/> makes the resolved set
/// from the files resolved on those inputs. Not changed by either, so it can be read by each file's step.
/// </summary>
public sealed class LinkedSet
{
    private readonly TaxonomyResolver.ResolutionContext context;

    internal LinkedSet(TaxonomyResolver.ResolutionContext context, EquatableArray<SchemaDiagnostic> diagnostics)
    {
        this.context = context;
        Diagnostics = diagnostics;
        foreach (var taxonomy in context.Taxonomies.Values)
        {
            taxonomy.Reachable(context); // made now, so that reading the set changes nothing
        }
    }

    /// <summary>What linking found wrong across files.</summary>
    public EquatableArray<SchemaDiagnostic> Diagnostics { get; }

    /// <summary>The input of one file's resolution: the file and what its statements and calculations read of the set.</summary>
    public FileInput InputOf(DeclaredFile file)
    {
        if (file is null)
        {
            throw new ArgumentNullException(nameof(file));
        }

        return file.Document is { } document && context.Taxonomies.TryGetValue(document.Header.Prefix.Value, out var taxonomy)
            ? new FileInput(file, taxonomy.EnvironmentOf(document, context))
            : new FileInput(file, null);
    }

    /// <summary>The resolved set and every diagnostic across files, from the set's files resolved on their inputs (in any order).</summary>
    public TaxonomySetResult Assemble(IEnumerable<ResolvedFile> files)
    {
        var byPath = new Dictionary<string, ResolvedFile>(StringComparer.Ordinal);
        var diagnostics = new List<SchemaDiagnostic>(Diagnostics);
        foreach (var file in files)
        {
            byPath[file.Path] = file;
            diagnostics.AddRange(file.Diagnostics);
        }

        var taxonomies = context.Taxonomies.Values.Select(b => b.Build(context, byPath, diagnostics)).ToEquatableArray();
        return new TaxonomySetResult(new TaxonomySet(taxonomies), TaxonomyResolver.Sorted(diagnostics));
    }
}
