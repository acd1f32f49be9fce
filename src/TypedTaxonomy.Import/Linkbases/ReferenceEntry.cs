using System.Collections.Generic;
using TypedTaxonomy.Import.Model;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>An authoritative reference of a concept: its parts (Publisher, Name, Number, Section, Paragraph, URI, ...) in order.</summary>
internal sealed record ReferenceEntry(ConceptName Concept, IReadOnlyList<KeyValuePair<string, string>> Parts);
