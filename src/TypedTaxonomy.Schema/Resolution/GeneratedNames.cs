using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// Every C# name the generator gives: classes of a taxonomy, statement properties, axis enums, concept catalog
/// members and the names of generated files. The resolver checks collisions with these same names (TAX0008), the
/// generator emits them and the importer avoids them, so the three cannot disagree.
/// </summary>
public static class GeneratedNames
{
    /// <summary>The member of every concept catalog that lists the taxonomy's concepts.</summary>
    public const string ConceptList = "All";

    /// <summary>
    /// Members of every generated statement class, besides the period, currency and decimals, and those of
    /// <see cref="object"/>; no line item or axis property may take them.
    /// </summary>
    public static IReadOnlyList<string> StatementMembers { get; } = new[]
    {
        "Role", "Title", "PeriodType", "Presentation", "Members", "TryCreate", "SetValue", "GetValue", "DecimalsOf",
        "Validate", "CheckRow", "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone",
    };

    /// <summary>The properties of every statement that stand for its context, with what each one is.</summary>
    public static IReadOnlyList<(string Name, string Meaning)> StatementContextProperties { get; } = new[]
    {
        ("Period", "the statement's period"),
        ("Entity", "the reporting entity"),
        ("Currency", "the statement's currency"),
        ("Decimals", "the statement's decimals"),
    };

    /// <summary>The C# name of a concept, axis or member name: '.' and '-' become '_'.</summary>
    public static string Identifier(string localName) => NameRules.ToCSharpIdentifier(localName);

    /// <summary>The class with a taxonomy's concepts.</summary>
    public static string ConceptsClass(string taxonomyName) => taxonomyName + "Concepts";

    /// <summary>The class with a taxonomy's identity, lookups and rules.</summary>
    public static string TaxonomyClass(string taxonomyName) => taxonomyName + "Taxonomy";

    /// <summary>The class with a taxonomy's units.</summary>
    public static string UnitsClass(string taxonomyName) => taxonomyName + "Units";

    /// <summary>The class of a statement.</summary>
    public static string StatementClass(string statementName) => statementName + "Statement";

    /// <summary>The enum of an enumeration concept's values.</summary>
    public static string EnumerationEnum(string conceptLocalName) => Identifier(conceptLocalName) + "Value";

    /// <summary>
    /// The role that makes a line item a place of its own. Labels such as total or negated change only the
    /// words shown, so they map to the same value; an instant shown at the period's start or end is another value.
    /// </summary>
    public static string? PlaceRole(string? labelRole, bool isInstant) =>
        labelRole is "periodStart" or "periodEnd" && isInstant ? labelRole : null;

    /// <summary>
    /// The generated property of a line item. Opening and closing balances of one concept (the cash flow
    /// statement's cash) are two places with two values, so they get two properties.
    /// </summary>
    public static string LineItemProperty(string localName, string? placeRole) => placeRole switch
    {
        "periodStart" => "Opening" + Identifier(localName),
        "periodEnd" => "Closing" + Identifier(localName),
        _ => Identifier(localName),
    };

    /// <summary>The axis name without its <c>Axis</c> suffix: the statement property <c>Platform</c> of <c>PlatformAxis</c>.</summary>
    public static string AxisProperty(string axisLocalName)
    {
        var name = Identifier(axisLocalName);
        return name.EndsWith("Axis", StringComparison.Ordinal) && name.Length > 4 ? name.Substring(0, name.Length - 4) : name;
    }

    /// <summary>
    /// The enum of the axis's members: <c>PlatformMember</c>. The suffix keeps names such as <c>RangeAxis</c> from
    /// shadowing <c>System.Range</c>.
    /// </summary>
    public static string AxisEnum(string axisLocalName) => AxisProperty(axisLocalName) + "Member";

    /// <summary>The static class with the axis's QNames: <c>PlatformAxis</c>.</summary>
    public static string AxisClass(string axisLocalName) => AxisProperty(axisLocalName) + "Axis";

    /// <summary>The enum member of an axis member: its C# name without the <c>Member</c> suffix.</summary>
    public static string AxisMember(string memberLocalName)
    {
        var name = Identifier(memberLocalName);
        return name.EndsWith("Member", StringComparison.Ordinal) && name.Length > 6 ? name.Substring(0, name.Length - 6) : name;
    }

    /// <summary>A field of a generated class, from its property: <c>revenueItem</c> of <c>Revenue</c>.</summary>
    public static string Field(string property, string suffix) => char.ToLowerInvariant(property[0]) + property.Substring(1) + suffix;

    /// <summary>The hint name stem of a schema file: its name without the <c>.taxonomy.yaml</c> ending.</summary>
    public static string FileStem(string path)
    {
        var name = FileName(path);
        var marker = name.IndexOf(".taxonomy.", StringComparison.OrdinalIgnoreCase);
        return marker > 0 ? name.Substring(0, marker) : name;
    }

    /// <summary>The file name shown in generated comments: never a machine path, so output is the same everywhere.</summary>
    public static string FileName(string path)
    {
        var name = path.Replace('\\', '/');
        return name.Substring(name.LastIndexOf('/') + 1);
    }

    /// <summary>Text with every character that is not a letter or digit made '_'.</summary>
    public static string Identifierish(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>A file stem as a type name: <c>ifrs_full</c> becomes <c>IfrsFull</c>, <c>2024</c> becomes <c>File2024</c>.</summary>
    public static string PascalCase(string stem)
    {
        var builder = new StringBuilder(stem.Length);
        var upper = true;
        foreach (var c in stem)
        {
            if (c == '_')
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, "File");
        }

        return builder.ToString();
    }

    /// <summary>
    /// Where a line item's fact lies in its statement's period, as the runtime's <c>PeriodPlacement</c> names it: an
    /// opening balance (<c>periodStart</c> on an instant) at the <c>Start</c>, other instants at the <c>End</c>, flows
    /// over the <c>Duration</c>. The generated presentation and the command line's rendering both take it from here.
    /// </summary>
    public static string Placement(string? labelRole, ResolvedConcept concept) =>
        PlaceRole(labelRole, concept) == "periodStart" ? "Start" : concept.PeriodType == ConceptPeriodType.Instant ? "End" : "Duration";

    /// <summary>Whether a concept's place in a statement is its own value (see <see cref="PlaceRole(string?, bool)"/>).</summary>
    public static string? PlaceRole(string? labelRole, ResolvedConcept concept) =>
        PlaceRole(labelRole, concept.PeriodType == ConceptPeriodType.Instant);
}
