using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>
/// XML Schema validation of item values against their types with <see cref="System.Xml.Schema"/>: each item's type
/// becomes a simple type of one <see cref="XmlSchemaSet"/>, compiled once per DTS: the built-in type under its XBRL
/// item type (<c>monetaryItemType</c> is <c>xs:decimal</c>, <c>dateTimeItemType</c> the union of <c>xs:date</c> and
/// <c>xs:dateTime</c>, ...) restricted by the facets of every restriction the DTS derives it through (enumerations,
/// bounds, lengths, patterns, digits). A value the type does not accept is an <c>xmlSchema:valueError</c>. Items whose
/// type rests on a schema outside the DTS other than XBRL's own (the DTR's types) are not checked. Items of an XBRL item
/// type as it is (no facets between) share the one element compiled for that type, the message still naming the
/// item's own element.
/// </summary>
public sealed class FactValueValidator
{
    private const string Namespace = "urn:typed-taxonomy:dts-values";

    private static readonly Dictionary<string, XmlTypeCode> ItemTypes = new(StringComparer.Ordinal)
    {
        ["decimalItemType"] = XmlTypeCode.Decimal,
        ["monetaryItemType"] = XmlTypeCode.Decimal,
        ["sharesItemType"] = XmlTypeCode.Decimal,
        ["pureItemType"] = XmlTypeCode.Decimal,
        ["floatItemType"] = XmlTypeCode.Float,
        ["doubleItemType"] = XmlTypeCode.Double,
        ["integerItemType"] = XmlTypeCode.Integer,
        ["nonPositiveIntegerItemType"] = XmlTypeCode.NonPositiveInteger,
        ["negativeIntegerItemType"] = XmlTypeCode.NegativeInteger,
        ["longItemType"] = XmlTypeCode.Long,
        ["intItemType"] = XmlTypeCode.Int,
        ["shortItemType"] = XmlTypeCode.Short,
        ["byteItemType"] = XmlTypeCode.Byte,
        ["nonNegativeIntegerItemType"] = XmlTypeCode.NonNegativeInteger,
        ["unsignedLongItemType"] = XmlTypeCode.UnsignedLong,
        ["unsignedIntItemType"] = XmlTypeCode.UnsignedInt,
        ["unsignedShortItemType"] = XmlTypeCode.UnsignedShort,
        ["unsignedByteItemType"] = XmlTypeCode.UnsignedByte,
        ["positiveIntegerItemType"] = XmlTypeCode.PositiveInteger,
        ["stringItemType"] = XmlTypeCode.String,
        ["booleanItemType"] = XmlTypeCode.Boolean,
        ["hexBinaryItemType"] = XmlTypeCode.HexBinary,
        ["base64BinaryItemType"] = XmlTypeCode.Base64Binary,
        ["anyURIItemType"] = XmlTypeCode.AnyUri,
        ["QNameItemType"] = XmlTypeCode.QName,
        ["durationItemType"] = XmlTypeCode.Duration,
        ["timeItemType"] = XmlTypeCode.Time,
        ["dateItemType"] = XmlTypeCode.Date,
        ["gYearMonthItemType"] = XmlTypeCode.GYearMonth,
        ["gYearItemType"] = XmlTypeCode.GYear,
        ["gMonthDayItemType"] = XmlTypeCode.GMonthDay,
        ["gDayItemType"] = XmlTypeCode.GDay,
        ["gMonthItemType"] = XmlTypeCode.GMonth,
        ["normalizedStringItemType"] = XmlTypeCode.NormalizedString,
        ["tokenItemType"] = XmlTypeCode.Token,
        ["languageItemType"] = XmlTypeCode.Language,
        ["NameItemType"] = XmlTypeCode.Name,
        ["NCNameItemType"] = XmlTypeCode.NCName,
    };

    private readonly Dictionary<XName, ItemElement> elementOfItem;
    private readonly XmlSchemaValidator validator;
    private readonly ElementResolver resolver = new();
    private string? error;

    private FactValueValidator(XmlSchemaSet set, Dictionary<XName, ItemElement> elementOfItem)
    {
        this.elementOfItem = elementOfItem;
        validator = new XmlSchemaValidator(set.NameTable, set, resolver, XmlSchemaValidationFlags.None);
        validator.ValidationEventHandler += (_, e) => error ??= e.Message;
    }

    /// <summary>How many items' types are checked.</summary>
    public int CheckedItems => elementOfItem.Count;

    /// <summary>Compiles the simple types of every item of <paramref name="dts"/> into one schema set.</summary>
    public static FactValueValidator For(DtsSet dts) => For(dts, null);

