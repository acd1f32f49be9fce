namespace TypedTaxonomy.Schema.Model;

/// <summary>A concept's data type, in the format's spelling (XBRL's item types without the suffix).</summary>
public enum ConceptDataType
{
    Monetary,
    Decimal,
    Integer,
    NonNegativeInteger,
    Shares,
    PerShare,
    Percent,
    Pure,
    String,
    TextBlock,
    Date,
    Boolean,
    Duration,
    Enumeration,
}

/// <summary>Whether facts of a concept are measured at an instant or over a duration.</summary>
public enum ConceptPeriodType
{
    Instant,
    Duration,
}

/// <summary>The balance attribute of a monetary concept.</summary>
public enum ConceptBalance
{
    None,
    Debit,
    Credit,
}

/// <summary>What a concept is for: a reportable item, or part of a dimension.</summary>
public enum ConceptRole
{
    Item,
    Axis,
    Domain,
    Member,
}

/// <summary>Facts about data types that every layer needs.</summary>
public static class ConceptDataTypeFacts
{
    /// <summary>True for the types whose facts carry a unit and decimals.</summary>
    public static bool IsNumeric(this ConceptDataType type) => type switch
    {
        ConceptDataType.Monetary or ConceptDataType.Decimal or ConceptDataType.Integer or ConceptDataType.NonNegativeInteger
            or ConceptDataType.Shares or ConceptDataType.PerShare or ConceptDataType.Percent or ConceptDataType.Pure => true,
        _ => false,
    };

    /// <summary>The format's spelling of a type, as written in schema files.</summary>
    public static string ToSchemaName(this ConceptDataType type) => type switch
    {
        ConceptDataType.NonNegativeInteger => "nonNegativeInteger",
        ConceptDataType.PerShare => "perShare",
        ConceptDataType.TextBlock => "textBlock",
        _ => type.ToString().ToLowerInvariant(),
    };
}

/// <summary>The format's spelling of period types and balances, as written in schema files.</summary>
public static class ConceptAttributeNames
{
    /// <summary><c>instant</c> or <c>duration</c>.</summary>
    public static string ToSchemaName(this ConceptPeriodType periodType) => periodType == ConceptPeriodType.Instant ? "instant" : "duration";

    /// <summary><c>debit</c> or <c>credit</c>; <c>none</c> for no balance, which is written by leaving the key out.</summary>
    public static string ToSchemaName(this ConceptBalance balance) => balance switch
    {
        ConceptBalance.Debit => "debit",
        ConceptBalance.Credit => "credit",
        _ => "none",
    };
}
