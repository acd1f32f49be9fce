namespace TypedTaxonomy;

/// <summary>The <c>xbrli:balance</c> of a monetary concept.</summary>
public enum Balance
{
    /// <summary>No balance attribute.</summary>
    None,

    /// <summary>A debit balance (assets, expenses).</summary>
    Debit,

    /// <summary>A credit balance (liabilities, equity, revenue).</summary>
    Credit,
}