    /// <summary>
    /// Compiles the simple types that values of the items in <paramref name="used"/> (every item when null) are checked
    /// against, with every type that a restriction of the DTS gives facets: a facet the DTS gets wrong turns value
    /// checking off whatever item it is on. An XBRL item type as it is (<c>monetaryItemType</c>) cannot be wrong, and
    /// is compiled only for an item used: a DTS of 20,000 items does not compile 20,000 types for an instance of 50 facts.
    /// </summary>
    internal static FactValueValidator For(DtsSet dts, IReadOnlySet<XName>? used)
    {
        ArgumentNullException.ThrowIfNull(dts);
        var schema = new XmlSchema { TargetNamespace = Namespace, ElementFormDefault = XmlSchemaForm.Qualified };
        var elementOfItem = new Dictionary<XName, ItemElement>();
        // Items of an XBRL item type as it is share one compiled element per item type (3,441 decimal items, one
        // element): their types are the same, and only the element's name in the validator's message tells them apart.
        var sharedOfItemType = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in dts.Elements.Values.Where(dts.IsItem))
        {
            var name = "i" + elementOfItem.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (DeclaredItemType(item) is { } declared && sharedOfItemType.TryGetValue(declared, out var sharedType))
            {
                elementOfItem.Add(item.Name, new ItemElement(sharedType, name)); // its type is already compiled, and not made again
                continue;
            }

            if (SimpleTypeOf(dts, item, out var faceted, out var itemType) is not { } type)
            {
                continue;
            }

            var compiled = name;
            if (!faceted && itemType is not null)
            {
                if (sharedOfItemType.TryGetValue(itemType, out var shared))
                {
                    compiled = shared;
                }
                else if (used is null || used.Contains(item.Name))
                {
                    sharedOfItemType.Add(itemType, name);
                    schema.Items.Add(new XmlSchemaElement { Name = name, SchemaType = type });
                }
            }
            else if (used is null || faceted || used.Contains(item.Name))
            {
                schema.Items.Add(new XmlSchemaElement { Name = name, SchemaType = type });
            }

            elementOfItem.Add(item.Name, new ItemElement(compiled, name));
        }

        var set = new XmlSchemaSet { XmlResolver = null };
        var broken = new List<string>();
        set.ValidationEventHandler += (_, e) => broken.Add(e.Message);
        set.Add(schema);
        set.Compile();
        if (broken.Count > 0)
        {
            // A facet the DTS gets wrong is the schema's error, found by schema validation of the DTS; values are then not checked.
            return new FactValueValidator(new XmlSchemaSet { XmlResolver = null }, new Dictionary<XName, ItemElement>());
        }

