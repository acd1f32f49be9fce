using System.Xml.Linq;

namespace TypedTaxonomy.Import.Dts;

/// <summary>What a document of a DTS is.</summary>
public enum DtsDocumentKind
{
    /// <summary>An XML Schema (taxonomy schema).</summary>
    Schema,

    /// <summary>A standalone linkbase (root <c>link:linkbase</c>).</summary>
    Linkbase,

    /// <summary>An XBRL instance (root <c>xbrli:xbrl</c>).</summary>
    Instance,

    /// <summary>An Inline XBRL document (XHTML with an <c>ix:header</c>): its <c>ix:references</c> discover the DTS and its facts are the instance's.</summary>
    InlineInstance,

    /// <summary>An XML document that is none of those.</summary>
    Other,
}

/// <summary>A document of a DTS, parsed with line information.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Xml">The document.</param>
/// <param name="Kind">What it is.</param>
public sealed record DtsDocument(string Path, XDocument Xml, DtsDocumentKind Kind)
{
    /// <summary>The schema's target namespace ("" when none), or null for a document that is not a schema.</summary>
    public string? TargetNamespace => Kind == DtsDocumentKind.Schema ? (string?)Xml.Root!.Attribute("targetNamespace") ?? string.Empty : null;
}
