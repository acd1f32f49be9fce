using System.Xml.Linq;

namespace TypedTaxonomy.Import.Dts;

/// <summary>The XML names a DTS is read by.</summary>
internal static class DtsNames
{
    public static readonly XNamespace Xsd = XbrlNamespaces.Xsd;
    public static readonly XNamespace Link = XbrlNamespaces.Link;
    public static readonly XNamespace XLink = XbrlNamespaces.XLink;
    public static readonly XNamespace Xbrli = XbrlNamespaces.Xbrli;
    public static readonly XNamespace Xbrldt = XbrlNamespaces.Xbrldt;
    public static readonly XNamespace Xml = XNamespace.Xml;
    public static readonly XNamespace Xsi = XbrlNamespaces.Xsi;
    public static readonly XNamespace Ix = XbrlNamespaces.InlineXbrl;

    public static readonly XName Href = XLink + "href";
    public static readonly XName XlinkType = XLink + "type";
    public static readonly XName XlinkRole = XLink + "role";
    public static readonly XName XlinkArcrole = XLink + "arcrole";
    public static readonly XName XlinkLabel = XLink + "label";
    public static readonly XName XlinkFrom = XLink + "from";
    public static readonly XName XlinkTo = XLink + "to";
    public static readonly XName Base = Xml + "base";

    public static readonly XName Item = Xbrli + "item";
    public static readonly XName TupleElement = Xbrli + "tuple";

    /// <summary>The standard extended link role (also a footnote link's).</summary>
    public const string StandardLinkRole = Footnote.StandardLinkRole;

    /// <summary>True for a URL of the XBRL specifications' own schemas and linkbases, known without being read.</summary>
    public static bool IsStandard(System.Uri uri) =>
        !uri.IsFile && (uri.Host is "www.xbrl.org" or "xbrl.org" or "www.w3.org");
}
