using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Import.Xml;

namespace TypedTaxonomy.Import.Schema;

/// <summary>Reads the parts of a taxonomy schema the import needs: element declarations, roles, imports, linkbase references.</summary>
internal static class SchemaReader
{
    private static readonly XNamespace Xs = XbrlNamespaces.Xsd;
    private static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;
    private static readonly XNamespace Xbrldt = XbrlNamespaces.Xbrldt;
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;

    // Extensible enumerations 1.0 and 2.0 name the domain and link role of the allowed values the same way.
    private static readonly XNamespace[] EnumerationNamespaces =
    {
        "http://xbrl.org/2020/extensible-enumerations-2.0",
        "http://xbrl.org/2014/extensible-enumerations",
        "http://xbrl.org/PWD/2016-10-12/extensible-enumerations-2.0",
    };

    public static TaxonomySchema Read(string path, PackageFiles? packages = null) => Read(path, XmlInput.Load(path, packages));

    /// <summary>Reads a schema already parsed (a document of a discovered DTS).</summary>
    public static TaxonomySchema Read(string path, XDocument document)
    {
        var root = document.Root!;
        if (root.Name != Xs + "schema")
        {
            throw XmlInput.Error(path, root, $"the root element is <{root.Name.LocalName}> in {Excerpt.Quote(root.Name.NamespaceName)}, not an XML Schema (<xs:schema>); give the taxonomy's .xsd file");
        }

        var targetNamespace = (string?)root.Attribute("targetNamespace");
        if (string.IsNullOrWhiteSpace(targetNamespace))
        {
            throw XmlInput.Error(path, root, "the schema has no targetNamespace; an XBRL taxonomy schema declares its concepts in a namespace");
        }

        var prefix = root.Attributes()
            .Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns && a.Value == targetNamespace)
            .Select(a => a.Name.LocalName)
            .OrderBy(p => p, StringComparer.Ordinal)
            .FirstOrDefault();
        var schema = new TaxonomySchema(path, targetNamespace!, prefix) { Version = (string?)root.Attribute("version") };
        foreach (var declaration in root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Name.Namespace == XNamespace.Xmlns))
        {
            schema.Namespaces[declaration.Name.LocalName] = declaration.Value;
        }

        foreach (var import in root.Elements(Xs + "import"))
        {
            if ((string?)import.Attribute("namespace") is { } ns)
            {
                schema.Imports.Add(new SchemaImport(ns, (string?)import.Attribute("schemaLocation")) { Source = import });
            }
        }

        foreach (var include in root.Elements(Xs + "include").Concat(root.Elements(Xs + "redefine")))
        {
            schema.Notes.Add($"{path}({XmlInput.Position(include).Line}): <xs:{include.Name.LocalName} schemaLocation=\"{(string?)include.Attribute("schemaLocation")}\"> is not followed; declarations of included schemas are not imported.");
        }

        ReadTypes(root, schema);
        ReadAppinfo(root, schema);
        var raw = root.Elements(Xs + "element").ToList();
        foreach (var element in raw)
        {
            var declaration = ReadElement(path, element, raw, schema);
            if (declaration is null)
            {
                continue;
            }

            schema.Elements.Add(declaration);
            schema.ElementsByName[declaration.Name] = declaration;
            if (declaration.Id is not null)
            {
                schema.ElementsById[declaration.Id] = declaration;
            }
        }

        return schema;
    }

    private static void ReadTypes(XElement root, TaxonomySchema schema)
    {
        foreach (var type in root.Elements(Xs + "complexType").Concat(root.Elements(Xs + "simpleType")))
        {
            if ((string?)type.Attribute("name") is { } name && BaseType(type) is { } baseType)
            {
                schema.TypeBases[name] = baseType;
            }
        }
    }

    /// <summary>The type a simple or complex type restricts or extends (through simpleContent or complexContent).</summary>
    private static XName? BaseType(XElement type)
    {
        var derivation = type.Descendants()
            .FirstOrDefault(e => e.Name == Xs + "restriction" || e.Name == Xs + "extension");
        return derivation is null ? null : ResolveQName(derivation, (string?)derivation.Attribute("base"));
    }

    private static void ReadAppinfo(XElement root, TaxonomySchema schema)
    {
        foreach (var appinfo in root.Elements(Xs + "annotation").Elements(Xs + "appinfo"))
        {
            foreach (var reference in appinfo.Elements(Link + "linkbaseRef"))
            {
                if ((string?)reference.Attribute(XLink + "href") is { } href)
                {
                    schema.LinkbaseReferences.Add(new LinkbaseReference(href.Trim(), (string?)reference.Attribute(XLink + "role"), reference));
                }
            }

            foreach (var roleType in appinfo.Elements(Link + "roleType"))
            {
                if ((string?)roleType.Attribute("roleURI") is { } uri && !schema.RoleTypes.ContainsKey(uri))
                {
                    var definition = roleType.Element(Link + "definition")?.Value.Trim();
                    schema.RoleTypes.Add(uri, new RoleTypeDeclaration(uri, string.IsNullOrEmpty(definition) ? null : definition, schema.RoleTypes.Count));
                }
            }

            schema.EmbeddedLinkbases.AddRange(appinfo.Elements(Link + "linkbase"));
        }
    }

    private static ElementDeclaration? ReadElement(string path, XElement element, List<XElement> all, TaxonomySchema schema)
    {
        var name = (string?)element.Attribute("name");
        if (string.IsNullOrEmpty(name))
        {
            throw XmlInput.Error(path, element, "a global <xs:element> has no name");
        }

        var type = ResolveQName(element, (string?)element.Attribute("type"));
        if (type is null && element.Element(Xs + "complexType") is { } inline)
        {
            type = BaseType(inline);
        }

        var kind = Classify(element, all, schema.TargetNamespace);
        var enumeration = EnumerationNamespaces.Select(ns => (Domain: (string?)element.Attribute(ns + "domain"), Linkrole: (string?)element.Attribute(ns + "linkrole")))
            .FirstOrDefault(e => e.Domain is not null);
        return new ElementDeclaration(
            name!,
            (string?)element.Attribute("id"),
            type,
            kind,
            (string?)element.Attribute(Xbrli + "periodType"),
            (string?)element.Attribute(Xbrli + "balance"),
            IsTrue((string?)element.Attribute("abstract")),
            IsTrue((string?)element.Attribute("nillable")),
            element.Attribute(Xbrldt + "typedDomainRef") is not null,
            enumeration.Domain,
            enumeration.Linkrole,
            element);
    }

    /// <summary>
    /// Follows the substitution group to xbrli:item, xbrli:tuple or one of the XBRL Dimensions groups; a company
    /// may substitute for its own abstract element, which substitutes for xbrli:item.
    /// </summary>
    private static ElementKind Classify(XElement element, List<XElement> all, string targetNamespace)
    {
        var current = element;
        for (var step = 0; step < 32; step++)
        {
            var group = ResolveQName(current, (string?)current.Attribute("substitutionGroup"));
            if (group is null)
            {
                return ElementKind.Other;
            }

            if (group == Xbrli + "item")
            {
                return ElementKind.Item;
            }

            if (group == Xbrli + "tuple")
            {
                return ElementKind.Tuple;
            }

            if (group == Xbrldt + "hypercubeItem")
            {
                return ElementKind.Hypercube;
            }

            if (group == Xbrldt + "dimensionItem")
            {
                return ElementKind.Dimension;
            }

            if (group.NamespaceName != targetNamespace)
            {
                return ElementKind.Other;
            }

            var next = all.FirstOrDefault(e => (string?)e.Attribute("name") == group.LocalName);
            if (next is null)
            {
                return ElementKind.Other;
            }

            current = next;
        }

        return ElementKind.Other;
    }

    private static XName? ResolveQName(XElement scope, string? qname)
    {
        if (string.IsNullOrWhiteSpace(qname))
        {
            return null;
        }

        qname = qname!.Trim();
        var colon = qname.IndexOf(':');
        var prefix = colon > 0 ? qname.Substring(0, colon) : string.Empty;
        var local = colon > 0 ? qname.Substring(colon + 1) : qname;
        var ns = prefix.Length == 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(prefix);
        return ns is null ? XName.Get(local, "urn:undeclared-prefix:" + prefix) : ns + local;
    }

    private static bool IsTrue(string? value) => value is not null && (value.Trim() == "true" || value.Trim() == "1");
}
