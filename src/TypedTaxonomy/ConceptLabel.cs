namespace TypedTaxonomy;

/// <summary>A concept's label in an XBRL label role and a language.</summary>
/// <param name="Role">The role's short name: standard, terse, verbose, total, negated, periodStart, periodEnd, documentation, ...</param>
/// <param name="Language">The language, such as en or zh-CN.</param>
/// <param name="Text">The label.</param>
public sealed record ConceptLabel(string Role, string Language, string Text);
