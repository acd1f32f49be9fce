using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>One extended link (<c>link:presentationLink</c>, <c>link:labelLink</c>, ...) of a linkbase.</summary>
internal sealed class ExtendedLink
{
    public ExtendedLink(string filePath, string kind, string role, XElement source)
    {
        FilePath = filePath;
        Kind = kind;
        Role = role;
        Source = source;
    }

    /// <summary>The linkbase file, for messages.</summary>
    public string FilePath { get; }

    /// <summary>The element's local name: presentationLink, calculationLink, definitionLink, labelLink, referenceLink.</summary>
    public string Kind { get; }

    /// <summary>The extended link role URI.</summary>
    public string Role { get; }

    public XElement Source { get; }

    public Dictionary<string, List<Locator>> Locators { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<XElement>> Resources { get; } = new(StringComparer.Ordinal);

    public List<LinkArc> Arcs { get; } = new();
}
