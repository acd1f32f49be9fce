using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Xbrl.Packages;
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

    /// <summary>Loads the DTS that starts from <paramref name="entryFiles"/>, with nothing but the files on disk.</summary>
    public static DtsSet Load(params string[] entryFiles) => Load(entryFiles, PackageFiles.None);

    /// <summary>
    /// Loads the DTS that starts from <paramref name="entryFiles"/>. A remote URL is read from the taxonomy package
    /// whose catalog maps it to one of its files (a zipped package is read in place); a remote URL that no package
    /// maps is not fetched: it is recorded in <see cref="DtsSet.Unavailable"/> with one warning, at the first reference
    /// to it, and the rules that need what it holds are not applied to it.
    /// </summary>
    internal static DtsSet Load(IEnumerable<string> entryFiles, PackageFiles packages) => Load(entryFiles, packages, null);

    /// <summary>
    /// As <see cref="Load(IEnumerable{string}, PackageFiles)"/>, with the files the entries' references may lead to
    /// confined to <paramref name="roots"/> (the importer's rule): a reference to a local file anywhere else is an
    /// <see cref="ImportException"/> at the reference, and nothing is read from it.
    /// </summary>
    internal static DtsSet Load(IEnumerable<string> entryFiles, PackageFiles packages, Xml.AllowedRoots? roots)
    {
        ArgumentNullException.ThrowIfNull(entryFiles);
        ArgumentNullException.ThrowIfNull(packages);
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

            var document = Read(path, from, fromDocument, set, packages);
            if (document is null)
            {
                set.Unreadable.Add(path);
                continue;
            }

            set.Add(document);
            foreach (var (reference, target) in References(document, set))
            {
                if (target is null)
                {
                    continue;
                }

                if (target.IsFile)
                {
                    queue.Enqueue((roots?.Confine(target.LocalPath, document.Path, reference, HrefOf(reference), What(reference)) ?? target.LocalPath, reference, document));
                }
                else if (Remote(target, reference, document, set, packages) is { } local)
                {
                    queue.Enqueue((local, reference, document));
                }
            }
        }

        set.Index();
        return set;
    }

    private static string HrefOf(XElement reference) => (string?)(reference.Name.Namespace == Xsd ? reference.Attribute("schemaLocation") : reference.Attribute(Href)) ?? string.Empty;

    private static string What(XElement reference) => reference.Name.Namespace == Xsd ? "schemaLocation" : reference.Name.LocalName == "loc" ? "locator" : reference.Name.LocalName;

    /// <summary>The file a remote URL is read from: the one a package's catalog maps it to; null (and the URL recorded as unavailable) when none does.</summary>
    private static string? Remote(Uri target, XElement reference, DtsDocument document, DtsSet set, PackageFiles packages)
    {
        var url = target.AbsoluteUri;
        if (set.RemoteFiles.TryGetValue(url, out var known))
        {
            return known;
        }

        if (set.Unavailable.Contains(url))
        {
            NoteNamespace(reference, set);
            return null;
        }

        string? local;
        try
        {
            // The catalog rewrites the URL as written: one that climbs out of the package with '..' is the package's error.
            local = (target.OriginalString != url && Uri.IsWellFormedUriString(target.OriginalString, UriKind.Absolute) ? packages.Resolve(target.OriginalString) : null)
                ?? packages.Resolve(url);
        }
        catch (ImportException e)
        {
            // A package's catalog leads the URL out of the package: the error is the package's, reported where the URL is named.
            var (code, reason) = e.InnerException is XbrlPackageException package ? (package.Code, package.Reason) : ("tpe:invalidCatalogFile", e.Reason);
            set.Findings.Add(new DtsFinding(code, reason, document.Path, Line(reference), Column(reference)));
            local = null;
        }

        if (local is not null)
        {
            set.RemoteFiles.Add(url, local);
            return local;
        }

        set.Unavailable.Add(url);
        NoteNamespace(reference, set);
        set.Findings.Add(new DtsFinding(
            "webCache:retrievalError",
            $"{url} is not at hand (nothing is fetched from the network, and no taxonomy package given maps it to a file): what it declares is not known, so the rules that need it are not applied to it. Give the taxonomy package that holds it.",
            document.Path,
            Line(reference),
            Column(reference),
            IsError: false));
        return null;

        static void NoteNamespace(XElement reference, DtsSet set)
        {
            if (reference.Name == Xsd + "import" && ((string?)reference.Attribute("namespace"))?.Trim() is { Length: > 0 } ns)
            {
                set.UnavailableNamespaces.Add(ns);
            }
        }
    }

    /// <summary>Every discovering reference of a document and where it leads (null when it leads outside the files: a standard schema or the network).</summary>
    internal static IEnumerable<(XElement Reference, Uri? Target)> References(DtsDocument document, DtsSet set)
    {
        var root = document.Xml.Root!;
        IEnumerable<XElement> references = document.Kind switch
        {
            DtsDocumentKind.Instance => root.Elements().Where(e => e.Name == Link + "schemaRef" || e.Name == Link + "linkbaseRef" || e.Name == Link + "roleRef" || e.Name == Link + "arcroleRef"),
            DtsDocumentKind.Schema => root.Elements(Xsd + "import").Concat(root.Elements(Xsd + "include"))
                .Concat(root.Descendants(Link + "linkbaseRef"))
                .Concat(root.Descendants(Link + "linkbase").SelectMany(LinkbaseReferences)),
            DtsDocumentKind.Linkbase => LinkbaseReferences(root),
            DtsDocumentKind.InlineInstance => root.Descendants(Ix + "references").Elements()
                .Where(e => e.Name == Link + "schemaRef" || e.Name == Link + "linkbaseRef"),
            _ => [],
        };
        foreach (var reference in references)
        {
            var href = reference.Name.Namespace == Xsd ? (string?)reference.Attribute("schemaLocation") : (string?)reference.Attribute(Href);
            if (href is null)
            {
                continue;
            }

            yield return (reference, set.Resolve(document, reference, href) is { } uri && !IsStandard(uri) ? uri : null);
        }
    }

    private static IEnumerable<XElement> LinkbaseReferences(XElement linkbase) =>
        linkbase.Elements().Where(e => e.Name == Link + "roleRef" || e.Name == Link + "arcroleRef")
            .Concat(linkbase.Elements().Where(e => (string?)e.Attribute(XlinkType) == "extended")
                .SelectMany(l => l.Elements(Link + "loc"))); // only link:loc discovers (section 3.2)

    /// <summary>The URI an <c>xlink:href</c> (or <c>schemaLocation</c>) of <paramref name="element"/> leads to, without its fragment; null when it is not a URI.</summary>
    public static Uri? Resolve(DtsDocument document, XElement element, string href) => Resolve(document, element, href, null);

    /// <summary>
    /// As <see cref="Resolve(DtsDocument, XElement, string)"/>, with what the hrefs of <paramref name="document"/> that
    /// no <c>xml:base</c> rebases lead to kept in <paramref name="resolved"/> (by the href's file part): 100,000 locators
    /// of one linkbase into one schema make one URI, not 100,000.
    /// </summary>
    internal static Uri? Resolve(DtsDocument document, XElement element, string href, ConcurrentDictionary<string, Uri?>? resolved)
    {
        if (resolved is null || IsRebased(element))
        {
            return ResolveUncached(document, element, href);
        }

        var text = href.Trim();
        var hash = text.IndexOf('#', StringComparison.Ordinal);
        var file = hash < 0 ? text : text[..hash];
        return resolved.TryGetValue(file, out var uri) ? uri : resolved.GetOrAdd(file, ResolveUncached(document, element, href));

        static bool IsRebased(XElement element)
        {
            for (var e = element; e is not null; e = e.Parent)
            {
                if (e.Attribute(Base) is not null)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static Uri? ResolveUncached(DtsDocument document, XElement element, string href)
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

    private static DtsDocument? Read(string path, XElement? from, DtsDocument? fromDocument, DtsSet set, PackageFiles packages)
    {
        var (file, line, column) = fromDocument is null ? (path, 0, 0) : (fromDocument.Path, Line(from), Column(from));
        if (!packages.Exists(path))
        {
            set.Missing.Add(path);
            if (from?.Name != Link + "linkbaseRef")
            {
                set.Findings.Add(new DtsFinding("IOerror", $"{Path.GetFileName(path)} is not there.", file, line, column));
            }

            return null; // a linkbaseRef that leads nowhere is xbrl.4.3.2:linkbaseRefHref, which the validator reports at it
        }

        try
        {
            using var stream = packages.OpenRead(path);
            using var reader = XmlReader.Create(stream, Settings, path);
            var xml = XDocument.Load(reader, LoadOptions.SetLineInfo);
            var root = xml.Root!;
            var kind = root.Name == Xsd + "schema" ? DtsDocumentKind.Schema
                : root.Name == Link + "linkbase" ? DtsDocumentKind.Linkbase
                : root.Name == Xbrli + "xbrl" ? DtsDocumentKind.Instance
                : root.Name.LocalName == "html" && root.Descendants(Ix + "header").Any() ? DtsDocumentKind.InlineInstance
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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ImportException)
        {
            set.Findings.Add(new DtsFinding("IOerror", $"{Path.GetFileName(path)} cannot be read: {(e is ImportException import ? import.Reason : e.Message)}", file, line, column));
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
