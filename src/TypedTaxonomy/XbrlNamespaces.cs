namespace TypedTaxonomy;

/// <summary>
/// Namespace URIs of the XBRL specifications, and the prefixes they are conventionally bound to.
/// </summary>
public static class XbrlNamespaces
{
    /// <summary>ISO 4217 currency measures (<c>iso4217:USD</c>).</summary>
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";

    /// <summary>XBRL 2.1 instances (<c>xbrli:xbrl</c>, <c>xbrli:shares</c>, <c>xbrli:pure</c>).</summary>
    public const string Xbrli = "http://www.xbrl.org/2003/instance";

    /// <summary>XBRL Dimensions in instances (<c>xbrldi:explicitMember</c>, <c>xbrldi:typedMember</c>).</summary>
    public const string Xbrldi = "http://xbrl.org/2006/xbrldi";

    /// <summary>XBRL Dimensions in taxonomies (<c>xbrldt:hypercubeItem</c>).</summary>
    public const string Xbrldt = "http://xbrl.org/2005/xbrldt";

    /// <summary>XBRL 2.1 linkbases (<c>link:schemaRef</c>, <c>link:footnoteLink</c>).</summary>
    public const string Link = "http://www.xbrl.org/2003/linkbase";

    /// <summary>XLink attributes (<c>xlink:href</c>).</summary>
    public const string XLink = "http://www.w3.org/1999/xlink";

    /// <summary>XML Schema (<c>xs:decimal</c>).</summary>
    public const string Xsd = "http://www.w3.org/2001/XMLSchema";

    /// <summary>XML Schema instance attributes (<c>xsi:nil</c>).</summary>
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Inline XBRL 1.1 (<c>ix:header</c>, <c>ix:nonFraction</c>).</summary>
    public const string InlineXbrl = "http://www.xbrl.org/2013/inlineXBRL";

    /// <summary>The XML namespace (<c>xml:lang</c>).</summary>
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>Numeric types of the Data Type Registry (<c>num:percentItemType</c>).</summary>
    public const string Num = "http://www.xbrl.org/dtr/type/numeric";

    /// <summary>Non-numeric types of the Data Type Registry (<c>nonnum:textBlockItemType</c>).</summary>
    public const string NonNum = "http://www.xbrl.org/dtr/type/non-numeric";

    /// <summary>Unit Type Registry (<c>utr:</c>).</summary>
    public const string Utr = "http://www.xbrl.org/2009/utr";

    /// <summary>Open Information Model core namespace (<c>xbrl:concept</c>, <c>xbrl:note</c>) used by xBRL-JSON.</summary>
    public const string Oim = "https://xbrl.org/2021";

    /// <summary>The entity scheme OIM uses for a fact that has no entity (identifier <c>NA</c>).</summary>
    public const string OimNoEntityScheme = "https://xbrl.org/2021/entities";

    /// <summary>The <c>documentType</c> of an xBRL-JSON 1.0 report.</summary>
    public const string XbrlJsonDocumentType = "https://xbrl.org/2021/xbrl-json";

    private static readonly (string Prefix, string Uri)[] Standard =
    [
        ("xbrli", Xbrli),
        ("iso4217", Iso4217),
        ("xbrldi", Xbrldi),
        ("xbrldt", Xbrldt),
        ("link", Link),
        ("xlink", XLink),
        ("xs", Xsd),
        ("xsi", Xsi),
        ("xml", Xml),
        ("num", Num),
        ("nonnum", NonNum),
        ("utr", Utr),
        ("xbrl", Oim),
    ];

    /// <summary>
    /// The namespace URI conventionally bound to a standard prefix (<c>iso4217</c>, <c>xbrli</c>, <c>xs</c> or
    /// <c>xsd</c>, ...), or <see langword="null"/> when the prefix is not one of them. Suitable as the
    /// <c>resolvePrefix</c> argument of <see cref="Unit.Parse(string, System.Func{string, string?})"/> for
    /// units written with standard measures only.
    /// </summary>
    /// <param name="prefix">The prefix, without the colon.</param>
    public static string? ResolveStandardPrefix(string prefix)
    {
        if (prefix == "xsd")
        {
            return Xsd;
        }

        foreach (var (p, uri) in Standard)
        {
            if (p == prefix)
            {
                return uri;
            }
        }

        return null;
    }

    /// <summary>
    /// The conventional prefix of a standard namespace URI, or <see langword="null"/> when the namespace is not
    /// one of the XBRL or XML Schema namespaces listed in this class.
    /// </summary>
    /// <param name="namespaceUri">The namespace URI.</param>
    public static string? StandardPrefixFor(string namespaceUri)
    {
        foreach (var (p, uri) in Standard)
        {
            if (uri == namespaceUri)
            {
                return p;
            }
        }

        return null;
    }
}
