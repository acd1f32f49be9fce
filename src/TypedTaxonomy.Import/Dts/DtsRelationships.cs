using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>One relationship: an arc from one endpoint (a located element or a resource) to another.</summary>
/// <param name="Arcrole">The arc's arcrole.</param>
/// <param name="LinkRole">The extended link's role.</param>
/// <param name="LinkName">The extended link's element name.</param>
/// <param name="ArcName">The arc's element name.</param>
/// <param name="From">The source: the located element or the resource.</param>
/// <param name="To">The target.</param>
/// <param name="Arc">The arc.</param>
/// <param name="Document">The document the arc is in.</param>
public sealed record DtsRelationship(string Arcrole, string LinkRole, XName LinkName, XName ArcName, XElement From, XElement To, XElement Arc, DtsDocument Document)
{
    /// <summary>The arc's order (1 by default).</summary>
    public decimal Order => Number(Arc, "order") ?? 1m;

    /// <summary>The arc's weight, for summation-item arcs.</summary>
    public decimal? Weight => Number(Arc, "weight");

    /// <summary>The arc's priority (0 by default).</summary>
    public int Priority => int.TryParse((string?)Arc.Attribute("priority"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 0;

    /// <summary>Whether the arc prohibits the relationships it is equivalent to.</summary>
    public bool Prohibited => ((string?)Arc.Attribute("use"))?.Trim() == "prohibited";

    /// <summary>
    /// The key of XBRL 2.1 section 3.5.3.9.7.4's equivalence: the base set, the endpoints, and every attribute other
    /// than <c>use</c>, <c>priority</c> and the XLink ones, compared by the value of their declared type (<see cref="DtsSet.CanonicalValue"/>; <c>order</c> 1 when absent).
    /// </summary>
    public string EquivalenceKey(DtsSet dts)
    {
        ArgumentNullException.ThrowIfNull(dts);
        var attributes = Arc.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != XLink && a.Name != "use" && a.Name != "priority" && a.Name != "order")
            .Select(a => a.Name + "=" + (a.Name == "weight" && Number(Arc, "weight") is { } w ? w.ToString(CultureInfo.InvariantCulture) : dts.CanonicalValue(a)))
            .Order(StringComparer.Ordinal);
        return string.Join("\u0001", new[] { Arcrole, LinkRole, LinkName.ToString(), ArcName.ToString(), Order.ToString(CultureInfo.InvariantCulture) }.Concat(attributes));
    }

    private static decimal? Number(XElement arc, string name) =>
        decimal.TryParse((string?)arc.Attribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value / 1.0000000000000000000000000000m : null;
}

/// <summary>
/// The relationships of a DTS: every arc of every extended link resolved to its endpoints, and the effective
/// ones once prohibition and overriding between equivalent relationships are applied (XBRL 2.1 section 3.5.3.9.7).
/// </summary>
public sealed class DtsRelationships
{
    private DtsRelationships(List<DtsRelationship> all, List<DtsRelationship> effective, HashSet<(string Arcrole, string LinkRole, XElement From)> incomplete)
    {
        Incomplete = incomplete;
        All = all;
        Effective = effective;
    }

    /// <summary>Every relationship, prohibiting ones among them.</summary>
    public IReadOnlyList<DtsRelationship> All { get; }

    /// <summary>The relationships that stand after prohibition and overriding.</summary>
    public IReadOnlyList<DtsRelationship> Effective { get; }

    /// <summary>
    /// The sources whose relationships in a base set are not all known: an arc of theirs (arcrole, link role) leads to
    /// a document that is not at hand (<see cref="DtsSet.Unavailable"/>), so a rule over all of them (a summation) cannot
    /// be decided; a source that is itself in such a document is given by its locator.
    /// </summary>
    public IReadOnlySet<(string Arcrole, string LinkRole, XElement From)> Incomplete { get; }

    /// <summary>The effective relationships of an arcrole.</summary>
    public IEnumerable<DtsRelationship> OfArcrole(string arcrole) => Effective.Where(r => r.Arcrole == arcrole);

    /// <summary>Resolves every arc of <paramref name="dts"/>; locators that lead nowhere are findings of their own.</summary>
    public static DtsRelationships Build(DtsSet dts, List<DtsFinding> findings)
    {
        var all = new List<DtsRelationship>();
        var incomplete = new HashSet<(string, string, XElement)>();
        foreach (var (linkbase, document) in dts.Linkbases)
        {
            foreach (var link in linkbase.Elements().Where(e => (string?)e.Attribute(XlinkType) == "extended"))
            {
                var role = ((string?)link.Attribute(XlinkRole))?.Trim() ?? string.Empty;
                var labels = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
                var outsideLabels = new Dictionary<string, XElement>(StringComparer.Ordinal);
                foreach (var child in link.Elements())
                {
                    var type = (string?)child.Attribute(XlinkType);
                    if (type is not ("locator" or "resource") || (string?)child.Attribute(XlinkLabel) is not { } label)
                    {
                        continue;
                    }

                    XElement? endpoint = child;
                    if (type == "locator")
                    {
                        var href = (string?)child.Attribute(Href) ?? string.Empty;
                        endpoint = dts.Target(document, child, href, out var outside);
                        if (endpoint is null)
                        {
                            if (!outside && child.Name == Link + "loc" && dts.UnreadableTarget(document, child, href) is null)
                            {
                                findings.Add(new DtsFinding("xbrl.3.5.3.7.2:locatorHref", $"The locator {label} leads to {href}, which is not in the DTS.", document.Path, DtsLoader.Line(child), DtsLoader.Column(child)));
                            }
                            else if (outside)
                            {
                                outsideLabels.TryAdd(label.Trim(), child);
                            }

                            continue;
                        }
                    }

                    if (!labels.TryGetValue(label.Trim(), out var list))
                    {
                        labels.Add(label.Trim(), list = new());
                    }

                    list.Add(endpoint);
                }

                foreach (var arc in link.Elements().Where(e => (string?)e.Attribute(XlinkType) == "arc"))
                {
                    var arcrole = ((string?)arc.Attribute(XlinkArcrole))?.Trim() ?? string.Empty;
                    var from = ((string?)arc.Attribute(XlinkFrom))?.Trim() ?? string.Empty;
                    var to = ((string?)arc.Attribute(XlinkTo))?.Trim() ?? string.Empty;
                    if (!labels.TryGetValue(from, out var sources) || !labels.TryGetValue(to, out var targets))
                    {
                        if (outsideLabels.TryGetValue(from, out var outsideSource))
                        {
                            incomplete.Add((arcrole, role, outsideSource));
                        }
                        else if (outsideLabels.ContainsKey(to) && sources is not null)
                        {
                            foreach (var source in sources)
                            {
                                incomplete.Add((arcrole, role, source));
                            }
                        }

                        continue;
                    }

                    foreach (var source in sources)
                    {
                        foreach (var target in targets)
                        {
                            all.Add(new DtsRelationship(arcrole, role, link.Name, arc.Name, source, target, arc, document));
                        }
                    }
                }
            }
        }

        // Only relationships between the same two endpoints can be equivalent: the key of the others is not made.
        var betweenTheSame = new Dictionary<(XElement, XElement), int>();
        foreach (var relationship in all)
        {
            betweenTheSame[(relationship.From, relationship.To)] = betweenTheSame.GetValueOrDefault((relationship.From, relationship.To)) + 1;
        }

        var effective = new List<DtsRelationship>();
        foreach (var group in all.GroupBy(r => (r.From, r.To, betweenTheSame[(r.From, r.To)] > 1 ? r.EquivalenceKey(dts) : string.Empty)))
        {
            var highest = group.Max(r => r.Priority);
            var top = group.Where(r => r.Priority == highest).ToList();
            if (!top.Any(r => r.Prohibited))
            {
                effective.Add(top[0]);
            }
        }

        return new DtsRelationships(all, effective, incomplete);
    }
}
