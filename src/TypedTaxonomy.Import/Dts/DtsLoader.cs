using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using static TypedTaxonomy.Import.Dts.DtsNames;
using static TypedTaxonomy.Import.Linkbases.Arcroles;

namespace TypedTaxonomy.Import.Dts;

/// <summary>
/// Discovers a DTS as XBRL 2.1 section 3.2 says: from an instance (its <c>schemaRef</c>, <c>linkbaseRef</c>,
/// <c>roleRef</c> and <c>arcroleRef</c>), a schema (<c>xs:import</c>, <c>xs:include</c>, <c>linkbaseRef</c> and
/// linkbases embedded in <c>xs:appinfo</c>) or a linkbase (locators, <c>roleRef</c>, <c>arcroleRef</c>), following
/// every reference with <c>xml:base</c> applied. The XBRL specifications' own schemas (on www.xbrl.org) are known
/// without being read; nothing is fetched from the network. A reference that leads nowhere is a finding.
/// </summary>
public static class DtsLoader
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Loads the DTS that starts from <paramref name="entryFiles"/>.</summary>
    public static DtsSet Load(params string[] entryFiles)
    {
        ArgumentNullException.ThrowIfNull(entryFiles);
        var set = new DtsSet();
        var queue = new Queue<(string Path, XElement? From, DtsDocument? FromDocument)>();
        foreach (var entry in entryFiles)
        {
            queue.Enqueue((Path.GetFullPath(entry), null, null));
        }

        while (queue.Count > 0)
        {
            var (path, from, fromDocument) = queue.Dequeue();
            if (set.ByPath.ContainsKey(path) || set.Unreadable.Contains(path))
            {
                continue;
            }

            var document = Read(path, from, fromDocument, set);
            if (document is null)
            {
                set.Unreadable.Add(path);
                continue;
            }

            set.Add(document);
            foreach (var (reference, target) in References(document))
            {
                if (target is { } uri && uri.IsFile)
                {
                    queue.Enqueue((uri.LocalPath, reference, document));
                }
            }
        }

        set.Index();
        return set;
    }

    /// <summary>Every discovering reference of a document and where it leads (null when it leads outside the files: a standard schema or the network).</summary>
    internal static IEnumerable<(XElement Reference, Uri? Target)> References(DtsDocument document)
    {
        var root = document.Xml.Root!;
        IEnumerable<XElement> references = document.Kind switch
        {
            DtsDocumentKind.Instance => root.Elements().Where(e => e.Name == Link + "schemaRef" || e.Name == Link + "linkbaseRef" || e.Name == Link + "roleRef" || e.Name == Link + "arcroleRef"),
            DtsDocumentKind.Schema => root.Elements(Xsd + "import").Concat(root.Elements(Xsd + "include"))
                .Concat(root.Descendants(Link + "linkbaseRef"))
                .Concat(root.Descendants(Link + "linkbase").SelectMany(LinkbaseReferences)),
            DtsDocumentKind.Linkbase => LinkbaseReferences(root),
            _ => [],
        };
        foreach (var reference in references)
        {
            var href = reference.Name.Namespace == Xsd ? (string?)reference.Attribute("schemaLocation") : (string?)reference.Attribute(Href);
            if (href is null)
            {
                continue;
            }

            yield return (reference, Resolve(document, reference, href) is { } uri && !IsStandard(uri) ? uri : null);
        }
    }

    private static IEnumerable<XElement> LinkbaseReferences(XElement linkbase) =>
        linkbase.Elements().Where(e => e.Name == Link + "roleRef" || e.Name == Link + "arcroleRef")
            .Concat(linkbase.Elements().Where(e => (string?)e.Attribute(XlinkType) == "extended")
                .SelectMany(l => l.Elements(Link + "loc"))); // only link:loc discovers (section 3.2)

    /// <summary>The URI an <c>xlink:href</c> (or <c>schemaLocation</c>) of <paramref name="element"/> leads to, without its fragment; null when it is not a URI.</summary>
    public static Uri? Resolve(DtsDocument document, XElement element, string href)
    {
        var baseUri = new Uri(document.Path);
        foreach (var ancestor in element.AncestorsAndSelf().Reverse())
        {
            if ((string?)ancestor.Attribute(Base) is { } xmlBase && Uri.TryCreate(baseUri, xmlBase.Trim(), out var rebased))
            {
                baseUri = rebased;
            }
        }

        var text = href.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? text : text[..hash];
        if (file.Length == 0)
        {
            return new Uri(document.Path);
        }

        return Uri.TryCreate(baseUri, file, out var uri) ? uri : null;
    }

    private static DtsDocument? Read(string path, XElement? from, DtsDocument? fromDocument, DtsSet set)
    {
        var (file, line, column) = fromDocument is null ? (path, 0, 0) : (fromDocument.Path, Line(from), Column(from));
        if (!File.Exists(path))
        {
            set.Findings.Add(new DtsFinding("IOerror", $"{Path.GetFileName(path)} is not there.", file, line, column));
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(path, Settings);
            var xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var root = xml.Root!;
            var kind = root.Name == Xsd + "schema" ? DtsDocumentKind.Schema
                : root.Name == Link + "linkbase" ? DtsDocumentKind.Linkbase
                : root.Name == Xbrli + "xbrl" ? DtsDocumentKind.Instance
                : DtsDocumentKind.Other;
            var document = new DtsDocument(path, xml, kind);
            if (from is not null && fromDocument is not null)
            {
                CheckTargetKind(document, from, fromDocument, set);
            }

            return document;
        }
        catch (XmlException e)
        {
            set.Findings.Add(new DtsFinding("xmlSchema:syntax", $"{Path.GetFileName(path)} is not well-formed XML: {e.Message}", path, e.LineNumber, e.LinePosition));
            return null;
        }
    }

    /// <summary>A reference must lead to the kind of document it names (XBRL 2.1 sections 4.2, 4.3, 3.5.2.4, 5.1).</summary>
    private static void CheckTargetKind(DtsDocument target, XElement from, DtsDocument fromDocument, DtsSet set)
    {
        var (code, wanted) = from.Name.LocalName switch
        {
            "schemaRef" => ("xbrl.4.2:schemaRefTarget", DtsDocumentKind.Schema),
            "linkbaseRef" => ("xbrl.4.3.2:linkbaseRefTarget", DtsDocumentKind.Linkbase),
            "import" or "include" => ("xmlSchema:import", DtsDocumentKind.Schema),
            _ => (null, DtsDocumentKind.Other),
        };
        if (code is not null && target.Kind != wanted && !(wanted == DtsDocumentKind.Linkbase && target.Xml.Root!.Descendants(Link + "linkbase").Any()))
        {
            set.Findings.Add(new DtsFinding(code, $"{from.Name.LocalName} leads to {Path.GetFileName(target.Path)}, whose root {target.Xml.Root!.Name.LocalName} is not a {wanted.ToString().ToLowerInvariant()}.", fromDocument.Path, Line(from), Column(from)));
        }
    }

    internal static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The column of an element's '&lt;' (as the instance reader locates facts), or of an attribute's name.</summary>
    internal static int Column(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition - (node is XElement ? 1 : 0) : 0;
}
