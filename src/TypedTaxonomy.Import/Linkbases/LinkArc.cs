using System.Xml.Linq;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>An XLink arc as written: from and to are labels, each of which may name several locators or resources.</summary>
internal sealed record LinkArc(string From, string To, string Arcrole, decimal Order, int Priority, bool IsProhibited, XElement Source, int Index);
