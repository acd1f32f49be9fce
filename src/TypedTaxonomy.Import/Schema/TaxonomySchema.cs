using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace TypedTaxonomy.Import.Schema;

/// <summary>What the import reads from a taxonomy schema (<c>.xsd</c>).</summary>
internal sealed class TaxonomySchema
{
    public TaxonomySchema(string path, string targetNamespace, string? prefix)
    {
        Path = path;
        TargetNamespace = targetNamespace;
        Prefix = prefix;
    }

    public string Path { get; }

    public string TargetNamespace { get; }

    /// <summary>The prefix the schema declares for its target namespace, if any.</summary>
    public string? Prefix { get; }

    public string? Version { get; set; }

    /// <summary>Prefix to namespace, as declared on the schema element.</summary>
    public Dictionary<string, string> Namespaces { get; } = new(StringComparer.Ordinal);

    public List<SchemaImport> Imports { get; } = new();

    /// <summary>Global element declarations, in document order.</summary>
    public List<ElementDeclaration> Elements { get; } = new();

    public Dictionary<string, ElementDeclaration> ElementsById { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ElementDeclaration> ElementsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Named simple and complex types of the schema and the type each restricts or extends.</summary>
    public Dictionary<string, XName> TypeBases { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RoleTypeDeclaration> RoleTypes { get; } = new(StringComparer.Ordinal);

    public List<LinkbaseReference> LinkbaseReferences { get; } = new();

    /// <summary><c>link:linkbase</c> elements written inside the schema's appinfo.</summary>
    public List<XElement> EmbeddedLinkbases { get; } = new();

    /// <summary>Declarations the format cannot hold (<c>xs:include</c>, ...), said in the import notes.</summary>
    public List<string> Notes { get; } = new();

    /// <summary>
    /// The XBRL type an element ends at, following the schema's own named types (a company type restricting
    /// <c>xbrli:monetaryItemType</c> is monetary).
    /// </summary>
    public XName? ResolveType(ElementDeclaration element)
    {
        var type = element.Type;
        var seen = new HashSet<XName>();
        while (type is not null && type.NamespaceName == TargetNamespace && TypeBases.TryGetValue(type.LocalName, out var baseType) && seen.Add(type))
        {
            type = baseType;
        }

        return type;
    }
}
