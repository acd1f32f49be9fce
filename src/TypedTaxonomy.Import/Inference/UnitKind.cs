namespace TypedTaxonomy.Import.Inference;

/// <summary>The kind of a fact's unit, which decides the data type of a concept without a declaration.</summary>
internal enum UnitKind
{
    /// <summary>One ISO 4217 currency: monetary.</summary>
    Currency,

    /// <summary>xbrli:shares.</summary>
    Shares,

    /// <summary>A currency divided by xbrli:shares: perShare.</summary>
    PerShare,

    /// <summary>xbrli:pure: pure, percent or decimal.</summary>
    Pure,

    /// <summary>Any other unit (customers, vendors, square feet): integer or decimal, with the unit.</summary>
    Other,
}
