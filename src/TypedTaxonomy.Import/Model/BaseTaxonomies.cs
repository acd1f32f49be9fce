using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Schema;
using TypedTaxonomy.Schema.Diagnostics;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Import.Model;

/// <summary>
/// Base taxonomies imported before (<see cref="ImportOptions.BaseTaxonomies"/>: schema files such as those an import
/// of the SRT package wrote). An extension imported against them names their concepts and writes no file for their
/// namespaces: nothing about those concepts is inferred. A concept the extension uses that the base taxonomy does not
/// have is left out, with the reason, rather than declared a second time.
/// </summary>
internal sealed class BaseTaxonomies
{
    private readonly Dictionary<string, (ResolvedTaxonomy Taxonomy, HashSet<string> Names)> byNamespace = new(StringComparer.Ordinal);

    private BaseTaxonomies(List<(string Path, string Text)> files) => Files = files;

    /// <summary>The schema files read (path and text), checked with the import's output.</summary>
    public List<(string Path, string Text)> Files { get; }

    public IEnumerable<ResolvedTaxonomy> Taxonomies => byNamespace.Values.Select(v => v.Taxonomy);

    /// <summary>Reads the schema files of <paramref name="paths"/> (files, or folders of <c>*.taxonomy.yaml</c>); a set with errors is refused.</summary>
    public static BaseTaxonomies Load(IEnumerable<string> paths)
    {
        var files = new List<(string Path, string Text)>();
        foreach (var path in paths)
        {
            var found = Directory.Exists(path)
                ? Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Where(TaxonomyFileParser.IsTaxonomyFile).Order(StringComparer.Ordinal).ToList()
                : File.Exists(path) ? new List<string> { path } : throw new ImportException(path, 0, 0, "the base taxonomy does not exist (give schema files or a folder of them)");
            if (found.Count == 0)
            {
                throw new ImportException(path, 0, 0, "the folder holds no schema files (*.taxonomy.yaml) to import against");
            }

            files.AddRange(found.Select(f => (Path.GetFullPath(f), File.ReadAllText(f))));
        }

        var bases = new BaseTaxonomies(files);
        if (files.Count == 0)
        {
            return bases;
        }

        var result = SchemaFileSet.Check(files);
        if (result.Diagnostics.FirstOrDefault(d => d.Severity == SchemaSeverity.Error) is { } error)
        {
            throw new ImportException(error.Span.FilePath, error.Span.StartLine, error.Span.StartColumn, $"the base taxonomy has errors; fix them first: {error.Id}: {error.Message}");
        }

        foreach (var taxonomy in result.Set.Taxonomies)
        {
            var names = new HashSet<string>(taxonomy.Concepts.Select(c => c.Key.LocalName), StringComparer.Ordinal);
            names.UnionWith(taxonomy.Axes.Select(a => a.Key.LocalName));
            bases.byNamespace[taxonomy.NamespaceUri] = (taxonomy, names);
        }

        return bases;
    }

    /// <summary>The base taxonomy of <paramref name="namespaceUri"/>, if one was given.</summary>
    public ResolvedTaxonomy? Of(string namespaceUri) => byNamespace.TryGetValue(namespaceUri, out var entry) ? entry.Taxonomy : null;

    /// <summary>
    /// Leaves out the concepts of base taxonomies that the base does not have; the others stay, named, and are
    /// written in no file of this import.
    /// </summary>
    public void Apply(ImportModel model)
    {
        foreach (var concept in model.Concepts.Values)
        {
            if (model.Prefixes.NamespaceOf(concept.Name.Prefix) is { } ns && byNamespace.TryGetValue(ns, out var entry) && !entry.Names.Contains(concept.Name.LocalName) && !concept.IsLeftOut)
            {
                concept.IsLeftOut = true;
                model.Log.Leave(concept.Name.ToString(), $"not in the base taxonomy {entry.Taxonomy.Name} imported before, which this import names instead of declaring its concepts again");
            }
        }
    }
}
