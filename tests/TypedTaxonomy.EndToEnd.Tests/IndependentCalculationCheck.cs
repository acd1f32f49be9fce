using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;

namespace TypedTaxonomy.EndToEnd.Tests;

/// <summary>
/// Calculations 1.1 (round-to-nearest) checked from the raw files alone, sharing no code with the project: the
/// instance read with <see cref="XDocument"/>, the summations with the calculation linkbase's arcs, facts bound by
/// context (entity, period, explicit and typed members) and unit, consistent duplicates merged. What the
/// generated validators find must agree with it.
/// </summary>
internal static class IndependentCalculationCheck
{
    private static readonly XNamespace Xbrli = "http://www.xbrl.org/2003/instance";
    private static readonly XNamespace Xbrldi = "http://xbrl.org/2006/xbrldi";
    private static readonly XNamespace Link = "http://www.xbrl.org/2003/linkbase";
    private static readonly XNamespace XLink = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>A binding found inconsistent: the total's concept (prefix:name), its context id and unit id.</summary>
    public sealed record Inconsistency(string Total, string Context, string Unit);

    /// <summary>How many summations bind, and which are inconsistent.</summary>
    public sealed record Result(int Bindings, IReadOnlyList<Inconsistency> Inconsistencies);

    public static Result Run(string instancePath, string calculationPath)
    {
        var root = XDocument.Load(instancePath).Root!;
        var contexts = root.Elements(Xbrli + "context").ToDictionary(c => (string)c.Attribute("id")!, ContextKey);
        var units = root.Elements(Xbrli + "unit").ToDictionary(u => (string)u.Attribute("id")!, UnitKey);

        // concept → binding key (context, unit) → facts; nil facts take no part.
        var facts = new Dictionary<string, Dictionary<(string Context, string Unit), List<(decimal Value, int? Decimals, string ContextId, string UnitId)>>>();
        foreach (var element in root.Elements().Where(e => e.Attribute("contextRef") is not null && e.Attribute("unitRef") is not null))
        {
            if ((string?)element.Attribute(Xsi + "nil") == "true")
            {
                continue;
            }

            var concept = element.GetPrefixOfNamespace(element.Name.Namespace) + ":" + element.Name.LocalName;
            var contextId = (string)element.Attribute("contextRef")!;
            var unitId = (string)element.Attribute("unitRef")!;
            var decimalsText = (string?)element.Attribute("decimals");
            int? decimals = decimalsText is null or "INF" ? null : int.Parse(decimalsText, CultureInfo.InvariantCulture);
            var value = decimal.Parse(element.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            if (!facts.TryGetValue(concept, out var byKey))
            {
                facts.Add(concept, byKey = new());
            }

            var key = (contexts[contextId], units[unitId]);
            if (!byKey.TryGetValue(key, out var list))
            {
                byKey.Add(key, list = new());
            }

            list.Add((value, decimals, contextId, unitId));
        }

        var bindings = 0;
        var inconsistencies = new List<Inconsistency>();
        foreach (var (total, items) in Summations(calculationPath))
        {
            if (!facts.TryGetValue(total, out var totals))
            {
                continue;
            }

            foreach (var (key, totalFacts) in totals)
            {
                var reported = items.Select(i => (i.Weight, Facts: facts.TryGetValue(i.Concept, out var f) && f.TryGetValue(key, out var l) ? l : null)).Where(i => i.Facts is not null).ToList();
                if (reported.Count == 0)
                {
                    continue;
                }

                bindings++;
                if (Merge(totalFacts) is not { } totalInterval)
                {
                    continue;
                }

                decimal low = 0, high = 0;
                var blocked = false;
                foreach (var (weight, itemFacts) in reported)
                {
                    if (Merge(itemFacts!) is not { } item)
                    {
                        blocked = true;
                        break;
                    }

                    low += weight > 0 ? item.Low : -item.High;
                    high += weight > 0 ? item.High : -item.Low;
                }

                if (!blocked && (totalInterval.High < low || totalInterval.Low > high))
                {
                    inconsistencies.Add(new Inconsistency(total, totalFacts[0].ContextId, totalFacts[0].UnitId));
                }
            }
        }

        return new Result(bindings, inconsistencies);
    }

    /// <summary>The summations of a calculation linkbase: one per extended link role and total, items with weights.</summary>
    private static IEnumerable<(string Total, List<(string Concept, int Weight)> Items)> Summations(string calculationPath)
    {
        foreach (var link in XDocument.Load(calculationPath).Root!.Elements(Link + "calculationLink"))
        {
            var locators = link.Elements(Link + "loc").ToDictionary(l => (string)l.Attribute(XLink + "label")!, l => ConceptOfHref((string)l.Attribute(XLink + "href")!));
            foreach (var group in link.Elements(Link + "calculationArc").GroupBy(a => locators[(string)a.Attribute(XLink + "from")!]))
            {
                var items = group
                    .Select(a => (locators[(string)a.Attribute(XLink + "to")!], decimal.Parse((string)a.Attribute("weight")!, CultureInfo.InvariantCulture) > 0 ? 1 : -1))
                    .Distinct()
                    .ToList();
                yield return (group.Key, items);
            }
        }
    }

    /// <summary>The interval of a concept's facts in one context and unit; null when they are inconsistent duplicates or have excess digits.</summary>
    private static (decimal Low, decimal High)? Merge(List<(decimal Value, int? Decimals, string ContextId, string UnitId)> facts)
    {
        decimal low = decimal.MinValue, high = decimal.MaxValue;
        foreach (var (value, decimals, _, _) in facts)
        {
            var half = decimals is { } d ? 0.5m * Pow10(-d) : 0m;
            if (decimals is { } places && value % Pow10(-places) != 0)
            {
                return null; // excess digits
            }

            low = Math.Max(low, value - half);
            high = Math.Min(high, value + half);
        }

        return low <= high ? (low, high) : null;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent >= 0 ? result : 1m / result;
    }

    private static string ConceptOfHref(string href)
    {
        var id = href[(href.IndexOf('#') + 1)..];
        var underscore = id.IndexOf('_');
        return id[..underscore] + ":" + id[(underscore + 1)..];
    }

    private static string ContextKey(XElement context)
    {
        var identifier = context.Element(Xbrli + "entity")!.Element(Xbrli + "identifier")!;
        var period = context.Element(Xbrli + "period")!;
        var when = period.Element(Xbrli + "instant") is { } instant
            ? instant.Value.Trim()
            : period.Element(Xbrli + "startDate")!.Value.Trim() + "/" + period.Element(Xbrli + "endDate")!.Value.Trim();
        var members = context.Descendants()
            .Where(e => e.Name == Xbrldi + "explicitMember" || e.Name == Xbrldi + "typedMember")
            .Select(e => Resolve(e, (string)e.Attribute("dimension")!) + "=" + (e.Name == Xbrldi + "explicitMember" ? Resolve(e, e.Value.Trim()) : e.Value.Trim()))
            .Order(StringComparer.Ordinal);
        return $"{(string)identifier.Attribute("scheme")!}#{identifier.Value.Trim()}|{when}|{string.Join(",", members)}";
    }

    private static string UnitKey(XElement unit)
    {
        string Measures(IEnumerable<XElement> measures) => string.Join("*", measures.Select(m => Resolve(m, m.Value.Trim())).Order(StringComparer.Ordinal));
        return unit.Element(Xbrli + "divide") is { } divide
            ? Measures(divide.Element(Xbrli + "unitNumerator")!.Elements(Xbrli + "measure")) + "/" + Measures(divide.Element(Xbrli + "unitDenominator")!.Elements(Xbrli + "measure"))
            : Measures(unit.Elements(Xbrli + "measure"));
    }

    private static string Resolve(XElement scope, string qname)
    {
        var colon = qname.IndexOf(':');
        var ns = colon < 0 ? scope.GetDefaultNamespace() : scope.GetNamespaceOfPrefix(qname[..colon]);
        return "{" + ns?.NamespaceName + "}" + qname[(colon + 1)..];
    }
}
