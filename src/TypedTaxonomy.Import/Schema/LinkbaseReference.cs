using System.Xml.Linq;

namespace TypedTaxonomy.Import.Schema;

/// <summary>A <c>link:linkbaseRef</c> of the schema's appinfo.</summary>
internal sealed record LinkbaseReference(string Href, string? Role, XElement Source);
