using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>
/// The taxonomy rules of XBRL 2.1 checked on a discovered DTS, each finding with Arelle's code: schema rules
/// (section 5.1), role and arcrole types and their references and <c>usedOn</c> (3.5.2.4, 3.5.2.5, 5.1.3, 5.1.4),
/// linkbase references (4.3), cycles by each arcrole's rule (5.1.4.3), summation-item endpoints (5.2.5.2).
/// </summary>
public static class DtsValidator
{
    private const string LinkbaseArcrole = "http://www.w3.org/1999/xlink/properties/linkbase";

    private static readonly Dictionary<string, string> LinkbaseRefRoles = new(StringComparer.Ordinal)
    {
        ["http://www.xbrl.org/2003/role/calculationLinkbaseRef"] = "calculationLink",
        ["http://www.xbrl.org/2003/role/definitionLinkbaseRef"] = "definitionLink",
        ["http://www.xbrl.org/2003/role/presentationLinkbaseRef"] = "presentationLink",
        ["http://www.xbrl.org/2003/role/labelLinkbaseRef"] = "labelLink",
        ["http://www.xbrl.org/2003/role/referenceLinkbaseRef"] = "referenceLink",
    };

    /// <summary>The standard arcroles of XBRL 2.1 with the arc element each belongs on and the cycles it allows.</summary>
    private static readonly Dictionary<string, (string Arc, string Cycles)> StandardArcroles = new(StringComparer.Ordinal)
    {
        [Linkbases.Arcroles.ConceptLabel] = ("labelArc", "any"),
        [Linkbases.Arcroles.ConceptReference] = ("referenceArc", "any"),
        [FactFootnote] = ("footnoteArc", "any"),
        [ParentChild] = ("presentationArc", "undirected"),
        [SummationItem] = ("calculationArc", "any"),
        [GeneralSpecial] = ("definitionArc", "undirected"),
        [EssenceAlias] = ("definitionArc", "undirected"),
        [SimilarTuples] = ("definitionArc", "any"),
        [RequiresElement] = ("definitionArc", "any"),
    };

    private static readonly HashSet<string> StandardLinks = new(StringComparer.Ordinal) { "labelLink", "referenceLink", "calculationLink", "definitionLink", "presentationLink", "footnoteLink" };

    /// <summary>Checks <paramref name="dts"/>, adding to <paramref name="findings"/>.</summary>
    public static void Validate(DtsSet dts, DtsRelationships relationships, List<DtsFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(dts);
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var schema in dts.Schemas)
        {
            CheckSchema(dts, schema, findings);
        }

        CheckRoleTypes(dts, findings);
        foreach (var document in dts.Documents)
        {
            CheckReferences(dts, document, findings);
            CheckLanguages(document, findings);
        }

        foreach (var (linkbase, document) in dts.Linkbases)
        {
            CheckLinkbase(dts, linkbase, document, findings);
        }

        foreach (var document in dts.Documents.Where(d => d.Kind == DtsDocumentKind.Instance))
        {
            CheckLinkbase(dts, document.Xml.Root!, document, findings);
        }

