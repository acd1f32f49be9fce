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
public static class TaxonomyResolver
{
    /// <summary>
    /// Resolves the documents (in any order; the result does not depend on it). Names of the taxonomies in
    /// <paramref name="unreadablePrefixes"/>, which have a file that does not parse (reported there), are not reported
    /// as unknown.
    /// </summary>
    public static TaxonomySetResult Resolve(IEnumerable<TaxonomyDocument> documents, IEnumerable<string>? unreadablePrefixes = null)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        var ordered = documents.OrderBy(d => d.FilePath, StringComparer.Ordinal).ToList();
        var builders = new SortedDictionary<string, TaxonomyBuilder>(StringComparer.Ordinal);
        foreach (var document in ordered)
        {
            var prefix = document.Header.Prefix.Value;
            if (!builders.TryGetValue(prefix, out var builder))
            {
                builders.Add(prefix, builder = new TaxonomyBuilder(document.Header, diagnostics));
            }
            else
            {
                builder.MergeHeader(document.Header);
            }

            builder.Documents.Add(document);
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

        var taxonomies = builders.Values.Select(b => b.Build(context)).ToEquatableArray();
        var sorted = diagnostics
            .Distinct()
            .OrderBy(d => d.Span.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Span.StartOffset)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToEquatableArray();
        return new TaxonomySetResult(new TaxonomySet(taxonomies), sorted);
    }

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

        public void Report(SchemaDiagnosticDescriptor descriptor, SourceSpan span, params object?[] arguments) =>
            Diagnostics.Add(SchemaDiagnostic.Create(descriptor, span, arguments));

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
        /// Resolves a name written in <paramref name="from"/>. The prefix must be the taxonomy's own or one it
        /// imports, directly or through another import (an XBRL DTS is transitive).
        /// </summary>
        public ConceptKey? ResolveKey(Located<string> name, TaxonomyBuilder from)
        {
            var key = ConceptKey.Parse(name.Value, from.Prefix);
            if (key.Prefix.Length == 0 || key.LocalName.Length == 0 || key.LocalName.IndexOf(':') >= 0)
            {
                Report(SchemaDiagnosticDescriptors.InvalidName, name.Span, name.Value, "concept", "write it as Name or prefix:Name");
                return null;
            }

            if (!from.Reachable(this).Contains(key.Prefix))
            {
                if (Unreadable.Contains(key.Prefix))
                {
                    return null; // its taxonomy has a file that does not parse, reported there
                }

                var known = Taxonomies.ContainsKey(key.Prefix);
                Report(
                    SchemaDiagnosticDescriptors.UnknownPrefix,
                    name.Span,
                    known
                        ? $"'{name.Value}' uses the prefix '{key.Prefix}', which the taxonomy '{from.Name}' does not import; add it to 'imports'"
                        : $"'{name.Value}' uses the prefix '{key.Prefix}', but no loaded taxonomy has it" + NameRules.DidYouMean(key.Prefix, Taxonomies.Keys));
                return null;
            }

            return key;
        }

        /// <summary>Resolves a concept reference, reporting an unknown one with a suggestion.</summary>
        public ResolvedConcept? ResolveConcept(Located<string> name, TaxonomyBuilder from)
        {
            if (ResolveKey(name, from) is not { } key)
            {
                return null;
            }

            var concept = FindConcept(key);
            if (concept is null && (Unreadable.Contains(key.Prefix) || (Taxonomies.TryGetValue(key.Prefix, out var declaring) && declaring.IsLeftOut(key.LocalName))))
            {
                return null; // declared with an error, reported where it is declared: one mistake, one diagnostic
            }

            if (concept is null)
            {
                var candidates = Taxonomies.TryGetValue(key.Prefix, out var owner) ? owner.Concepts.Keys : Enumerable.Empty<string>();
                Report(SchemaDiagnosticDescriptors.UnknownConcept, name.Span, name.Value, NameRules.DidYouMean(key.LocalName, candidates));
            }

            return concept;
        }
    }
}
