using System.Globalization;
using System.Xml.Linq;
using TypedTaxonomy.Import.Model;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>A relationship between two concepts in an extended link role, from one arc and one pair of locators.</summary>
internal sealed record Relationship(string LinkRole, string Arcrole, ConceptName From, ConceptName To, decimal Order, int Index, XElement Arc, string FilePath)
{
    private static readonly XNamespace Xbrldt = XbrlNamespaces.Xbrldt;

    /// <summary>The arc has <c>use="prohibited"</c>: it removes the relationship rather than making it.</summary>
    public bool IsProhibited { get; init; }

    /// <summary>The arc's priority; the highest one decides between arcs for the same relationship.</summary>
    public int Priority { get; init; }

    /// <summary>The arc's non-exempt attributes: relationships are equivalent (one overrides the other) only when these match.</summary>
    public string Equivalence { get; init; } = string.Empty;

    /// <summary>The presentation arc's preferred label role URI, if any.</summary>
    public string? PreferredLabel => (string?)Arc.Attribute("preferredLabel");

    /// <summary>The calculation arc's weight; null when missing or not a number.</summary>
    public decimal? Weight =>
        decimal.TryParse((string?)Arc.Attribute("weight"), NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) ? weight : null;

    /// <summary>XBRL Dimensions: the role in which the next arcs of a dimensional relationship set continue.</summary>
    public string? TargetRole => (string?)Arc.Attribute(Xbrldt + "targetRole");
}
