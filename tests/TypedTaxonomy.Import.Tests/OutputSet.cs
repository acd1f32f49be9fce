using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Import.Tests;

/// <summary>Schema files read back from disk and resolved together, as the generator would see them.</summary>
internal sealed class OutputSet
{
    private OutputSet(TaxonomySet set, List<SchemaDiagnostic> diagnostics)
    {
        Set = set;
        Diagnostics = diagnostics;
    }

    public TaxonomySet Set { get; }

    public List<SchemaDiagnostic> Diagnostics { get; }

    public IEnumerable<SchemaDiagnostic> Errors => Diagnostics.Where(d => d.Severity == SchemaSeverity.Error);

    public IEnumerable<ResolvedTaxonomy> Taxonomies => Set.Taxonomies;

    public static OutputSet Load(string directory)
    {
        var diagnostics = new List<SchemaDiagnostic>();
        var documents = new List<TaxonomyDocument>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.taxonomy.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            var parsed = TaxonomyFileParser.Parse(file, File.ReadAllText(file));
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Document is not null)
            {
                documents.Add(parsed.Document);
            }
        }

        var resolved = TaxonomyResolver.Resolve(documents);
        diagnostics.AddRange(resolved.Diagnostics);
        return new OutputSet(resolved.Set, diagnostics);
    }

    public ResolvedTaxonomy Taxonomy(string prefix) => Set.Taxonomies.Single(t => t.Prefix == prefix);

    /// <summary>Every concept by its output QName (axes, domains and members included).</summary>
    public HashSet<string> ConceptNames() =>
        new(Set.Taxonomies.SelectMany(t => t.Concepts).Select(c => c.Key.Prefix + ":" + c.Key.LocalName), StringComparer.Ordinal);

    /// <summary>The output prefix of each namespace.</summary>
    public Dictionary<string, string> PrefixByNamespace() =>
        Set.Taxonomies.ToDictionary(t => t.NamespaceUri, t => t.Prefix, StringComparer.Ordinal);

    public string Describe() => string.Join(Environment.NewLine, Diagnostics.Select(d => d.ToString()));
}
