using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using TypedTaxonomy.Import.Inference;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Schema;
using TypedTaxonomy.Schema.Parsing;
using static TypedTaxonomy.Import.Phases.DimensionAnalyzer;

namespace TypedTaxonomy.Import.Phases;

/// <summary>
/// Gives every line item its data type, period type, balance and unit: from the schema for the extension's own
/// concepts, otherwise inferred from the instance's facts, from calculation partners or from naming, each
/// inference recorded with its evidence.
/// </summary>
internal static class ConceptTyper
{
    public static void Run(ImportModel model)
    {
        var definition = new RelationshipIndex(model.Linkbases.Definition);
        var pendingCalculation = new List<ConceptInfo>();
        foreach (var concept in model.Concepts.Values)
        {
            if (concept.IsLeftOut || concept.Role is not (ImportRole.Item or ImportRole.Hypercube))
            {
                continue;
            }

            if (NameRules.WhyNotConceptName(concept.Name.LocalName) is { } why)
            {
                concept.IsLeftOut = true;
                model.Log.Leave(concept.Name.ToString(), "not an XML name the format accepts: " + why);
                continue;
            }

            if (concept.Role == ImportRole.Hypercube)
            {
                concept.IsAbstract = true;
                if (!concept.IsDeclared)
                {
                    concept.Infer("abstract", "true", "table", "a table (hypercube) in the definition linkbase");
                }

                continue;
            }

            if (concept.IsDeclared)
            {
                FromDeclaration(model, definition, concept);
            }
            else if (!FromFacts(model, concept))
            {
                if (concept.InCalculation)
                {
                    pendingCalculation.Add(concept);
                }
                else
                {
                    FromUse(concept);
                }
            }
        }

        FromCalculations(model, pendingCalculation);
        foreach (var concept in model.Concepts.Values.Where(c => c.IsWrittenAsConcept && !c.IsAbstract && (c.DataType is null || c.PeriodType is null)))
        {
            FromUse(concept);
        }

        ChooseDefaults(model);
    }

    private static void FromDeclaration(ImportModel model, RelationshipIndex definition, ConceptInfo concept)
    {
        var element = concept.Declaration!;
        concept.IsNillable = element.IsNillable;
        if (element.IsAbstract)
        {
            concept.IsAbstract = true;
            return;
        }

        var type = model.Schemas.ResolveType(element);
        string dataType;
        if (XbrlTypeMap.IsEnumeration(type))
        {
            var values = EnumerationValues(model, definition, element);
            if (values.Count > 0)
            {
                dataType = "enumeration";
                concept.EnumerationValues = values;
            }
            else
            {
                dataType = "string";
                Explain(model, concept, $"its type {type!.LocalName} allows the members of {element.EnumerationDomain ?? "a domain"}, which the definition linkbase does not list; imported as string");
            }
        }
        else
        {
            (dataType, var note) = XbrlTypeMap.Map(type);
            if (note is not null)
            {
                Explain(model, concept, note);
            }
        }

        if (dataType == XbrlTypeMap.Member)
        {
            // A member no axis uses has nowhere to go under 'axes'; as an abstract concept it at least keeps its labels.
            concept.IsAbstract = true;
            Explain(model, concept, "a domain member (domainItemType) that no axis of the definition linkbase or the instance uses; imported as an abstract concept");
            return;
        }

        concept.DataType = dataType;
        if (element.PeriodType is "instant" or "duration")
        {
            concept.PeriodType = element.PeriodType;
        }
        else
        {
            concept.PeriodType = "duration";
            Explain(model, concept, $"it has no valid xbrli:periodType ({Excerpt.Quote(element.PeriodType)}); imported as duration");
        }

        if (element.Balance is "debit" or "credit")
        {
            if (dataType == "monetary")
            {
                concept.Balance = element.Balance;
            }
            else
            {
                Explain(model, concept, $"its xbrli:balance {element.Balance} is left out: only monetary concepts have a balance");
            }
        }

        InferUnit(model, concept);
    }

    /// <summary>Types a concept no schema declares from its facts; false when it has none.</summary>
    private static bool FromFacts(ImportModel model, ConceptInfo concept)
    {
        if (concept.Facts is not { Count: > 0 } evidence)
        {
            return false;
        }

        var source = $"from {Count(evidence.Count, "fact")} in {model.Facts!.FileName}";
        var (dataType, detail) = DataTypeOf(concept.Name, evidence);
        concept.DataType = dataType;
        concept.Infer("type", dataType, "facts", source + detail);
        concept.PeriodType = evidence.Instant > evidence.Duration ? "instant" : "duration";
        var mixed = Math.Min(evidence.Instant, evidence.Duration);
        concept.Infer("periodType", concept.PeriodType, "facts", source + (mixed > 0 ? $"; {Count(mixed, "fact")} of the other period type" : string.Empty));
        if (mixed > 0)
        {
            model.Log.Note($"{concept.Name} has facts for instants and for durations; it is imported as {concept.PeriodType}, as most of them are.");
        }

        InferUnit(model, concept);
        return true;
    }

