using TypedTaxonomy.Import.Model;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>A label of a concept: its role URI, language and text.</summary>
internal sealed record LabelEntry(ConceptName Concept, string Role, string Language, string Text);
