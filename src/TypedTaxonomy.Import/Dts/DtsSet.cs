using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>A concept or other global element declaration of a DTS schema.</summary>
/// <param name="Name">Its expanded name.</param>
/// <param name="Declaration">The <c>xs:element</c>.</param>
/// <param name="Document">The schema.</param>
public sealed record DtsElement(XName Name, XElement Declaration, DtsDocument Document);

/// <summary>A role or arcrole type declaration.</summary>
/// <param name="Uri">The role's or arcrole's URI.</param>
/// <param name="Declaration">The <c>link:roleType</c> or <c>link:arcroleType</c>.</param>
/// <param name="Document">The schema.</param>
public sealed record DtsRoleType(string Uri, XElement Declaration, DtsDocument Document)
{
    /// <summary>The s-equal QNames of its <c>usedOn</c> elements.</summary>
    public IEnumerable<XName> UsedOn => Declaration.Elements(Link + "usedOn").Select(u => DtsSet.QNameOf(u, u.Value)).OfType<XName>();
}

/// <summary>
/// The documents of a discovered taxonomy (DTS) and their indexes: global elements and types by name, ids by
/// document, role and arcrole types by URI, every linkbase (standalone or embedded in a schema).
/// </summary>
public sealed class DtsSet
{
    private readonly Dictionary<DtsDocument, Dictionary<string, XElement>> ids = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<XElement, string> namespaces = new();
    private readonly Dictionary<DtsElement, XName?> heads = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<DtsDocument, ConcurrentDictionary<string, Uri?>> resolved = new(ReferenceEqualityComparer.Instance);

    /// <summary>The documents, in discovery order.</summary>
    public List<DtsDocument> Documents { get; } = new();

    /// <summary>The documents by full path.</summary>
    public Dictionary<string, DtsDocument> ByPath { get; } = new(StringComparer.Ordinal);

    /// <summary>The referenced paths that could not be read.</summary>
    public HashSet<string> Unreadable { get; } = new(StringComparer.Ordinal);

