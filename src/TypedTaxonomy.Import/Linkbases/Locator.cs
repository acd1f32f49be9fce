using System.Xml.Linq;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>An XLink locator: a label for a concept that lives in a schema (<c>href</c> = document#id).</summary>
internal sealed record Locator(string Label, string Href, XElement Source);