    private static (string DataType, string Detail) DataTypeOf(ConceptName name, FactEvidence evidence)
    {
        if (evidence.Numeric > 0 && evidence.Numeric >= evidence.NonNumeric)
        {
            var units = evidence.Units.Count == 0 ? string.Empty : (evidence.Units.Count == 1 ? "; unit " : "; units ") + string.Join(", ", evidence.Units.Keys);
            switch (evidence.MainUnitKind)
            {
                case UnitKind.Currency:
                    return ("monetary", units);
                case UnitKind.Shares:
                    return ("shares", units);
                case UnitKind.PerShare:
                    return ("perShare", units);
                case UnitKind.Pure:
                    if (LooksLikePercent(name.LocalName))
                    {
                        return ("percent", units + "; the name says rate or percentage");
                    }

                    return evidence.Fractional > 0 ? ("decimal", units + "; values with decimal places") : ("pure", units);
                default:
                    return evidence.Fractional > 0 ? ("decimal", units + "; values with decimal places") : ("integer", units + "; whole numbers");
            }
        }

        if (evidence.Texts == 0)
        {
            return ("string", "; nil facts only");
        }

        if (evidence.WithHtml > 0)
        {
            return ("textBlock", "; values with HTML tags");
        }

        if (evidence.Booleans == evidence.Texts)
        {
            return ("boolean", "; values true/false");
        }

        if (evidence.Dates == evidence.Texts)
        {
            return ("date", "; values are dates");
        }

        if (evidence.Durations == evidence.Texts)
        {
            return ("duration", "; values are ISO 8601 durations");
        }

        return ("string", string.Empty);
    }

    private static bool LooksLikePercent(string localName) =>
        localName.IndexOf("Percent", StringComparison.Ordinal) >= 0
        || localName.EndsWith("Rate", StringComparison.Ordinal)
        || localName.EndsWith("Rates", StringComparison.Ordinal);

    /// <summary>
    /// Numeric concepts other than monetary, shares and pure ones are counted in a unit of their own (customers,
    /// vendors); when all facts use one unit, it is written.
    /// </summary>
    private static void InferUnit(ImportModel model, ConceptInfo concept)
    {
        if (concept.Facts is not { Numeric: > 0 } evidence || concept.DataType is not ("decimal" or "integer" or "nonNegativeInteger"))
        {
            return;
        }

        if (evidence.Units.Count != 1)
        {
            model.Log.Note($"{concept.Name} is reported in {evidence.Units.Count} units ({string.Join(", ", evidence.Units.Keys)}); no unit is written for it.");
            return;
        }

        var measures = evidence.Units.Keys.First();
        if (model.Units.Find(measures) is { } unit)
        {
            concept.Unit = unit.Id;
            concept.Infer("unit", unit.Id, "facts", $"from {Count(evidence.Numeric, "fact")} in {model.Facts!.FileName}; unit {measures}");
        }
    }

    /// <summary>Types a concept without facts and outside calculations from how it is named and used.</summary>
    private static void FromUse(ConceptInfo concept)
    {
        var local = concept.Name.LocalName;
        if (local.EndsWith("Abstract", StringComparison.Ordinal))
        {
            concept.IsAbstract = true;
            concept.Infer("abstract", "true", "name", "name ends in Abstract");
        }
        else if (local.EndsWith("Member", StringComparison.Ordinal) || local.EndsWith("Domain", StringComparison.Ordinal))
        {
            // A member no axis lists has no place under 'axes'; as an abstract concept it keeps its labels.
            concept.IsAbstract = true;
            concept.Infer("abstract", "true", "name", $"name ends in {(local.EndsWith("Member", StringComparison.Ordinal) ? "Member" : "Domain")}; no axis lists it");
        }
        else if (concept.IsPresentationParent && !concept.IsPresentationLeaf)
        {
            concept.IsAbstract = true;
            concept.Infer("abstract", "true", "presentation", "only ever a presentation parent, no facts");
        }
        else if (local.EndsWith("LineItems", StringComparison.Ordinal) || local.EndsWith("Table", StringComparison.Ordinal))
        {
            concept.IsAbstract = true;
            concept.Infer("abstract", "true", "name", $"name ends in {(local.EndsWith("Table", StringComparison.Ordinal) ? "Table" : "LineItems")}");
        }
        else if (local.EndsWith("TextBlock", StringComparison.Ordinal) || local.EndsWith("Flag", StringComparison.Ordinal))
        {
            // The naming conventions of US-GAAP, dei and ecd: text blocks end in TextBlock, booleans in Flag.
            var isTextBlock = local.EndsWith("TextBlock", StringComparison.Ordinal);
            concept.DataType = isTextBlock ? "textBlock" : "boolean";
            concept.Infer("type", concept.DataType, "name", $"no facts; name ends in {(isTextBlock ? "TextBlock" : "Flag")}");
            concept.PeriodType = "duration";
            concept.Infer("periodType", "duration", "assumed", "no facts; assumed duration");
        }
        else
        {
            concept.DataType = "string";
            concept.Infer("type", "string", "assumed", "no facts; assumed string");
            concept.PeriodType = concept.HasPeriodStartOrEndLabel ? "instant" : "duration";
            concept.Infer("periodType", concept.PeriodType, "assumed", concept.HasPeriodStartOrEndLabel
                ? "no facts; shown with a period start or end label, so an instant"
                : "no facts; assumed duration");
        }
    }