    /// <summary>Those of <see cref="Unreadable"/> that are not there at all.</summary>
    public HashSet<string> Missing { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The remote documents (URLs without fragment) that the DTS names but that are not at hand: no taxonomy package
    /// given maps them to a file. Nothing is fetched from the network, so the rules that need their content are not
    /// applied to what lies in them, and each is one warning of <see cref="Findings"/>.
    /// </summary>
    public HashSet<string> Unavailable { get; } = new(StringComparer.Ordinal);

    /// <summary>The namespaces that an <c>xs:import</c> or <c>schemaRef</c> of an unavailable schema names: their concepts are not known here.</summary>
    public HashSet<string> UnavailableNamespaces { get; } = new(StringComparer.Ordinal);

    /// <summary>The remote URLs (without fragment) that a taxonomy package's catalog mapped to one of its files, with the file's full path.</summary>
    public Dictionary<string, string> RemoteFiles { get; } = new(StringComparer.Ordinal);

    /// <summary>What discovery and validation found.</summary>
    public List<DtsFinding> Findings { get; } = new();

    /// <summary>Global element declarations by name.</summary>
    public Dictionary<XName, DtsElement> Elements { get; } = new();

    /// <summary>Global type definitions by name.</summary>
    public Dictionary<XName, XElement> Types { get; } = new();

    /// <summary>Global attribute declarations by name.</summary>
    public Dictionary<XName, XElement> Attributes { get; } = new();

    /// <summary>Role types by URI (more than one when declared again).</summary>
    public Dictionary<string, List<DtsRoleType>> RoleTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Arcrole types by URI.</summary>
    public Dictionary<string, List<DtsRoleType>> ArcroleTypes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every linkbase element with its document.</summary>
    public List<(XElement Linkbase, DtsDocument Document)> Linkbases { get; } = new();

    /// <summary>The schemas.</summary>
    public IEnumerable<DtsDocument> Schemas => Documents.Where(d => d.Kind == DtsDocumentKind.Schema);

    /// <summary>The items as the runtime's concepts, once made (<see cref="XbrlProcessor.Concepts"/>).</summary>
    internal IReadOnlyDictionary<string, Concept>? Concepts { get; set; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.IsError);

    internal void Add(DtsDocument document)
    {
        Documents.Add(document);
        ByPath.Add(document.Path, document);
    }

    internal void Index()
    {
        // A schema without a target namespace that another includes takes the includer's (a chameleon include).
        foreach (var schema in Schemas)
        {
            namespaces[schema.Xml.Root!] = schema.TargetNamespace!;
        }

        foreach (var schema in Schemas.Where(s => s.TargetNamespace!.Length > 0))
        {
            foreach (var include in schema.Xml.Root!.Elements(Xsd + "include"))
            {
                if (Resolve(schema, include, (string?)include.Attribute("schemaLocation") ?? string.Empty) is { } uri
                    && PathOf(uri) is { } path && ByPath.TryGetValue(path, out var included) && included.Kind == DtsDocumentKind.Schema && included.Xml.Root!.Attribute("targetNamespace") is null)
                {
                    namespaces[included.Xml.Root!] = schema.TargetNamespace!;
                }
            }
        }

        foreach (var document in Documents)
        {
            var root = document.Xml.Root!;
            var idsOfDocument = new Dictionary<string, XElement>(StringComparer.Ordinal);
            ids[document] = idsOfDocument;
            foreach (var element in root.DescendantsAndSelf())
            {
                if ((string?)element.Attribute("id") is { } id)
                {
                    idsOfDocument.TryAdd(id, element);
                }
            }

            if (document.Kind == DtsDocumentKind.Linkbase)
            {
                Linkbases.Add((root, document));
            }

            if (document.Kind != DtsDocumentKind.Schema)
            {
                continue;
            }

            XNamespace ns = namespaces[root];
            foreach (var declaration in root.Elements(Xsd + "element"))
            {
                if ((string?)declaration.Attribute("name") is { } name)
                {
                    Elements.TryAdd(ns + name, new DtsElement(ns + name, declaration, document));
                }
            }

            foreach (var attribute in root.Elements(Xsd + "attribute"))
            {
                if ((string?)attribute.Attribute("name") is { } name)
                {
                    Attributes.TryAdd(ns + name, attribute);
                }
            }

            foreach (var type in root.Elements().Where(e => e.Name == Xsd + "complexType" || e.Name == Xsd + "simpleType"))
            {
                if ((string?)type.Attribute("name") is { } name)
                {
                    Types.TryAdd(ns + name, type);
                }
            }

            foreach (var linkbase in root.Descendants(Link + "linkbase"))
            {
                Linkbases.Add((linkbase, document));
            }

            foreach (var roleType in root.Descendants(Link + "roleType"))
            {
                Add(RoleTypes, new DtsRoleType(((string?)roleType.Attribute("roleURI") ?? string.Empty).Trim(), roleType, document));
            }

            foreach (var arcroleType in root.Descendants(Link + "arcroleType"))
            {
                Add(ArcroleTypes, new DtsRoleType(((string?)arcroleType.Attribute("arcroleURI") ?? string.Empty).Trim(), arcroleType, document));
            }
        }

        // Every rule asks what an element is (item, tuple or neither): each chain is followed once, here, with every element known.
        foreach (var element in Elements.Values)
        {
            heads[element] = FollowSubstitutionGroups(element);
        }

        static void Add(Dictionary<string, List<DtsRoleType>> index, DtsRoleType type)
        {
            if (!index.TryGetValue(type.Uri, out var list))
            {
                index.Add(type.Uri, list = new());
            }

            list.Add(type);
        }
    }

    /// <summary>What an href of an element of <paramref name="document"/> leads to (<see cref="DtsLoader.Resolve(DtsDocument, XElement, string)"/>), each file part resolved once per document.</summary>
    internal Uri? Resolve(DtsDocument document, XElement element, string href)
    {
        return DtsLoader.Resolve(document, element, href, resolved.GetOrAdd(document, _ => new ConcurrentDictionary<string, Uri?>(StringComparer.Ordinal)));
    }

    /// <summary>
    /// The full path of the file a URI (without fragment) names: a file URI's own path, a remote URL's file in a taxonomy
    /// package whose catalog maps it there; null for a remote URL that no package maps.
    /// </summary>
    public string? PathOf(Uri uri) => uri.IsFile ? uri.LocalPath : RemoteFiles.GetValueOrDefault(uri.AbsoluteUri);

    /// <summary>
    /// The path of the document an href of <paramref name="reference"/> leads to when that document could not be read
    /// (not there, or not well-formed): its finding, at the first reference to it, is the one; null otherwise.
    /// </summary>
    public string? UnreadableTarget(DtsDocument document, XElement reference, string href) =>
        Resolve(document, reference, href) is { } uri && PathOf(uri) is { } path && Unreadable.Contains(path) ? path : null;

    /// <summary>The element an href leads to (<c>file#id</c> or <c>file#element(/1/2)</c>), or null; <paramref name="outside"/> when it leads outside the DTS's files (a standard schema, or a remote document that is not at hand).</summary>
    public XElement? Target(DtsDocument document, XElement reference, string href, out bool outside)
    {
        outside = false;
        var uri = Resolve(document, reference, href);
        if (uri is null)
        {
            return null;
        }

        if (IsStandard(uri) || Unavailable.Contains(uri.AbsoluteUri))
        {
            outside = true;
            return null;
        }

        if (PathOf(uri) is not { } path || !ByPath.TryGetValue(path, out var target))
        {
            return null;
        }

        var hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return target.Xml.Root;
        }

        var pointer = Uri.UnescapeDataString(href[(hash + 1)..].Trim()); // a fragment's non-ASCII characters are %-escaped UTF-8
        if (pointer.StartsWith("element(", StringComparison.Ordinal) && pointer.EndsWith(')'))
        {
            var steps = pointer["element(".Length..^1].Split('/');
            XElement? current = null;
            foreach (var (step, i) in steps.Select((s, i) => (s, i)))
            {
                if (i == 0 && step.Length > 0)
                {
                    current = IdIn(target, step);
                    continue;
                }

                if (step.Length == 0)
                {
                    continue;
                }

                if (!int.TryParse(step, out var n) || n < 1)
                {
                    return null;
                }

                current = current is null ? (n == 1 ? target.Xml.Root : null) : current.Elements().ElementAtOrDefault(n - 1);
                if (current is null)
                {
                    return null;
                }
            }

            return current;
        }

        return IdIn(target, pointer);
    }

