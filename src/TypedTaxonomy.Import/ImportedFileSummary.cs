namespace TypedTaxonomy.Import;

/// <summary>What one written schema file holds.</summary>
/// <param name="Path">Where the file goes.</param>
/// <param name="Prefix">The QName prefix of the taxonomy in the file.</param>
/// <param name="Concepts">Entries under <c>concepts</c>.</param>
/// <param name="Axes">Axes declared by this taxonomy.</param>
/// <param name="Members">Axis members declared by this taxonomy (also those added to other taxonomies' axes).</param>
/// <param name="Statements">Entries under <c>statements</c>.</param>
/// <param name="Calculations">Summations (one per total and extended link role).</param>
/// <param name="CalculationItems">Contributing items over all summations: one per summation-item relationship.</param>
/// <param name="InferredAttributes">Attributes marked <c># inferred</c> in the file.</param>
public sealed record ImportedFileSummary(
    string Path,
    string Prefix,
    int Concepts,
    int Axes,
    int Members,
    int Statements,
    int Calculations,
    int CalculationItems,
    int InferredAttributes);
