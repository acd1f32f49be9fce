namespace TypedTaxonomy.Import.Model;

/// <summary>What a concept is in the output: a line item, or a part of a dimension.</summary>
internal enum ImportRole
{
    /// <summary>A reportable concept or a heading: written under <c>concepts</c>.</summary>
    Item,

    /// <summary>A table (hypercube): an abstract heading under <c>concepts</c>.</summary>
    Hypercube,

    /// <summary>An explicit axis: written under <c>axes</c>.</summary>
    Axis,

    /// <summary>A typed dimension: the format has no way to write it, so it is left out.</summary>
    TypedAxis,

    /// <summary>An axis's domain: the <c>domain</c> of its axis.</summary>
    Domain,

    /// <summary>A domain member: written in an axis's <c>members</c>.</summary>
    Member,
}
