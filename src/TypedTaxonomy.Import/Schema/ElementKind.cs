namespace TypedTaxonomy.Import.Schema;

/// <summary>What an element declaration is in XBRL, from its substitution group.</summary>
internal enum ElementKind
{
    /// <summary>Not an XBRL concept (for example a reference part or a helper element).</summary>
    Other,

    /// <summary>xbrli:item: a line item, or a domain member when its type is domainItemType.</summary>
    Item,

    /// <summary>xbrli:tuple: not supported by the format.</summary>
    Tuple,

    /// <summary>xbrldt:hypercubeItem: a table.</summary>
    Hypercube,

    /// <summary>xbrldt:dimensionItem: an axis.</summary>
    Dimension,
}
