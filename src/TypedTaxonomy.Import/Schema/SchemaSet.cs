using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Import.Packages;

namespace TypedTaxonomy.Import.Schema;

/// <summary>
/// The schemas an import reads: those of the taxonomy's DTS (<see cref="DtsLoader"/>, the one discovery of the
/// documents a taxonomy names: imports, linkbaseRefs, locators, with <c>xml:base</c>; a remote URL read from the
/// taxonomy package whose catalog maps it to a file, never fetched), read as the import's model.
/// <para>
/// The <see cref="Main"/> schemas are those of the taxonomy being imported: the starting schema and, when it lies in
/// a package, every schema of that package the import reaches. All their concepts are written, with their
/// linkbases. The other schemas (base taxonomies from <see cref="ImportOptions.Packages"/>, or local schemas the
/// taxonomy names) give the declarations of the concepts the import uses, which are then not inferred.
/// </para>
/// </summary>
internal sealed class SchemaSet
{
    private static readonly StringComparer PathComparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
    private readonly Dictionary<string, TaxonomySchema> byPath = new(PathComparer);
    private readonly Dictionary<XName, XName> typeBases = new();
    private readonly Dictionary<string, List<TaxonomySchema>> byNamespace = new(StringComparer.Ordinal);

    private SchemaSet(TaxonomySchema entry, DtsSet dts)
    {
        Entry = entry;
        Dts = dts;
    }

    public TaxonomySchema Entry { get; }

    /// <summary>The taxonomy's DTS, whose documents these schemas (and the linkbases the import reads) are.</summary>
    public DtsSet Dts { get; }

    /// <summary>Every schema read, the starting ones first, then in the order found.</summary>
    public List<TaxonomySchema> All { get; } = new();

    /// <summary>The schemas whose concepts are all imported.</summary>
    public List<TaxonomySchema> Main { get; } = new();

    /// <summary>Every <c>xs:import</c> of every schema read, the starting schema's first.</summary>
    public IEnumerable<SchemaImport> Imports => All.SelectMany(s => s.Imports);

    /// <summary>Role types of every schema read; the first declaration of a role wins.</summary>
    public Dictionary<string, RoleTypeDeclaration> RoleTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>The schemas of <paramref name="dts"/>, <paramref name="entry"/> (read from <paramref name="entryPaths"/>[0]) first.</summary>
    public static SchemaSet From(DtsSet dts, TaxonomySchema entry, IReadOnlyList<string> entryPaths, PackageFiles packages, ImportLog log)
    {
        var set = new SchemaSet(entry, dts);
        var entryPackage = packages.PackageOf(Path.GetFullPath(entry.Path));
        set.Add(entry, isMain: true);
        foreach (var path in entryPaths.Skip(1).Select(Path.GetFullPath))
        {
            if (!set.byPath.ContainsKey(path))
            {
                set.Add(dts.ByPath.TryGetValue(path, out var document) ? SchemaReader.Read(path, document.Xml) : SchemaReader.Read(path, packages), isMain: true);
            }
        }

        foreach (var document in dts.Schemas)
        {
            // A schema without a target namespace is one that another includes, which the import does not follow (its notes say so).
            if (set.byPath.ContainsKey(document.Path) || document.TargetNamespace is not { Length: > 0 })
            {
                continue;
            }

            var isMain = entryPackage is not null && packages.PackageOf(document.Path) == entryPackage;
            set.Add(SchemaReader.Read(document.Path, document.Xml), isMain);
        }

        foreach (var schema in set.All)
        {
            foreach (var import in schema.Imports)
            {
                if (import.Location is { } location && set.Locate(schema.Path, import.Source, location) is { } path && dts.Missing.Contains(path))
                {
                    log.Note($"{schema.Path}: the imported schema {location} does not exist; its concepts are inferred.");
                }
            }
        }

        return set;
    }

    /// <summary>
    /// The full path of the file <paramref name="location"/> (an <c>xlink:href</c> or <c>schemaLocation</c> of
    /// <paramref name="reference"/> in <paramref name="referencingFile"/>) leads to, as the DTS's discovery found it:
    /// with <c>xml:base</c>, a remote URL through the packages' catalogs. Null when it is not at hand.
    /// </summary>
    public string? Locate(string referencingFile, XObject? reference, string location)
    {
        var document = location.Split('#')[0];
        if (document.Length == 0)
        {
            return Path.GetFullPath(referencingFile);
        }

        Uri? uri;
        if (reference is XElement element && Dts.ByPath.TryGetValue(Path.GetFullPath(referencingFile), out var referencing))
        {
            uri = DtsLoader.Resolve(referencing, element, location);
        }
        else if (!Uri.TryCreate(new Uri(Path.GetFullPath(referencingFile)), document, out uri))
        {
            return null;
        }

        return uri is null ? null : Dts.PathOf(uri);
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

    private void Add(TaxonomySchema schema, bool isMain)
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
    }
}
