using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Import.Xml;

namespace TypedTaxonomy.Import.Schema;

/// <summary>
/// The schemas an import reads: the one it starts from and those found from it through <c>xs:import</c>s that
/// lead to files at hand. A remote URL is followed when a taxonomy package's catalog maps it to a file inside the
/// package; a relative location is followed from a schema inside a package (a package is read whole). Without
/// packages the set is the starting schema alone, and a base taxonomy's concepts are inferred as before.
/// <para>
/// The <see cref="Main"/> schemas are those of the taxonomy being imported: the starting schema and, when it lies in
/// a package, every schema of that package the import reaches. All their concepts are written, with their
/// linkbases. The other schemas (base taxonomies from <see cref="ImportOptions.Packages"/>) give the declarations
/// of the concepts the import uses, which are then not inferred.
/// </para>
/// </summary>
internal sealed class SchemaSet
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    private readonly Dictionary<string, TaxonomySchema> byPath = new(PathComparer);
    private readonly Dictionary<XName, XName> typeBases = new();
    private readonly Dictionary<string, List<TaxonomySchema>> byNamespace = new(StringComparer.Ordinal);
    private readonly PackageFiles packages;

    private SchemaSet(TaxonomySchema entry, PackageFiles packages)
    {
        Entry = entry;
        this.packages = packages;
    }

    public TaxonomySchema Entry { get; }

    /// <summary>Every schema read, the starting ones first, then in the order found.</summary>
    public List<TaxonomySchema> All { get; } = new();

    /// <summary>The schemas whose concepts are all imported.</summary>
    public List<TaxonomySchema> Main { get; } = new();

    /// <summary>Every <c>xs:import</c> of every schema read, the starting schema's first.</summary>
    public IEnumerable<SchemaImport> Imports => All.SelectMany(s => s.Imports);

    /// <summary>Role types of every schema read; the first declaration of a role wins.</summary>
    public Dictionary<string, RoleTypeDeclaration> RoleTypes { get; } = new(StringComparer.Ordinal);

    public static SchemaSet Discover(TaxonomySchema entry, IEnumerable<string> moreEntries, PackageFiles packages, AllowedRoots roots, ImportLog log)
    {
        var set = new SchemaSet(entry, packages);
        var entryPackage = packages.PackageOf(Path.GetFullPath(entry.Path));
        var queue = new Queue<TaxonomySchema>();
        set.Add(entry, isMain: true, queue);
        foreach (var path in moreEntries)
        {
            if (!set.byPath.ContainsKey(Path.GetFullPath(path)))
            {
                set.Add(SchemaReader.Read(path, packages), isMain: true, queue);
            }
        }

        while (queue.Count > 0)
        {
            var schema = queue.Dequeue();
            var inPackage = packages.PackageOf(Path.GetFullPath(schema.Path));
            foreach (var import in schema.Imports)
            {
                if (import.Location is not { } location || set.Locate(schema.Path, import.Source, location, inPackage is not null, roots) is not { } path || set.byPath.ContainsKey(path))
                {
                    continue;
                }

                if (!packages.Exists(path))
                {
                    log.Note($"{schema.Path}: the imported schema {location} does not exist in its package; its concepts are inferred.");
                    continue;
                }

                var isMain = entryPackage is not null && packages.PackageOf(path) == entryPackage;
                set.Add(SchemaReader.Read(path, packages), isMain, queue);
            }
        }

        return set;
    }

    /// <summary>
    /// The full path of the file <paramref name="location"/> names, from <paramref name="referencingFile"/>: a remote
    /// URL through the packages' catalogs, a relative one (when <paramref name="followRelative"/>) confined to the
    /// allowed roots. Null when it is not at hand.
    /// </summary>
    public string? Locate(string referencingFile, XObject? reference, string location, bool followRelative, AllowedRoots roots)
    {
        var document = location.Split('#')[0];
        if (document.Length == 0)
        {
            return null;
        }

        if (Uri.TryCreate(document, UriKind.Absolute, out var uri) && !uri.IsFile)
        {
            try
            {
                return packages.Resolve(document);
            }
            catch (ImportException e) when (reference is not null)
            {
                // The package's catalog leads the URL out of the package: the error is at the reference that named it.
                throw XmlInput.Error(referencingFile, reference, e.Reason);
            }
        }

        if (!followRelative)
        {
            return null;
        }

        return reference is null
            ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(referencingFile))!, Uri.UnescapeDataString(document)))
            : roots.Confine(referencingFile, reference, location, "schemaLocation");
    }

    /// <summary>The schema read from <paramref name="fullPath"/>, if any.</summary>
    public TaxonomySchema? At(string fullPath) => byPath.TryGetValue(fullPath, out var schema) ? schema : null;

    /// <summary>The schemas read for <paramref name="namespaceUri"/>.</summary>
    public IReadOnlyList<TaxonomySchema> OfNamespace(string namespaceUri) => byNamespace.TryGetValue(namespaceUri, out var list) ? list : Array.Empty<TaxonomySchema>();

    /// <summary>The declaration of <paramref name="localName"/> in <paramref name="namespaceUri"/> by a schema read, if any.</summary>
    public (ElementDeclaration Element, TaxonomySchema Schema)? Declaration(string namespaceUri, string localName)
    {
        foreach (var schema in OfNamespace(namespaceUri))
        {
            if (schema.ElementsByName.TryGetValue(localName, out var element))
            {
                return (element, schema);
            }
        }

        return null;
    }

    /// <summary>The XBRL type an element ends at, following the named types of every schema read (a company type restricting <c>xbrli:monetaryItemType</c> is monetary).</summary>
    public XName? ResolveType(ElementDeclaration element)
    {
        var type = element.Type;
        var seen = new HashSet<XName>();
        while (type is not null && typeBases.TryGetValue(type, out var baseType) && seen.Add(type))
        {
            type = baseType;
        }

        return type;
    }

    private void Add(TaxonomySchema schema, bool isMain, Queue<TaxonomySchema> queue)
    {
        byPath[Path.GetFullPath(schema.Path)] = schema;
        All.Add(schema);
        if (isMain)
        {
            Main.Add(schema);
        }

        if (!byNamespace.TryGetValue(schema.TargetNamespace, out var list))
        {
            byNamespace.Add(schema.TargetNamespace, list = new List<TaxonomySchema>());
        }

        list.Add(schema);
        foreach (var (name, baseType) in schema.TypeBases)
        {
            typeBases.TryAdd(XName.Get(name, schema.TargetNamespace), baseType);
        }

        foreach (var (uri, roleType) in schema.RoleTypes)
        {
            RoleTypes.TryAdd(uri, roleType with { Index = RoleTypes.Count });
        }

        queue.Enqueue(schema);
    }
}
