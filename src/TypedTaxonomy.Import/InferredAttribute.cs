namespace TypedTaxonomy.Import;

/// <summary>An attribute the importer inferred because no schema declared it.</summary>
/// <param name="Concept">The concept's QName (<c>us-gaap:Revenues</c>), or the taxonomy's prefix for a taxonomy default.</param>
/// <param name="Attribute">The YAML key (<c>type</c>, <c>periodType</c>, <c>abstract</c>, <c>unit</c>, <c>member</c>, ...).</param>
/// <param name="Value">The value written.</param>
/// <param name="Kind">The kind of evidence, used to count inferences (<c>facts</c>, <c>calculation</c>, <c>name</c>, ...).</param>
/// <param name="Reason">The evidence, as written in the file's <c># inferred:</c> comment.</param>
public sealed record InferredAttribute(string Concept, string Attribute, string Value, string Kind, string Reason);
