using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Import.Xml;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>Reads the extended links of a linkbase (XLink locators, resources and arcs), whatever their kind.</summary>
internal static class LinkbaseReader
{
    private static readonly XNamespace Link = XbrlNamespaces.Link;
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;

    public static List<ExtendedLink> ReadFile(string path, PackageFiles? packages = null) => Read(path, XmlInput.Load(path, packages));

    /// <summary>Reads a linkbase already parsed (a document of a discovered DTS).</summary>
    public static List<ExtendedLink> Read(string path, XDocument document)
    {
        var root = document.Root!;
        if (root.Name != Link + "linkbase")
        {
            throw XmlInput.Error(path, root, $"the root element is <{root.Name.LocalName}> in {Excerpt.Quote(root.Name.NamespaceName)}, not a linkbase (<link:linkbase>)");
        }

        return ReadLinkbase(path, root);
    }

    /// <summary>Reads a <c>link:linkbase</c> element, from its own file or embedded in a schema's appinfo.</summary>
    public static List<ExtendedLink> ReadLinkbase(string path, XElement linkbase)
    {
        var links = new List<ExtendedLink>();
        foreach (var element in linkbase.Elements().Where(e => (string?)e.Attribute(XLink + "type") == "extended"))
        {
            var role = (string?)element.Attribute(XLink + "role");
            if (string.IsNullOrWhiteSpace(role))
            {
                throw XmlInput.Error(path, element, $"<{element.Name.LocalName}> has no xlink:role; every extended link names its role");
            }

            var link = new ExtendedLink(path, element.Name.LocalName, role!.Trim(), element);
            foreach (var child in element.Elements())
            {
                switch ((string?)child.Attribute(XLink + "type"))
                {
                    case "locator":
                        var label = Required(path, child, "label");
                        var href = Required(path, child, "href");
                        Add(link.Locators, label, new Locator(label, href.Trim(), child));
                        break;
                    case "resource":
                        Add(link.Resources, Required(path, child, "label"), child);
                        break;
                    case "arc":
                        link.Arcs.Add(ReadArc(path, child, link.Arcs.Count));
                        break;
                }
            }

            foreach (var arc in link.Arcs)
            {
                CheckEnd(path, link, arc, arc.From, "from");
                CheckEnd(path, link, arc, arc.To, "to");
            }

            links.Add(link);
        }

        return links;
    }

    private static LinkArc ReadArc(string path, XElement arc, int index)
    {
        var orderText = (string?)arc.Attribute("order");
        var order = 1m;
        if (orderText is not null && !decimal.TryParse(orderText, NumberStyles.Float, CultureInfo.InvariantCulture, out order))
        {
            throw XmlInput.Error(path, arc, $"the arc's order {Excerpt.Quote(orderText)} is not a number");
        }

        var priorityText = (string?)arc.Attribute("priority");
        var priority = 0;
        if (priorityText is not null && !int.TryParse(priorityText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out priority))
        {
            throw XmlInput.Error(path, arc, $"the arc's priority {Excerpt.Quote(priorityText)} is not an integer");
        }

        return new LinkArc(
            Required(path, arc, "from"),
            Required(path, arc, "to"),
            Required(path, arc, "arcrole").Trim(),
            order,
            priority,
            (string?)arc.Attribute("use") == "prohibited",
            arc,
            index);
    }

    private static void CheckEnd(string path, ExtendedLink link, LinkArc arc, string label, string end)
    {
        if (!link.Locators.ContainsKey(label) && !link.Resources.ContainsKey(label))
        {
            throw XmlInput.Error(path, arc.Source, $"the arc's xlink:{end} {Excerpt.Quote(label)} names no locator or resource in this <{link.Kind}>");
        }
    }

    private static string Required(string path, XElement element, string attribute) =>
        (string?)element.Attribute(XLink + attribute)
        ?? throw XmlInput.Error(path, element, $"<{element.Name.LocalName}> has no xlink:{attribute}");

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map.Add(key, list = new List<T>());
        }

        list.Add(value);
    }
}
