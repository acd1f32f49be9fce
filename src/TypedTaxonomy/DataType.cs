namespace TypedTaxonomy;

/// <summary>The data type of a concept, in the vocabulary of XBRL item types.</summary>
public enum DataType
{
    /// <summary><c>xbrli:monetaryItemType</c>: an amount in one ISO 4217 currency.</summary>
    Monetary,

    /// <summary><c>xbrli:decimalItemType</c>.</summary>
    Decimal,

    /// <summary><c>xbrli:integerItemType</c>.</summary>
    Integer,

    /// <summary><c>xbrli:nonNegativeIntegerItemType</c>.</summary>
    NonNegativeInteger,

    /// <summary><c>xbrli:sharesItemType</c>: a number of shares (unit <c>xbrli:shares</c>).</summary>
    Shares,

    /// <summary><c>num:perShareItemType</c>: a currency amount per share.</summary>
    PerShare,

    /// <summary><c>num:percentItemType</c>: a ratio written as a decimal fraction (unit <c>xbrli:pure</c>).</summary>
    Percent,

    /// <summary><c>xbrli:pureItemType</c>: a ratio (unit <c>xbrli:pure</c>).</summary>
    Pure,

    /// <summary><c>xbrli:stringItemType</c>.</summary>
    String,

    /// <summary><c>nonnum:textBlockItemType</c>: escaped HTML.</summary>
    TextBlock,

    /// <summary><c>xbrli:dateItemType</c>.</summary>
    Date,

    /// <summary><c>xbrli:booleanItemType</c>.</summary>
    Boolean,

    /// <summary><c>xbrli:durationItemType</c>: an ISO 8601 duration such as <c>P3M</c>.</summary>
    Duration,

    /// <summary>An enumeration of allowed values.</summary>
    Enumeration,
}