    /// <summary>
    /// Calculation partners share the period type and (monetary or not) the kind of unit: a concept in a summation
    /// without facts takes both from the nearest partner that has them.
    /// </summary>
    private static void FromCalculations(ImportModel model, List<ConceptInfo> pending)
    {
        var waiting = new HashSet<ConceptName>(pending.Select(c => c.Name));
        var neighbours = new Dictionary<ConceptName, SortedSet<ConceptName>>();
        foreach (var relationship in model.Linkbases.Calculation)
        {
            Link(relationship.From, relationship.To);
            Link(relationship.To, relationship.From);
        }

        var queue = new Queue<ConceptInfo>(model.Concepts.Values.Where(c => !waiting.Contains(c.Name) && c.IsReportable && XbrlTypeMap.IsNumeric(c.DataType) && c.PeriodType is not null && neighbours.ContainsKey(c.Name)));
        while (queue.Count > 0)
        {
            var known = queue.Dequeue();
            foreach (var name in neighbours[known.Name])
            {
                if (!waiting.Remove(name))
                {
                    continue;
                }

                var concept = model.Get(name);
                var reason = $"from the calculation with {known.Name} (no facts)";
                concept.DataType = known.DataType;
                concept.Infer("type", concept.DataType!, "calculation", reason);
                concept.PeriodType = known.PeriodType;
                concept.Infer("periodType", concept.PeriodType!, "calculation", reason);
                if (known.Unit is not null)
                {
                    concept.Unit = known.Unit;
                    concept.Infer("unit", known.Unit, "calculation", reason);
                }

                queue.Enqueue(concept);
            }
        }

        foreach (var concept in pending.Where(c => waiting.Contains(c.Name)))
        {
            concept.DataType = "monetary";
            concept.Infer("type", "monetary", "assumed", "in a calculation, no facts; assumed monetary");
            concept.PeriodType = "duration";
            concept.Infer("periodType", "duration", "assumed", "in a calculation, no facts; assumed duration");
        }

        void Link(ConceptName from, ConceptName to)
        {
            if (!neighbours.TryGetValue(from, out var set))
            {
                neighbours.Add(from, set = new SortedSet<ConceptName>());
            }

            set.Add(to);
        }
    }

    private static List<string> EnumerationValues(ImportModel model, RelationshipIndex definition, ElementDeclaration element)
    {
        if (element.EnumerationDomain is not { } domainQName)
        {
            return new List<string>();
        }

        var colon = domainQName.IndexOf(':');
        XNamespace? ns = colon > 0 ? element.Source.GetNamespaceOfPrefix(domainQName.Substring(0, colon)) : element.Source.GetDefaultNamespace();
        var prefix = ns is null ? null : model.Prefixes.PrefixOf(ns.NamespaceName);
        if (prefix is null)
        {
            return new List<string>();
        }

        var domain = new ConceptName(prefix, colon > 0 ? domainQName.Substring(colon + 1) : domainQName);
        var roles = element.EnumerationLinkrole is { } linkrole ? new[] { linkrole } : model.Linkbases.Definition.Select(r => r.LinkRole).Distinct().ToArray();
        var members = roles.SelectMany(role => definition.Descendants(role, Arcroles.DomainMember, domain)).Distinct().ToList();
        return members.Select(m => m.LocalName).Where(n => NameRules.WhyNotIdentifier(n) is null).Distinct().ToList();
    }

    private static void ChooseDefaults(ImportModel model)
    {
        if (model.Facts is not { } facts)
        {
            return;
        }

        var monetary = facts.Report.Facts.Where(f => f.Unit is { IsMonetary: true }).ToList();
        if (monetary.Count == 0)
        {
            return;
        }

        var currency = monetary.GroupBy(f => f.Unit!.CurrencyCode!).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First();
        if (model.Units.Find("iso4217:" + currency.Key) is { } unit)
        {
            model.DefaultCurrency = (unit.Id, $"{currency.Count()} of {Count(monetary.Count, "monetary fact")} in {facts.FileName}");
        }

        var decimals = monetary.Where(f => f.Decimals is not null).GroupBy(f => f.Decimals!.Value.ToString()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        if (decimals is not null)
        {
            model.DefaultDecimals = (decimals.Key, $"{decimals.Count()} of {Count(monetary.Count, "monetary fact")} in {facts.FileName}");
        }
    }

    private static void Explain(ImportModel model, ConceptInfo concept, string why)
    {
        concept.Comments.Add(why);
        model.Log.Note($"{concept.Name}: {why}.");
    }
}
