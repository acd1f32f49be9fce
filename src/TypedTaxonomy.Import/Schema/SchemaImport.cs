namespace TypedTaxonomy.Import.Schema;

/// <summary>An <c>xs:import</c>: the namespace of another taxonomy and where its schema lives.</summary>
internal sealed record SchemaImport(string Namespace, string? Location);