        return new FactValueValidator(set, elementOfItem);
    }

    /// <summary>Checks the value of the item fact <paramref name="fact"/>; nil facts have no value to check.</summary>
    public void Check(XElement fact, DtsDocument instance, List<DtsFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (!fact.HasElements)
        {
            Check(fact, fact.Name, fact.Value, instance, findings);
        }
    }

    /// <summary>
    /// Checks the value of an item fact of <paramref name="concept"/> given by the element <paramref name="fact"/>
    /// (an instance's item, or an Inline XBRL document's <c>ix:nonFraction</c> or <c>ix:nonNumeric</c>, whose value is
    /// the one its transformation gives); the element's nil attribute, namespaces in scope and place are the fact's.
    /// </summary>
    public void Check(XElement fact, XName concept, string value, DtsDocument instance, List<DtsFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(concept);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(findings);
        if (!elementOfItem.TryGetValue(concept, out var element) || ((string?)fact.Attribute(Xsi + "nil"))?.Trim() is "true" or "1")
        {
            return;
        }

        error = null;
        resolver.Scope = fact;
        validator.Initialize();
        validator.ValidateElement(element.Compiled, Namespace, null);
        validator.ValidateEndOfAttributes(null);
        validator.ValidateText(value);
        validator.ValidateEndElement(null);
        validator.EndValidation();
        if (error is not null)
        {
            if (element.Compiled != element.Own)
            {
                // The validator names the element it validated against: the item's own, as if it had one of its own.
                var index = error.IndexOf($"'{Namespace}:{element.Compiled}'", StringComparison.Ordinal);
                if (index >= 0)
                {
                    error = string.Concat(error.AsSpan(0, index), $"'{Namespace}:{element.Own}'", error.AsSpan(index + Namespace.Length + element.Compiled.Length + 3));
                }
            }

            findings.Add(new DtsFinding("xmlSchema:valueError", $"The value {Excerpt.Quote(value)} of {concept.LocalName} is not valid for its type: {error}", instance.Path, DtsLoader.Line(fact), DtsLoader.Column(fact)));
        }
    }

    /// <summary>
    /// The simple type of an item's value: the built-in type under its XBRL item type, restricted by each restriction in
    /// the DTS between them; <paramref name="faceted"/> unless it is an XBRL item type's built-in type as it is.
    /// </summary>
    private static XmlSchemaSimpleType? SimpleTypeOf(DtsSet dts, DtsElement item, out bool faceted, out string? itemType)
    {
        faceted = true;
        itemType = null;
        var restrictions = new List<XElement>();
        var definition = item.Declaration.Element(Xsd + "complexType") ?? item.Declaration.Element(Xsd + "simpleType");
        var typeName = definition is null ? DtsSet.TypeNameOf(item.Declaration) : null;
        for (var depth = 0; depth < 32; depth++)
        {
            if (definition is null)
            {
                if (typeName is null)
                {
                    return null;
                }

                if (typeName.Namespace == Xbrli)
                {
                    itemType = typeName.LocalName;
                    return Restrict(Base(typeName.LocalName), restrictions, out faceted);
                }

                if (typeName.Namespace == Xsd)
                {
                    return Restrict(XmlSchemaType.GetBuiltInSimpleType(new XmlQualifiedName(typeName.LocalName, XbrlNamespaces.Xsd)), restrictions, out _); // an XML Schema built-in, which may not be restricted as it is (NOTATION): compiled
                }

                if (!dts.Types.TryGetValue(typeName, out definition))
                {
                    return null; // a type of a schema outside the DTS
                }
            }

            var derivation = definition.Name == Xsd + "simpleType"
                ? definition.Element(Xsd + "restriction")
                : definition.Element(Xsd + "simpleContent")?.Elements().FirstOrDefault(e => e.Name == Xsd + "restriction" || e.Name == Xsd + "extension");
            if (derivation is null || (string?)derivation.Attribute("base") is not { } baseText)
            {
                return null; // complex content (fractionItemType), lists, unions: not checked
            }

            if (derivation.Name == Xsd + "restriction")
            {
                restrictions.Insert(0, derivation);
            }

            typeName = DtsSet.QNameOf(derivation, baseText);
            definition = null;
        }

        return null;
    }

    /// <summary>The XBRL item type an item is declared with as it is (<c>type="xbrli:monetaryItemType"</c>), else null.</summary>
    private static string? DeclaredItemType(DtsElement item) =>
        !item.Declaration.HasElements && DtsSet.TypeNameOf(item.Declaration) is { } typeName && typeName.Namespace == Xbrli
            ? typeName.LocalName
            : null;

    private static XmlSchemaSimpleType? Base(string itemType)
    {
        if (itemType == "dateTimeItemType")
        {
            var union = new XmlSchemaSimpleTypeUnion { MemberTypes = [new XmlQualifiedName("date", XbrlNamespaces.Xsd), new XmlQualifiedName("dateTime", XbrlNamespaces.Xsd)] };
            return new XmlSchemaSimpleType { Content = union };
        }

        return ItemTypes.TryGetValue(itemType, out var code) ? XmlSchemaType.GetBuiltInSimpleType(code) : null;
    }

    private static XmlSchemaSimpleType? Restrict(XmlSchemaSimpleType? type, List<XElement> restrictions, out bool faceted)
    {
        faceted = false;
        if (type is null)
        {
            return null;
        }

        foreach (var restriction in restrictions)
        {
            var content = type.QualifiedName.IsEmpty ? new XmlSchemaSimpleTypeRestriction { BaseType = type } : new XmlSchemaSimpleTypeRestriction { BaseTypeName = type.QualifiedName };
            foreach (var facet in restriction.Elements())
            {
                XmlSchemaFacet? made = facet.Name.LocalName switch
                {
                    "enumeration" => new XmlSchemaEnumerationFacet(),
                    "pattern" => new XmlSchemaPatternFacet(),
                    "minInclusive" => new XmlSchemaMinInclusiveFacet(),
                    "maxInclusive" => new XmlSchemaMaxInclusiveFacet(),
                    "minExclusive" => new XmlSchemaMinExclusiveFacet(),
                    "maxExclusive" => new XmlSchemaMaxExclusiveFacet(),
                    "length" => new XmlSchemaLengthFacet(),
                    "minLength" => new XmlSchemaMinLengthFacet(),
                    "maxLength" => new XmlSchemaMaxLengthFacet(),
                    "totalDigits" => new XmlSchemaTotalDigitsFacet(),
                    "fractionDigits" => new XmlSchemaFractionDigitsFacet(),
                    "whiteSpace" => new XmlSchemaWhiteSpaceFacet(),
                    _ => null,
                };
                if (made is not null && facet.Name.Namespace == Xsd && (string?)facet.Attribute("value") is { } value)
                {
                    made.Value = value;
                    content.Facets.Add(made);
                }
            }

            faceted |= content.Facets.Count > 0;
            type = content.Facets.Count == 0 ? type : new XmlSchemaSimpleType { Content = content };
        }

        return type.QualifiedName.IsEmpty ? type : new XmlSchemaSimpleType { Content = new XmlSchemaSimpleTypeRestriction { BaseTypeName = type.QualifiedName } };
    }

    /// <summary>The element of the schema set an item's values are validated against, and the item's own element name.</summary>
    private readonly record struct ItemElement(string Compiled, string Own);

    /// <summary>The namespaces in scope at a fact, for QName values.</summary>
    private sealed class ElementResolver : IXmlNamespaceResolver
    {
        public XElement? Scope { get; set; }

        public IDictionary<string, string> GetNamespacesInScope(XmlNamespaceScope scope) => new Dictionary<string, string>();

        public string? LookupNamespace(string prefix) => prefix.Length == 0 ? Scope?.GetDefaultNamespace().NamespaceName : Scope?.GetNamespaceOfPrefix(prefix)?.NamespaceName;

        public string? LookupPrefix(string namespaceName) => Scope?.GetPrefixOfNamespace(namespaceName);
    }
}