    private XElement? IdIn(DtsDocument document, string id) => ids.TryGetValue(document, out var ofDocument) ? ofDocument.GetValueOrDefault(id) : null;

    /// <summary>The schema-level element (concept) an element of a schema is, when it is a global declaration.</summary>
    public DtsElement? ElementOf(XElement declaration)
    {
        if (declaration.Name != Xsd + "element" || declaration.Parent?.Name != Xsd + "schema" || (string?)declaration.Attribute("name") is not { } name)
        {
            return null;
        }

        XNamespace ns = namespaces.GetValueOrDefault(declaration.Parent) ?? (string?)declaration.Parent.Attribute("targetNamespace") ?? string.Empty;
        return Elements.GetValueOrDefault(ns + name);
    }

    /// <summary>The head of a substitution group chain: xbrli:item, xbrli:tuple, or another element (or null).</summary>
    public XName? SubstitutionHead(DtsElement element) =>
        heads.TryGetValue(element, out var head) ? head : FollowSubstitutionGroups(element);

    private XName? FollowSubstitutionGroups(DtsElement element)
    {
        // Nearly every chain is one step (an item of xbrli:item): the names seen are kept only from the second step on.
        HashSet<XName>? seen = null;
        var current = element;
        for (var first = true; ; first = false)
        {
            if ((!first && (current.Name == element.Name || !(seen ??= new HashSet<XName>()).Add(current.Name)))
                || (string?)current.Declaration.Attribute("substitutionGroup") is not { } group)
            {
                return null;
            }

            var head = QNameOf(current.Declaration, group);
            if (head is null)
            {
                return null;
            }

            if (head == Item || head == TupleElement)
            {
                return head;
            }

            if (head.Namespace == Xbrldt)
            {
                return Item; // hypercubeItem and dimensionItem are items
            }

            if (!Elements.TryGetValue(head, out var next))
            {
                return head;
            }

            current = next;
        }
    }

    /// <summary>True for an element in the substitution group of xbrli:item.</summary>
    public bool IsItem(DtsElement element) => SubstitutionHead(element) == Item;

    /// <summary>True for an element in the substitution group of xbrli:tuple.</summary>
    public bool IsTuple(DtsElement element) => SubstitutionHead(element) == TupleElement;

