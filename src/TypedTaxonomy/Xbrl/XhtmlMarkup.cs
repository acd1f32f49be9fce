using System;
using System.Buffers;
using System.Text;
using System.Xml;

namespace TypedTaxonomy.Xbrl;

/// <summary>
/// How markup inside a value is written out, by both XML readers: the content of an XBRL 2.1 footnote and of an
/// Inline XBRL <c>ix:footnote</c> or escaped <c>ix:nonNumeric</c>. Elements of the XHTML namespace are written by
/// their local name, others by their name as written; attributes in document order, namespace declarations left
/// out; an empty element is written as HTML has it: self-closed when it is a void element (<c>&lt;br/&gt;</c>), with
/// an end tag otherwise (<c>&lt;td&gt;&lt;/td&gt;</c>). This is how the SEC writes the text blocks of the instances it
/// extracts from Inline XBRL.
/// </summary>
internal static class XhtmlMarkup
{
    /// <summary>The XHTML namespace.</summary>
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    // What must be escaped: in text, & < > (> only for readers that look for "]]>"); in attributes, & < ".
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<\"");

    /// <summary>Appends the start tag of the element the reader is on (and, when it is empty, its end); the reader stays on the element.</summary>
    public static void AppendStartTag(StringBuilder into, XmlReader xml)
    {
        into.Append('<').Append(TagName(xml));
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.NamespaceURI != XmlnsNamespace)
                {
                    into.Append(' ').Append(xml.Name).Append("=\"");
                    AppendEscaped(into, xml.Value, attribute: true);
                    into.Append('"');
                }
            }
            while (xml.MoveToNextAttribute());

            xml.MoveToElement();
        }

        if (!xml.IsEmptyElement)
        {
            into.Append('>');
        }
        else if (xml.NamespaceURI == XhtmlNamespace && IsVoid(xml.LocalName))
        {
            into.Append("/>");
        }
        else
        {
            into.Append("></").Append(TagName(xml)).Append('>');
        }
    }

    /// <summary>HTML's void elements, which have no end tag; any other element written empty gets one (<c>&lt;td&gt;&lt;/td&gt;</c>), which HTML needs.</summary>
    private static bool IsVoid(string localName) => localName switch
    {
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "param" or "source" or "track" or "wbr" => true,
        _ => false,
    };

    /// <summary>Appends the end tag of the element whose end the reader is on.</summary>
    public static void AppendEndTag(StringBuilder into, XmlReader xml) => into.Append("</").Append(TagName(xml)).Append('>');

    /// <summary>Appends text, escaped as markup text.</summary>
    public static void AppendText(StringBuilder into, string text) => AppendEscaped(into, text, attribute: false);

    private static string TagName(XmlReader xml) => xml.NamespaceURI == XhtmlNamespace ? xml.LocalName : xml.Name;

    private static void AppendEscaped(StringBuilder into, string text, bool attribute)
    {
        var special = attribute ? AttributeSpecials : TextSpecials;
        var span = text.AsSpan();
        while (true)
        {
            var next = span.IndexOfAny(special);
            if (next < 0)
            {
                into.Append(span);
                return;
            }

            into.Append(span[..next]).Append(span[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ => "&quot;",
            });
            span = span[(next + 1)..];
        }
    }
}
