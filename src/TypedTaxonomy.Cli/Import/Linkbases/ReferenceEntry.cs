using System.Collections.Generic;
using TypedTaxonomy.Cli.Import.Model;

namespace TypedTaxonomy.Cli.Import.Linkbases;

/// <summary>An authoritative reference of a concept: its parts (Publisher, Name, Number, Section, Paragraph, URI, ...) in order.</summary>
internal sealed record ReferenceEntry(ConceptName Concept, IReadOnlyList<KeyValuePair<string, string>> Parts);