    /// <summary>
    /// The XBRL item type an element's type derives from (<c>monetaryItemType</c>, ...; the first type met in the
    /// xbrli namespace), following named and anonymous types through restrictions and extensions.
    /// </summary>
    public XName? ItemType(DtsElement element)
    {
        var type = TypeNameOf(element.Declaration);
        var anonymous = type is null ? element.Declaration.Element(Xsd + "complexType") ?? element.Declaration.Element(Xsd + "simpleType") : null;
        for (var depth = 0; depth < 32; depth++)
        {
            if (type is not null)
            {
                if (type.Namespace == Xbrli || !Types.TryGetValue(type, out anonymous))
                {
                    return type;
                }
            }

            if (anonymous is null)
            {
                return null;
            }

            var derivation = anonymous.Descendants().FirstOrDefault(e => (e.Name == Xsd + "restriction" || e.Name == Xsd + "extension") && e.Attribute("base") is not null);
            type = derivation is null ? null : QNameOf(derivation, (string)derivation.Attribute("base")!);
            anonymous = null;
            if (type is null)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// An attribute's value in the canonical form of its declared XML Schema type, so that values compare by value
    /// (<c>001.23</c> and <c>1.23</c> as decimals, <c>1</c> and <c>true</c> as booleans); the trimmed text when the
    /// attribute is not declared in the DTS or its type is not one of the numeric or boolean built-ins.
    /// </summary>
    public string CanonicalValue(XAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        return Attributes.TryGetValue(attribute.Name, out var declaration) ? CanonicalValueOf(declaration, attribute.Value) : attribute.Value.Trim();
    }

    /// <summary>
    /// An attribute of an element in the value space of its declaration: a global attribute's, or for an unqualified
    /// one, the attribute its element's declared type (a global element of the DTS) declares.
    /// </summary>
    public string CanonicalValueIn(XElement element, XAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(attribute);
        if (attribute.Name.Namespace != XNamespace.None || !Elements.TryGetValue(element.Name, out var owner))
        {
            return CanonicalValue(attribute);
        }

        var type = TypeDefinitionOf(owner);
        var declaration = type?.Descendants(Xsd + "attribute").FirstOrDefault(a => (string?)a.Attribute("name") == attribute.Name.LocalName);
        return declaration is null ? attribute.Value.Trim() : CanonicalValueOf(declaration, attribute.Value);
    }

    private string CanonicalValueOf(XElement declaration, string value)
    {
        var text = value.Trim();
        var type = TypeNameOf(declaration);
        for (var depth = 0; depth < 16 && type is not null && type.Namespace != Xsd; depth++)
        {
            var restriction = Types.GetValueOrDefault(type)?.Element(Xsd + "restriction");
            type = (string?)restriction?.Attribute("base") is { } b ? QNameOf(restriction!, b) : null;
        }

        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        switch (type?.LocalName)
        {
            case "decimal" or "integer" or "int" or "long" or "short" or "byte" or "nonNegativeInteger" or "positiveInteger" or "nonPositiveInteger" or "negativeInteger"
                or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte":
                return decimal.TryParse(text, System.Globalization.NumberStyles.Number, invariant, out var number) ? (number / 1.0000000000000000000000000000m).ToString(invariant) : text;
            case "double" or "float":
                return double.TryParse(text, System.Globalization.NumberStyles.Float, invariant, out var real) ? real.ToString("R", invariant) : text;
            case "boolean":
                return text switch { "1" or "true" => "true", "0" or "false" => "false", _ => text };
            default:
                return text;
        }
    }

    /// <summary>The named type a declaration gives in its <c>type</c> attribute, resolved; null when it has none.</summary>
    public static XName? TypeNameOf(XElement declaration) =>
        (string?)declaration.Attribute("type") is { } type ? QNameOf(declaration, type) : null;

    /// <summary>The definition of an element's type: its anonymous complex type, else its named type in the DTS.</summary>
    public XElement? TypeDefinitionOf(DtsElement element) =>
        element.Declaration.Element(Xsd + "complexType") ?? (TypeNameOf(element.Declaration) is { } name ? Types.GetValueOrDefault(name) : null);

    /// <summary>A QName in an element's content or attribute, resolved with the namespaces in scope there.</summary>
    public static XName? QNameOf(XElement scope, string text)
    {
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : trimmed[..colon];
        var local = colon < 0 ? trimmed : trimmed[(colon + 1)..];
        if (local.Length == 0)
        {
            return null;
        }

        var ns = prefix.Length == 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        if (ns is null)
        {
            return null;
        }

        try
        {
            return ns + local;
        }
        catch (System.Xml.XmlException)
        {
            return null;
        }
    }
}
