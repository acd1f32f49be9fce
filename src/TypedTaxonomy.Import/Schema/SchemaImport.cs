namespace TypedTaxonomy.Import.Schema;

/// <summary>An <c>xs:import</c>: the namespace of another taxonomy and where its schema lives.</summary>
internal sealed record SchemaImport(string Namespace, string? Location)
{
    /// <summary>The <c>xs:import</c> element, for errors located at it.</summary>
    public System.Xml.Linq.XElement? Source { get; init; }
}
