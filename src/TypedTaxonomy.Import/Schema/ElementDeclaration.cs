using System.Xml.Linq;

namespace TypedTaxonomy.Import.Schema;

/// <summary>A global element declaration of the taxonomy schema, with the XBRL attributes the import needs.</summary>
internal sealed record ElementDeclaration(
    string Name,
    string? Id,
    XName? Type,
    ElementKind Kind,
    string? PeriodType,
    string? Balance,
    bool IsAbstract,
    bool IsNillable,
    bool HasTypedDomain,
    string? EnumerationDomain,
    string? EnumerationLinkrole,
    XElement Source);
