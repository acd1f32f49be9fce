using System;
using System.Collections.Generic;
using System.Xml.Linq;

namespace TypedTaxonomy.Import.Schema;

/// <summary>
/// Maps XBRL item types to the format's data types. Types are matched by local name: the same names are
/// declared in xbrli, the DTR (num, nonnum, dtr-types) and US-GAAP's own type schemas, with the same meaning.
/// </summary>
internal static class XbrlTypeMap
{
    /// <summary>The format's name for a concept that is an axis member; members are declared through <c>axes</c>.</summary>
    public const string Member = "member";

    private static readonly Dictionary<string, string> Exact = new(StringComparer.Ordinal)
    {
        ["monetaryItemType"] = "monetary",
        ["decimalItemType"] = "decimal",
        ["integerItemType"] = "integer",
        ["nonNegativeIntegerItemType"] = "nonNegativeInteger",
        ["sharesItemType"] = "shares",
        ["perShareItemType"] = "perShare",
        ["percentItemType"] = "percent",
        ["pureItemType"] = "pure",
        ["stringItemType"] = "string",
        ["normalizedStringItemType"] = "string",
        ["tokenItemType"] = "string",
        ["noLangTokenItemType"] = "string",
        ["noLangStringItemType"] = "string",
        ["textBlockItemType"] = "textBlock",
        ["dateItemType"] = "date",
        ["booleanItemType"] = "boolean",
        ["durationItemType"] = "duration",
        ["domainItemType"] = Member,
    };

    // Numeric types without an equivalent of their own keep their numbers as decimals.
    private static readonly Dictionary<string, string> Approximate = new(StringComparer.Ordinal)
    {
        ["floatItemType"] = "decimal",
        ["doubleItemType"] = "decimal",
        ["longItemType"] = "integer",
        ["intItemType"] = "integer",
        ["shortItemType"] = "integer",
        ["byteItemType"] = "integer",
        ["nonPositiveIntegerItemType"] = "integer",
        ["negativeIntegerItemType"] = "integer",
        ["positiveIntegerItemType"] = "nonNegativeInteger",
        ["unsignedLongItemType"] = "nonNegativeInteger",
        ["unsignedIntItemType"] = "nonNegativeInteger",
        ["unsignedShortItemType"] = "nonNegativeInteger",
        ["unsignedByteItemType"] = "nonNegativeInteger",
        ["fractionItemType"] = "decimal",
        ["areaItemType"] = "decimal",
        ["volumeItemType"] = "decimal",
        ["massItemType"] = "decimal",
        ["energyItemType"] = "decimal",
        ["powerItemType"] = "decimal",
        ["lengthItemType"] = "decimal",
        ["memoryItemType"] = "decimal",
        ["flowItemType"] = "decimal",
        ["electricCurrentItemType"] = "decimal",
        ["temperatureItemType"] = "decimal",
        ["voltageItemType"] = "decimal",
        ["frequencyItemType"] = "decimal",
        ["planeAngleItemType"] = "decimal",
        ["weightItemType"] = "decimal",
        ["insolationItemType"] = "decimal",
        ["irradianceItemType"] = "decimal",
        ["ghgEmissionsItemType"] = "decimal",
        ["monetaryPerLengthItemType"] = "decimal",
        ["monetaryPerAreaItemType"] = "decimal",
        ["monetaryPerVolumeItemType"] = "decimal",
        ["monetaryPerMassItemType"] = "decimal",
        ["monetaryPerEnergyItemType"] = "decimal",
        ["monetaryPerDurationItemType"] = "decimal",
        ["perUnitItemType"] = "decimal",
        ["ratioItemType"] = "pure",
    };

    /// <summary>True for the enumeration types of Extensible Enumerations 1.0 and 2.0.</summary>
    public static bool IsEnumeration(XName? type) =>
        type is not null && type.LocalName is "enumerationItemType" or "enumerationSetItemType" or "enumerationsItemType";

    /// <summary>
    /// The data type for an XBRL type, and why it is only an approximation (null when exact). A type the format has
    /// no equivalent for is imported as string.
    /// </summary>
    public static (string DataType, string? Note) Map(XName? type)
    {
        if (type is null)
        {
            return ("string", "it declares no type");
        }

        if (Exact.TryGetValue(type.LocalName, out var exact))
        {
            return (exact, null);
        }

        if (Approximate.TryGetValue(type.LocalName, out var approximate))
        {
            return (approximate, $"its type {type.LocalName} has no equivalent; imported as {approximate}");
        }

        return ("string", $"its type {type.LocalName} has no equivalent; imported as string");
    }

    public static bool IsNumeric(string? dataType) => dataType is "monetary" or "decimal" or "integer" or "nonNegativeInteger" or "shares" or "perShare" or "percent" or "pure";
}