        CheckCycles(dts, relationships, findings);
        CheckSummations(dts, relationships, findings);
    }

    private static void Add(List<DtsFinding> findings, string code, string message, DtsDocument document, XObject? node) =>
        findings.Add(new DtsFinding(code, message, document.Path, DtsLoader.Line(node), DtsLoader.Column(node)));

    private static void CheckSchema(DtsSet dts, DtsDocument schema, List<DtsFinding> findings)
    {
        var root = schema.Xml.Root!;
        if (root.Attribute("targetNamespace") is { } targetNamespace && targetNamespace.Value.Length == 0)
        {
            Add(findings, "xbrl.5.1:emptyTargetNamespace", "The schema has an empty targetNamespace.", schema, root);
        }

        foreach (var redefine in root.Elements(Xsd + "redefine"))
        {
            Add(findings, "xbrl.5.6.1:Redefine", "xs:redefine must not be used in a taxonomy schema.", schema, redefine);
        }

        foreach (var element in root.Elements(Xsd + "element"))
        {
            if (dts.ElementOf(element) is not { } declared)
            {
                continue;
            }

            if (dts.IsTuple(declared))
            {
                CheckTuple(dts, declared, findings);
            }
            else if (dts.IsItem(declared))
            {
                CheckItem(dts, declared, findings);
            }
        }
    }

    /// <summary>XBRL 2.1 section 5.1.1: an item's type has simple content (only fractionItemType and its restrictions have complex content), and only monetary items have a balance (5.1.1.2).</summary>
    private static void CheckItem(DtsSet dts, DtsElement item, List<DtsFinding> findings)
    {
        var type = dts.TypeDefinitionOf(item);
        if (type is not null && type.Name == Xsd + "complexType" && type.Element(Xsd + "simpleContent") is null
            && !(type.Element(Xsd + "complexContent") is { } content && DerivesFromFraction(dts, content)))
        {
            Add(findings, "xbrl.5.1.1:itemType", $"The item {item.Name.LocalName} has a type without simple content, which only fractionItemType and types derived from it may have.", item.Document, item.Declaration);
        }

        if (item.Declaration.Attribute(Xbrli + "balance") is not null && Schema.XbrlTypeMap.Map(dts.ItemType(item)).DataType != "monetary")
        {
            Add(findings, "xbrl.5.1.1.2:balanceNonMonetary", $"The item {item.Name.LocalName} has xbrli:balance but is not monetary.", item.Document, item.Declaration);
        }

        if (item.Declaration.Attribute(Xbrli + "periodType") is null)
        {
            Add(findings, "xbrl.5.1.1.1:periodType", $"The item {item.Name.LocalName} has no xbrli:periodType.", item.Document, item.Declaration);
        }
    }

    private static bool DerivesFromFraction(DtsSet dts, XElement complexContent)
    {
        for (var depth = 0; depth < 32; depth++)
        {
            var derivation = complexContent.Element(Xsd + "restriction");
            if (derivation is null || (string?)derivation.Attribute("base") is not { } text || DtsSet.QNameOf(derivation, text) is not { } name)
            {
                return false;
            }

            if (name == Xbrli + "fractionItemType")
            {
                return true;
            }

            if (dts.Types.GetValueOrDefault(name)?.Element(Xsd + "complexContent") is not { } next)
            {
                return false;
            }

            complexContent = next;
        }

        return false;
    }

    /// <summary>XBRL 2.1 section 4.9: a tuple's content is items and tuples by reference, it is not mixed, and it declares no attribute of an XBRL namespace.</summary>
    private static void CheckTuple(DtsSet dts, DtsElement tuple, List<DtsFinding> findings)
    {
        var type = dts.TypeDefinitionOf(tuple);
        if (type is null)
        {
            return;
        }

        if (type.DescendantsAndSelf().Any(e => ((string?)e.Attribute("mixed"))?.Trim() is "true" or "1"))
        {
            Add(findings, "xbrl.4.9:tupleMixedContent", $"The tuple {tuple.Name.LocalName} has mixed content.", tuple.Document, type);
        }

        if (type.Element(Xsd + "simpleContent") is not null)
        {
            Add(findings, "xbrl.4.9:tupleSimpleContent", $"The tuple {tuple.Name.LocalName} has simple content.", tuple.Document, type);
        }

        foreach (var particle in type.Descendants(Xsd + "element"))
        {
            var reference = (string?)particle.Attribute("ref") is { } r ? DtsSet.QNameOf(particle, r) : null;
            if (reference is null || (reference != Item && reference != TupleElement && (!dts.Elements.TryGetValue(reference, out var child) || !(dts.IsItem(child) || dts.IsTuple(child)))))
            {
                Add(findings, "xbrl.4.9:tupleElementReference", $"The tuple {tuple.Name.LocalName} declares a child that is not a reference to an item or a tuple.", tuple.Document, particle);
            }
        }

        foreach (var attribute in type.Descendants(Xsd + "attribute"))
        {
            var attributeName = (string?)attribute.Attribute("ref") is { } r ? DtsSet.QNameOf(attribute, r) : null;
            if (attributeName is not null && IsXbrlNamespace(attributeName.NamespaceName))
            {
                Add(findings, "xbrl.4.9:tupleAttribute", $"The tuple {tuple.Name.LocalName} declares the attribute {attributeName.LocalName} of an XBRL namespace.", tuple.Document, attribute);
            }
        }
    }

    internal static bool IsXbrlNamespace(string ns) =>
        ns is XbrlNamespaces.Xbrli or XbrlNamespaces.Link or XbrlNamespaces.XLink or "http://www.xbrl.org/2003/XLink";

    /// <summary>Role and arcrole type declarations (XBRL 2.1 sections 5.1.3 and 5.1.4).</summary>
    private static void CheckRoleTypes(DtsSet dts, List<DtsFinding> findings)
    {
        foreach (var (index, section, kind, attribute) in new[] { (dts.RoleTypes, "5.1.3", "roleType", "roleURI"), (dts.ArcroleTypes, "5.1.4", "arcroleType", "arcroleURI") })
        {
            foreach (var (uri, declarations) in index)
            {
                foreach (var declaration in declarations)
                {
                    var element = declaration.Declaration;
                    if (element.Attribute(attribute) is null || !IsUri(uri))
                    {
                        Add(findings, $"xbrl.{section}:{attribute}Missing", $"The {kind} has no {attribute}, or one that is not a URI.", declaration.Document, element);
                    }

                    if (element.Parent?.Name != Xsd + "appinfo")
                    {
                        Add(findings, $"xbrl.{section}:{kind}Appinfo", $"The {kind} {uri} is not in xs:appinfo.", declaration.Document, element);
                    }

                    if ((string?)element.Attribute("id") is { } id && !IsNcName(id))
                    {
                        Add(findings, "xmlSchema:valueError", $"The id {id} of the {kind} {uri} is not an NCName.", declaration.Document, element);
                    }

                    var usedOn = new HashSet<XName>();
                    foreach (var used in element.Elements(Link + "usedOn"))
                    {
                        if (DtsSet.QNameOf(used, used.Value) is { } name && !usedOn.Add(name))
                        {
                            Add(findings, $"xbrl.{section}:{kind}s-inequality", $"The {kind} {uri} names {name.LocalName} twice in usedOn.", declaration.Document, used);
                        }
                    }

                    if (kind == "arcroleType" && ((string?)element.Attribute("cyclesAllowed"))?.Trim() is not ("any" or "undirected" or "none"))
                    {
                        Add(findings, "xbrl.5.1.4:arcroleTypeCyclesAllowed", $"The arcroleType {uri} has cyclesAllowed {(string?)element.Attribute("cyclesAllowed")}, not any, undirected or none.", declaration.Document, element);
                    }
                }

                foreach (var sameSchema in declarations.GroupBy(d => d.Document).Where(g => g.Count() > 1))
                {
                    Add(findings, $"xbrl.{section}:{kind}Duplicate", $"The {kind} {uri} is declared more than once in one schema.", sameSchema.Key, sameSchema.Skip(1).First().Declaration);
                }

                var first = declarations[0];
                foreach (var other in declarations.Skip(1).Where(d => d.Document != first.Document))
                {
                    if (!RoleTypesEqual(first, other))
                    {
                        Add(findings, $"xbrl.{section}:{kind}s-inequality", $"The {kind} {uri} is declared differently in {Path.GetFileName(first.Document.Path)} and {Path.GetFileName(other.Document.Path)}.", other.Document, other.Declaration);
                    }
                }
            }
        }
    }

    /// <summary>A non-empty xs:anyURI: at most one fragment delimiter.</summary>
    private static bool IsUri(string uri) => uri.Length > 0 && uri.Count(c => c == '#') <= 1 && Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _);

    private static bool RoleTypesEqual(DtsRoleType a, DtsRoleType b) =>
        a.UsedOn.ToHashSet().SetEquals(b.UsedOn)
        && ((string?)a.Declaration.Attribute("cyclesAllowed"))?.Trim() == ((string?)b.Declaration.Attribute("cyclesAllowed"))?.Trim()
        && a.Declaration.Element(Link + "definition")?.Value.Trim() == b.Declaration.Element(Link + "definition")?.Value.Trim();

    private static bool IsNcName(string text)
    {
        try
        {
            XmlConvert.VerifyNCName(text);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }

    /// <summary>Simple links: their type and arcrole (XBRL 2.1 section 3.5.1), and a linkbaseRef's target and role (4.3).</summary>
    private static void CheckReferences(DtsSet dts, DtsDocument document, List<DtsFinding> findings)
    {
        foreach (var reference in document.Xml.Root!.DescendantsAndSelf().Where(e => e.Name.Namespace == Link && e.Name.LocalName is "schemaRef" or "linkbaseRef" or "roleRef" or "arcroleRef"))
        {
            if ((string?)reference.Attribute(XlinkType) != "simple")
            {
                Add(findings, "xbrl.3.5.1.1:simpleLinkType", $"link:{reference.Name.LocalName} has no xlink:type=\"simple\".", document, reference);
            }

            var href = (string?)reference.Attribute(Href);
            if (string.IsNullOrWhiteSpace(href) || href.Contains("xpointer(", StringComparison.Ordinal))
            {
                Add(findings, "xbrl.3.5.1.2:simpleLinkHref", $"link:{reference.Name.LocalName} has no usable xlink:href.", document, reference);
                continue;
            }

            if (reference.Name.LocalName != "linkbaseRef")
            {
                continue;
            }

            if (((string?)reference.Attribute(XlinkArcrole))?.Trim() != LinkbaseArcrole)
            {
                Add(findings, "xbrl.4.3.3:linkbaseRefArcrole", $"The linkbaseRef to {href} has not the arcrole {LinkbaseArcrole}.", document, reference);
            }

            var target = dts.Target(document, reference, href, out var outside);
            if (outside)
            {
                continue;
            }

            if (target is null && dts.UnreadableTarget(document, reference, href) is { } path)
            {
                if (!dts.Missing.Contains(path))
                {
                    continue; // the linkbase is there but not well-formed XML: that is the finding, in it
                }

                Add(findings, "xbrl.4.3.2:linkbaseRefHref", $"The linkbaseRef {href} leads to {System.IO.Path.GetFileName(path)}, which is not there.", document, reference);
                continue;
            }

            if (target is null || target.Name != Link + "linkbase")
            {
                Add(findings, "xbrl.4.3.2:linkbaseRefHref", $"The linkbaseRef {href} does not lead to a link:linkbase.", document, reference);
                continue;
            }

            if ((string?)reference.Attribute(XlinkRole) is { } role && LinkbaseRefRoles.TryGetValue(role.Trim(), out var linkName))
            {
                foreach (var link in target.Elements().Where(e => (string?)e.Attribute(XlinkType) == "extended" && e.Name != Link + linkName))
                {
                    Add(findings, "xbrl.4.3.4:linkbaseRefLinks", $"The linkbaseRef {href} has the role {role} but its linkbase holds a {link.Name.LocalName}.", document, reference);
                    break;
                }
            }
        }
    }

    /// <summary>xml:lang values are language tags (RFC 3066, as xs:language).</summary>
    private static void CheckLanguages(DtsDocument document, List<DtsFinding> findings)
    {
        if (document.Kind == DtsDocumentKind.Instance)
        {
            return; // the instance's facts are checked by the instance reader
        }

        foreach (var attribute in document.Xml.Root!.DescendantsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "lang")).OfType<XAttribute>())
        {
            if (attribute.Value.Length > 0 && !IsLanguage(attribute.Value))
            {
                Add(findings, "xmlSchema:valueError", $"xml:lang=\"{attribute.Value}\" is not a language tag.", document, attribute.Parent);
            }
        }
    }

    private static bool IsLanguage(string text)
    {
        var parts = text.Split('-');
        return parts.All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit)) && parts[0].All(char.IsAsciiLetter);
    }

    /// <summary>
    /// The role and arcrole references of one linkbase (or instance) and the custom roles and arcroles its links,
    /// resources and arcs use (XBRL 2.1 sections 3.5.2.4, 3.5.2.5, 5.1.3.4, 5.1.4.5).
    /// </summary>
    private static void CheckLinkbase(DtsSet dts, XElement linkbase, DtsDocument document, List<DtsFinding> findings)
    {
        var roleRefs = References(dts, linkbase, document, "roleRef", "roleURI", dts.RoleTypes, findings);
        var arcroleRefs = References(dts, linkbase, document, "arcroleRef", "arcroleURI", dts.ArcroleTypes, findings);
        foreach (var link in linkbase.Elements().Where(e => (string?)e.Attribute(XlinkType) == "extended"))
        {
            if (link.Name.Namespace != Link || !StandardLinks.Contains(link.Name.LocalName))
            {
                continue; // links of other specifications (generic links, custom links) follow their own rules
            }

            CheckRole(dts, link, document, roleRefs, findings);
            foreach (var child in link.Elements())
            {
                var type = (string?)child.Attribute(XlinkType);
                if (child.Name.Namespace != Link)
                {
                    if (type == "locator")
                    {
                        Add(findings, "xbrl.3.5.3.7:customLocator", $"{child.Name.LocalName} is a custom locator in a standard {link.Name.LocalName}.", document, child);
                    }
                }
                else if (type == "resource")
                {
                    CheckRole(dts, child, document, roleRefs, findings);
                }
                else if (type == "arc")
                {
                    CheckArcrole(dts, child, document, arcroleRefs, findings);
                }
            }
        }
    }

    private static Dictionary<string, XElement> References(DtsSet dts, XElement linkbase, DtsDocument document, string name, string attribute, Dictionary<string, List<DtsRoleType>> declared, List<DtsFinding> findings)
    {
        var references = new Dictionary<string, XElement>(StringComparer.Ordinal);
        foreach (var reference in linkbase.Elements(Link + name))
        {
            var uri = ((string?)reference.Attribute(attribute))?.Trim() ?? string.Empty;
            if (!references.TryAdd(uri, reference))
            {
                Add(findings, $"xbrl.3.5.2.4.5:{name}Duplicate", $"Two {name}s for {uri}.", document, reference);
                continue;
            }

            var target = dts.Target(document, reference, (string?)reference.Attribute(Href) ?? string.Empty, out var outside);
            if (outside)
            {
                continue;
            }

            if (!declared.TryGetValue(uri, out var types))
            {
                Add(findings, $"xbrl.3.5.2.4.5:{name}NotDefined", $"The {name} {uri} is not declared in the DTS.", document, reference);
            }
            else if (target is null || !types.Any(t => t.Declaration == target))
            {
                Add(findings, $"xbrl.3.5.2.4.5:{name}Mismatch", $"The {name} {uri} leads to a declaration of another URI.", document, reference);
            }
        }

        return references;
    }

    private static void CheckRole(DtsSet dts, XElement element, DtsDocument document, Dictionary<string, XElement> roleRefs, List<DtsFinding> findings)
    {
        if ((string?)element.Attribute(XlinkRole) is not { } text)
        {
            return;
        }

        var role = text.Trim();
        if (role.Length == 0 || !Uri.TryCreate(role, UriKind.Absolute, out _))
        {
            Add(findings, "xbrl.3.5.2.4:roleNotAbsolute", $"The role {role} of {element.Name.LocalName} is not an absolute URI.", document, element);
            return;
        }

        if (IsStandardRole(role))
        {
            return;
        }

        if (!roleRefs.ContainsKey(role))
        {
            Add(findings, "xbrl.3.5.2.4:missingRoleRef", $"The role {role} of {element.Name.LocalName} has no roleRef in its linkbase.", document, element);
        }

        if (dts.RoleTypes.TryGetValue(role, out var types) && !types[0].UsedOn.Contains(element.Name))
        {
            Add(findings, "xbrl.5.1.3.4:custRoleUsedOn", $"The role {role} is not declared for use on {element.Name.LocalName}.", document, element);
        }
    }

    private static void CheckArcrole(DtsSet dts, XElement arc, DtsDocument document, Dictionary<string, XElement> arcroleRefs, List<DtsFinding> findings)
    {
        var arcrole = ((string?)arc.Attribute(XlinkArcrole))?.Trim();
        if (string.IsNullOrEmpty(arcrole) || !Uri.TryCreate(arcrole, UriKind.Absolute, out _))
        {
            Add(findings, "xbrl.3.5.2.5:arcroleNotAbsolute", $"The arcrole {arcrole} of {arc.Name.LocalName} is not an absolute URI.", document, arc);
            return;
        }

        if (StandardArcroles.TryGetValue(arcrole, out var standard))
        {
            if (arc.Name.Namespace == Link && arc.Name.LocalName != standard.Arc)
            {
                Add(findings, "xbrl.5.1.4.5:custArcroleUsedOn", $"The arcrole {arcrole} belongs on {standard.Arc}, not on {arc.Name.LocalName}.", document, arc);
            }

            return;
        }

        if (!arcroleRefs.ContainsKey(arcrole))
        {
            Add(findings, "xbrl.3.5.2.5:missingArcroleRef", $"The arcrole {arcrole} of {arc.Name.LocalName} has no arcroleRef in its linkbase.", document, arc);
        }

        if (dts.ArcroleTypes.TryGetValue(arcrole, out var types) && !types[0].UsedOn.Contains(arc.Name))
        {
            Add(findings, "xbrl.5.1.4.5:custArcroleUsedOn", $"The arcrole {arcrole} is not declared for use on {arc.Name.LocalName}.", document, arc);
        }
    }

    private static bool IsStandardRole(string role) => role.StartsWith("http://www.xbrl.org/2003/role/", StringComparison.Ordinal);

    /// <summary>
    /// Cycles in each network (base set: arcrole, link role, link and arc element) of effective relationships, by the
    /// arcrole's rule (XBRL 2.1 section 5.1.4.3): <c>none</c> allows no cycle, <c>undirected</c> no directed cycle,
    /// <c>any</c> every cycle.
    /// </summary>
    private static void CheckCycles(DtsSet dts, DtsRelationships relationships, List<DtsFinding> findings)
    {
        foreach (var network in relationships.Effective.Where(r => r.ArcName.Namespace == Link).GroupBy(r => (r.Arcrole, r.LinkRole, r.LinkName, r.ArcName)))
        {
            var rule = StandardArcroles.TryGetValue(network.Key.Arcrole, out var standard) ? standard.Cycles
                : dts.ArcroleTypes.TryGetValue(network.Key.Arcrole, out var types) ? ((string?)types[0].Declaration.Attribute("cyclesAllowed"))?.Trim() ?? "any"
                : "any";
            if (rule == "any")
            {
                continue;
            }

            if (rule == "none" && UndirectedCycle(network) is { } undirected)
            {
                Add(findings, "xbrl.5.1.4.3:cycles", $"The network of {network.Key.Arcrole} in {network.Key.LinkRole} has a cycle, which its arcrole does not allow.", undirected.Document, undirected.Arc);
            }
            else if (DirectedCycle(network) is { } directed)
            {
                Add(findings, "xbrl.5.1.4.3:cycles", $"The network of {network.Key.Arcrole} in {network.Key.LinkRole} has a directed cycle, which its arcrole does not allow ({rule}).", directed.Document, directed.Arc);
            }
        }
    }

    private static DtsRelationship? UndirectedCycle(IEnumerable<DtsRelationship> network)
    {
        var parent = new Dictionary<XElement, XElement>();
        XElement Find(XElement node)
        {
            while (parent.TryGetValue(node, out var up) && up != node)
            {
                node = up;
            }

            return node;
        }

        foreach (var relationship in network)
        {
            var a = Find(relationship.From);
            var b = Find(relationship.To);
            if (a == b)
            {
                return relationship;
            }

            parent[a] = b;
        }

        return null;
    }

    private static DtsRelationship? DirectedCycle(IEnumerable<DtsRelationship> network)
    {
        var outgoing = network.GroupBy(r => r.From).ToDictionary(g => g.Key, g => g.ToList());
        var state = new Dictionary<XElement, int>(); // 1 on the path, 2 done
        foreach (var start in outgoing.Keys)
        {
            if (state.ContainsKey(start))
            {
                continue;
            }

            var stack = new Stack<(XElement Node, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var edges = outgoing.GetValueOrDefault(node);
                if (edges is null || next >= edges.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var edge = edges[next];
                switch (state.GetValueOrDefault(edge.To))
                {
                    case 1:
                        return edge;
                    case 0:
                        state[edge.To] = 1;
                        stack.Push((edge.To, 0));
                        break;
                }
            }
        }

        return null;
    }

    /// <summary>XBRL 2.1 section 5.2.5.2: summation-item relationships join numeric items.</summary>
    private static void CheckSummations(DtsSet dts, DtsRelationships relationships, List<DtsFinding> findings)
    {
        foreach (var relationship in relationships.All.Where(r => r.Arcrole == SummationItem))
        {
            var concepts = XbrlProcessor.Concepts(dts);
            foreach (var endpoint in new[] { relationship.From, relationship.To })
            {
                if (dts.ElementOf(endpoint) is not { } element || !concepts.TryGetValue("{" + element.Name.NamespaceName + "}" + element.Name.LocalName, out var concept) || !IsNumeric(concept.DataType))
                {
                    Add(findings, "xbrl.5.2.5.2:calcNonNumericItem", $"A summation-item relationship joins {endpoint.Attribute("name")?.Value ?? endpoint.Name.LocalName}, which is not a numeric item.", relationship.Document, relationship.Arc);
                    break;
                }
            }
        }
    }

    private static bool IsNumeric(DataType type) => type is DataType.Monetary or DataType.Decimal or DataType.Integer or DataType.NonNegativeInteger or DataType.Shares or DataType.PerShare or DataType.Percent or DataType.Pure;
}
