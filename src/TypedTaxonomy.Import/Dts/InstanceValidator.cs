using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>
/// The rules of XBRL 2.1 an instance is checked by against its DTS, beyond what <see cref="Validation.ReportValidator"/>
/// checks of its facts: segment and scenario content (sections 4.7.3.2, 4.7.4), tuple attributes (4.9), decimals and
/// precision that an item's type fixes (4.6.3), item values against their types (<see cref="FactValueValidator"/>), and
/// essence-alias relationships between its facts (5.2.6.2.2). Findings carry Arelle's codes.
/// </summary>
public static class InstanceValidator
{
    /// <summary>Checks the instance <paramref name="instance"/> (a document of <paramref name="dts"/>) and its facts.</summary>
    public static void Validate(DtsSet dts, DtsRelationships relationships, DtsDocument instance, XbrlReport report, List<DtsFinding> findings)
    {
        System.ArgumentNullException.ThrowIfNull(dts);
        System.ArgumentNullException.ThrowIfNull(relationships);
        System.ArgumentNullException.ThrowIfNull(instance);
        System.ArgumentNullException.ThrowIfNull(report);
        System.ArgumentNullException.ThrowIfNull(findings);
        var root = instance.Xml.Root!;
        foreach (var context in root.Descendants(Xbrli + "context"))
        {
            foreach (var (container, section, name) in new[] { (context.Element(Xbrli + "entity")?.Element(Xbrli + "segment"), "4.7.3.2", "segment"), (context.Element(Xbrli + "scenario"), "4.7.4", "scenario") })
            {
                foreach (var element in container?.Descendants() ?? [])
                {
                    if (element.Name.Namespace == Xbrli)
                    {
                        Add(findings, $"xbrl.{section}:{name}XbrliElement", $"The {name} of context {(string?)context.Attribute("id")} holds the XBRL instance element {element.Name.LocalName}.", instance, element);
                    }
                    else if (dts.Elements.TryGetValue(element.Name, out var declared) && (dts.IsItem(declared) || dts.IsTuple(declared)))
                    {
                        Add(findings, $"xbrl.{section}:{name}ItemOrTuple", $"The {name} of context {(string?)context.Attribute("id")} holds the item or tuple {element.Name.LocalName}.", instance, element);
                    }
                }
            }
        }

        var used = instance.Kind == DtsDocumentKind.InlineInstance
            ? report.Facts.Select(f => XName.Get(f.ConceptName.LocalName, f.ConceptName.NamespaceUri)).ToHashSet()
            : root.Descendants().Select(e => e.Name).ToHashSet();
        var values = FactValueValidator.For(dts, used);
        var defaulted = new Dictionary<DtsElement, string[]>(ReferenceEqualityComparer.Instance);
        var defaultedOfType = new Dictionary<XName, string[]>();
        if (instance.Kind == DtsDocumentKind.InlineInstance)
        {
            foreach (var (element, fact) in InlineItems(instance, report))
            {
                var concept = XName.Get(fact.ConceptName.LocalName, fact.ConceptName.NamespaceUri);
                if (dts.Elements.TryGetValue(concept, out var declared) && dts.IsItem(declared))
                {
                    CheckDefaultedPrecision(dts, declared, element, instance, findings, defaulted, defaultedOfType);
                    values.Check(element, concept, fact.Value ?? string.Empty, instance, findings);
                }
            }
        }

        foreach (var element in instance.Kind == DtsDocumentKind.Instance ? root.Descendants() : [])
        {
            if (dts.Elements.TryGetValue(element.Name, out var declared) && dts.IsItem(declared))
            {
                CheckDefaultedPrecision(dts, declared, element, instance, findings, defaulted, defaultedOfType);
                values.Check(element, instance, findings);
            }
            else if (declared is not null && dts.IsTuple(declared))
            {
                foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && DtsValidator.IsXbrlNamespace(a.Name.NamespaceName)))
                {
                    Add(findings, "xbrl.4.9:tupleAttributes", $"The tuple {element.Name.LocalName} has the attribute {attribute.Name.LocalName} of an XBRL namespace.", instance, element);
                }
            }
        }

        CheckEssenceAlias(dts, relationships, report, instance, findings);
    }

    /// <summary>
    /// The item facts of an Inline XBRL document with the <c>ix:nonFraction</c> or <c>ix:nonNumeric</c> element each
    /// comes from (found by the place the reader gives the fact); a fact of another document of its set is not here.
    /// </summary>
    private static IEnumerable<(XElement Element, Fact Fact)> InlineItems(DtsDocument instance, XbrlReport report)
    {
        var elements = new Dictionary<(int, int), XElement>();
        foreach (var element in instance.Xml.Root!.Descendants().Where(e => e.Name.Namespace == Ix && e.Name.LocalName is "nonFraction" or "nonNumeric"))
        {
            elements.TryAdd((DtsLoader.Line(element), DtsLoader.Column(element)), element);
        }

        foreach (var fact in report.Facts)
        {
            if (fact.Location is { } at && elements.TryGetValue((at.Line, at.Column), out var element))
            {
                yield return (element, fact);
            }
        }
    }

    /// <summary>
    /// Schema validation adds the <c>decimals</c> and <c>precision</c> an item's type fixes or defaults to a fact that
    /// has none, and XBRL 2.1 section 4.6.3 then applies to the fact as validated: a nil fact has neither, no fact has both.
    /// What each item's type defaults is found once per instance (<paramref name="defaulted"/>, <paramref name="defaultedOfType"/>).
    /// </summary>
    private static void CheckDefaultedPrecision(DtsSet dts, DtsElement item, XElement fact, DtsDocument instance, List<DtsFinding> findings, Dictionary<DtsElement, string[]> defaulted, Dictionary<XName, string[]> defaultedOfType)
    {
        if (!defaulted.TryGetValue(item, out var ofType))
        {
            // Items of one named type (thousands of monetary items) default the same: it is found once per type.
            var typeName = item.Declaration.Element(Xsd + "complexType") is null ? DtsSet.TypeNameOf(item.Declaration) : null;
            if (typeName is null || !defaultedOfType.TryGetValue(typeName, out ofType))
            {
                ofType = DefaultedAttributes(dts, item).Where(a => a is "decimals" or "precision").ToArray();
                if (typeName is not null)
                {
                    defaultedOfType.Add(typeName, ofType);
                }
            }

            defaulted.Add(item, ofType);
        }

        if (ofType.Length == 0)
        {
            return;
        }

        var added = ofType.Where(a => fact.Attribute(a) is null).ToList();
        if (added.Count == 0)
        {
            return;
        }

        if (((string?)fact.Attribute(Xsi + "nil"))?.Trim() is "true" or "1")
        {
            Add(findings, "xbrl.4.6.3:nilPrecisionDecimals", $"The nil fact {fact.Name.LocalName} gets {added[0]} from its type's fixed or default value.", instance, fact);
        }
        else if (fact.Attribute("decimals") is not null || fact.Attribute("precision") is not null || added.Count > 1)
        {
            Add(findings, "xbrl.4.6.3:bothPrecisionAndDecimals", $"The fact {fact.Name.LocalName} gets {added[0]} from its type besides the one it has.", instance, fact);
        }
    }

    /// <summary>The unqualified attributes an item's type (through its derivations in the DTS) gives a fixed or default value.</summary>
    private static IEnumerable<string> DefaultedAttributes(DtsSet dts, DtsElement item)
    {
        var type = dts.TypeDefinitionOf(item);
        for (var depth = 0; depth < 32 && type is not null; depth++)
        {
            var derivation = type.Elements().SelectMany(c => c.Elements()).FirstOrDefault(e => e.Name == Xsd + "restriction" || e.Name == Xsd + "extension");
            foreach (var attribute in (derivation ?? type).Elements(Xsd + "attribute"))
            {
                if ((string?)attribute.Attribute("name") is { } attributeName && (attribute.Attribute("fixed") is not null || attribute.Attribute("default") is not null))
                {
                    yield return attributeName;
                }
            }

            type = (string?)derivation?.Attribute("base") is { } b && DtsSet.QNameOf(derivation!, b) is { } baseName ? dts.Types.GetValueOrDefault(baseName) : null;
        }
    }

    /// <summary>
    /// XBRL 2.1 section 5.2.6.2.2: facts of an essence and its alias in the same context and parent (and neither nil)
    /// have equal units and equal values.
    /// </summary>
    private static void CheckEssenceAlias(DtsSet dts, DtsRelationships relationships, XbrlReport report, DtsDocument instance, List<DtsFinding> findings)
    {
        var pairs = relationships.OfArcrole(EssenceAlias).Select(r => (Essence: NameOf(r.From), Alias: NameOf(r.To))).Where(p => p.Essence is not null && p.Alias is not null).ToList();
        if (pairs.Count == 0)
        {
            return;
        }

        var byConcept = report.Facts.Where(f => !f.IsNil).ToLookup(f => f.ConceptName.ExpandedName);
        foreach (var (essence, alias) in pairs)
        {
            foreach (var essenceFact in byConcept[essence!])
            {
                foreach (var aliasFact in byConcept[alias!].Where(a => SameContextAndParent(essenceFact, a)))
                {
                    if (!Equals(essenceFact.Unit, aliasFact.Unit))
                    {
                        Add(findings, "xbrl.5.2.6.2.2:essenceAliasUnitsInconsistency", $"The essence {essenceFact.ConceptName} and its alias {aliasFact.ConceptName} are reported in one context with different units.", instance, aliasFact);
                    }
                    else if (essenceFact.NumericValue is { } a ? aliasFact.NumericValue != a : essenceFact.Value != aliasFact.Value)
                    {
                        Add(findings, "xbrl.5.2.6.2.2:essenceAliasValueInconsistency", $"The essence {essenceFact.ConceptName} and its alias {aliasFact.ConceptName} are reported in one context with different values.", instance, aliasFact);
                    }
                }
            }
        }

        string? NameOf(XElement declaration) => dts.ElementOf(declaration) is { } element ? "{" + element.Name.NamespaceName + "}" + element.Name.LocalName : null;
    }

    private static bool SameContextAndParent(Fact a, Fact b) =>
        a.Entity.Equals(b.Entity) && a.Period.Equals(b.Period) && a.NonDimensionalContent == b.NonDimensionalContent
        && a.Dimensions.ToHashSet().SetEquals(b.Dimensions) && a.TypedDimensions.ToHashSet().SetEquals(b.TypedDimensions)
        && (a.EnclosingTuples.IsEmpty ? b.EnclosingTuples.IsEmpty : !b.EnclosingTuples.IsEmpty && a.EnclosingTuples[^1] == b.EnclosingTuples[^1]);

    private static void Add(List<DtsFinding> findings, string code, string message, DtsDocument document, XObject node) =>
        findings.Add(new DtsFinding(code, message, document.Path, DtsLoader.Line(node), DtsLoader.Column(node)));

    private static void Add(List<DtsFinding> findings, string code, string message, DtsDocument document, Fact fact) =>
        findings.Add(new DtsFinding(code, message, fact.Location?.Document ?? document.Path, fact.Location?.Line ?? 0, fact.Location?.Column ?? 0));
}
