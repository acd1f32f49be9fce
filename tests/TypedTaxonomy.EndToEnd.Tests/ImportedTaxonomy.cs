using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// A taxonomy imported from XBRL (one or more schemas with their linkbases) through <see cref="TaxonomyImporter"/>,
/// generated and compiled. Compiling is what costs, so each distinct taxonomy is built once per test run.
/// </summary>
public sealed class ImportedTaxonomy
{
    private static readonly ConcurrentDictionary<string, Lazy<ImportedTaxonomy>> Cache = new(StringComparer.Ordinal);

    private ImportedTaxonomy(IReadOnlyList<ImportResult> imports, IReadOnlyDictionary<string, string> files, string name, GeneratedTaxonomy generated)
    {
        Imports = imports;
        Files = files;
        Name = name;
        Generated = generated;
    }

    /// <summary>What the importer produced for each schema.</summary>
    public IReadOnlyList<ImportResult> Imports { get; }

    /// <summary>The schema files compiled: path to YAML.</summary>
    public IReadOnlyDictionary<string, string> Files { get; }

    /// <summary>The name of the taxonomy whose set covers every schema: the one to validate and bind with.</summary>
    public string Name { get; }

    /// <summary>The compiled code.</summary>
    public GeneratedTaxonomy Generated { get; }

    /// <summary>
    /// Imports <paramref name="schemas"/> (each with the linkbases it refers to, and <paramref name="linkbases"/>
    /// besides), or returns the earlier import of the same input. Several schemas are imported one by one; each
    /// namespace's file comes from the import whose extension it is, and a small taxonomy importing them all
    /// stands for the instance's whole DTS.
    /// </summary>
    public static ImportedTaxonomy Get(IReadOnlyList<string> schemas, IReadOnlyList<string> linkbases, string? instance = null) =>
        Get(schemas, linkbases, instance, allowInvalid: false);

    /// <summary>As <see cref="Get(IReadOnlyList{string}, IReadOnlyList{string}, string?)"/>; an SEC filing's copy here may be broken as a taxonomy (Netflix's renamed linkbases), and is then imported anyway.</summary>
    public static ImportedTaxonomy ForFiling(string schema, string instance) =>
        Get([schema], [], instance, allowInvalid: schema.Contains("nflx-10k-2024", StringComparison.Ordinal));

    private static ImportedTaxonomy Get(IReadOnlyList<string> schemas, IReadOnlyList<string> linkbases, string? instance, bool allowInvalid)
    {
        var key = string.Join("|", schemas) + "#" + string.Join("|", linkbases) + "#" + instance;
        return Cache.GetOrAdd(key, _ => new Lazy<ImportedTaxonomy>(() => Build(schemas, linkbases, instance, allowInvalid))).Value;
    }

    private static ImportedTaxonomy Build(IReadOnlyList<string> schemas, IReadOnlyList<string> linkbases, string? instance, bool allowInvalid)
    {
        var imports = new List<ImportResult>();
        for (var i = 0; i < schemas.Count; i++)
        {
            imports.Add(TaxonomyImporter.Import(new ImportOptions
            {
                SchemaPath = schemas[i],
                InstancePath = instance,
                AdditionalLinkbases = linkbases,
                OutputPath = "imported/" + Path.GetFileNameWithoutExtension(schemas[i]),
                TaxonomyName = schemas.Count == 1 ? null : "Entry" + i,
                AllowInvalid = allowInvalid,
            }));
        }

        var extensions = imports.Select(r => r.Summary.Files[0].Prefix).ToHashSet(StringComparer.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var import in imports)
        {
            foreach (var file in import.Summary.Files)
            {
                var isExtension = file == import.Summary.Files[0];
                if ((isExtension || !extensions.Contains(file.Prefix)) && written.Add(file.Prefix))
                {
                    files.Add(file.Path, import.Files[file.Path]);
                }
            }
        }

        string name;
        if (imports.Count == 1)
        {
            name = TaxonomyName(imports[0].Files[imports[0].Summary.Files[0].Path]);
        }
        else
        {
            name = "Dts";
            files.Add("imported/dts.taxonomy.yaml", $"taxonomy:\n  name: Dts\n  prefix: dts\n  namespace: urn:typed-taxonomy:tests:dts\n  imports: [{string.Join(", ", extensions.Order(StringComparer.Ordinal))}]\n");
        }

        return new ImportedTaxonomy(imports, files, name, GeneratedTaxonomy.Build(files));
    }

    private static string TaxonomyName(string yaml)
    {
        var line = yaml.Split('\n').Select(l => l.Trim()).First(l => l.StartsWith("name:", StringComparison.Ordinal));
        return line["name:".Length..].Trim();
    }
}
