using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Xml;

namespace TypedTaxonomy.Rendering;

/// <summary>
/// A text block's content as safe HTML: read as an XHTML fragment (what XBRL text blocks hold), only structural and
/// phrasing elements kept (paragraphs, tables, lists, emphasis), every attribute but a cell's span dropped, so that a
/// report cannot bring script, styles or links into a page. Content that is not well-formed is shown as text.
/// </summary>
public static class HtmlFragment
{
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "span", "br", "b", "strong", "i", "em", "u", "sup", "sub", "small",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
    };

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "head", "title", "object", "iframe" };

    /// <summary>
    /// Text as HTML: only <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and quotes escaped, other characters (¥, ’) kept as they
    /// are, since pages are UTF-8.
    /// </summary>
    /// <param name="text">The text.</param>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>The fragment with only the allowed elements, as HTML text.</summary>
    /// <param name="content">A text block's value.</param>
    public static string Sanitize(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var output = new StringBuilder(content.Length);
        try
        {
            using var reader = Reader(content);
            var skipDepth = -1;
            while (reader.Read())
            {
                if (skipDepth >= 0)
                {
                    if (reader.Depth == skipDepth && reader.NodeType == XmlNodeType.EndElement)
                    {
                        skipDepth = -1;
                    }

                    continue;
                }

                switch (reader.NodeType)
                {
                    case XmlNodeType.Element when Dropped.Contains(reader.LocalName):
                        if (!reader.IsEmptyElement)
                        {
                            skipDepth = reader.Depth;
                        }

                        break;
                    case XmlNodeType.Element when Allowed.Contains(reader.LocalName):
                        var name = reader.LocalName.ToLowerInvariant();
                        output.Append('<').Append(name);
                        foreach (var span in new[] { "colspan", "rowspan" })
                        {
                            if (reader.GetAttribute(span) is { } value && int.TryParse(value, out var count) && count is > 0 and < 1000)
                            {
                                output.Append(' ').Append(span).Append("=\"").Append(count).Append('"');
                            }
                        }

                        output.Append('>');
                        if (reader.IsEmptyElement && name != "br")
                        {
                            output.Append("</").Append(name).Append('>');
                        }

                        break;
                    case XmlNodeType.EndElement when Allowed.Contains(reader.LocalName) && !reader.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                        output.Append("</").Append(reader.LocalName.ToLowerInvariant()).Append('>');
                        break;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        output.Append(Encode(reader.Value));
                        break;
                }
            }
        }
        catch (XmlException)
        {
            return "<p>" + Encode(content) + "</p>";
        }

        return output.ToString();
    }

    /// <summary>The fragment's text without its markup.</summary>
    /// <param name="content">A text block's value.</param>
    public static string Text(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var output = new StringBuilder(content.Length);
        try
        {
            using var reader = Reader(content);
            while (reader.Read())
            {
                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                {
                    output.Append(reader.Value);
                }
                else if (reader.NodeType == XmlNodeType.Element)
                {
                    output.Append(' ');
                }
            }
        }
        catch (XmlException)
        {
            return content;
        }

        return output.ToString();
    }

    private static XmlReader Reader(string content) => XmlReader.Create(
        new StringReader(content),
        new XmlReaderSettings
        {
            ConformanceLevel = ConformanceLevel.Fragment,
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        });
}
