using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace TypedTaxonomy.Xbrl.Packages;

/// <summary>An entry point of a taxonomy package: its name and the documents a DTS starts from.</summary>
/// <param name="Name">The entry point's name (<c>tp:name</c>), or its first document's URL when it has none.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="Version">Its version, if any.</param>
/// <param name="Documents">The URLs of its <c>tp:entryPointDocument</c>s, as written.</param>
public sealed record TaxonomyPackageEntryPoint(string Name, string? Description, string? Version, IReadOnlyList<string> Documents);

/// <summary>
/// A taxonomy package (XBRL Taxonomy Packages 1.0): a <c>.zip</c> (read in place) or a folder whose top folder holds
/// <c>META-INF/taxonomyPackage.xml</c> (identifier, name, version, entry points) and optionally
/// <c>META-INF/catalog.xml</c>, an OASIS XML catalog whose <c>rewriteURI</c> and <c>rewriteSystem</c> entries map
/// remote URLs to files inside the package (<see cref="TryResolve"/>). Errors carry the specification's codes:
/// <c>tpe:invalidArchiveFormat</c>, <c>tpe:invalidDirectoryStructure</c>, <c>tpe:metadataFileNotFound</c>,
/// <c>tpe:invalidMetaDataFile</c>, <c>tpe:invalidCatalogFile</c>, <c>tpe:multipleRewriteURIsForStartString</c>.
/// </summary>
public sealed class TaxonomyPackage : IDisposable
{
    /// <summary>The namespace of <c>taxonomyPackage.xml</c>.</summary>
    public const string MetadataNamespace = "http://xbrl.org/2016/taxonomy-package";

    /// <summary>The namespace of OASIS XML catalogs.</summary>
    public const string CatalogNamespace = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    private static readonly XNamespace Tp = MetadataNamespace;
    private static readonly XNamespace Catalog = CatalogNamespace;

    // Longest start string first: the catalog specification resolves with the longest matching prefix.
    private readonly List<(string Start, string Prefix)> rewrites;

    private TaxonomyPackage(PackageArchive archive, string top, XElement metadata, List<(string Start, string Prefix)> rewrites, List<TaxonomyPackageEntryPoint> entryPoints)
    {
        Archive = archive;
        TopDirectory = top;
        this.rewrites = rewrites.OrderByDescending(r => r.Start.Length).ThenBy(r => r.Start, StringComparer.Ordinal).ToList();
        EntryPoints = entryPoints;
        Identifier = metadata.Element(Tp + "identifier")!.Value.Trim();
        Name = Text(metadata, "name");
        Description = Text(metadata, "description");
        Version = Text(metadata, "version");
        Publisher = Text(metadata, "publisher");
    }

    /// <summary>The files of the package.</summary>
    public PackageArchive Archive { get; }

    /// <summary>The folder that holds <c>META-INF</c> (empty when it is the package's own top).</summary>
    public string TopDirectory { get; }

    /// <summary>The package's identifier (<c>tp:identifier</c>), a URL.</summary>
    public string Identifier { get; }

    /// <summary>The package's name, in the first language given.</summary>
    public string? Name { get; }

    /// <summary>The package's description, in the first language given.</summary>
    public string? Description { get; }

    /// <summary>The package's version.</summary>
    public string? Version { get; }

    /// <summary>The package's publisher.</summary>
    public string? Publisher { get; }

    /// <summary>The entry points, in the order the metadata lists them.</summary>
    public IReadOnlyList<TaxonomyPackageEntryPoint> EntryPoints { get; }

    /// <summary>The catalog's rewrites (start of a URL, the package folder it maps to), longest start first.</summary>
    public IReadOnlyList<(string Start, string Prefix)> Rewrites => rewrites;

    /// <summary>Whether <paramref name="path"/> is a taxonomy package: a <c>.zip</c>, or a folder holding <c>META-INF/taxonomyPackage.xml</c> itself or in its one subfolder.</summary>
    public static bool IsPackage(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (File.Exists(path))
        {
            return path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
        }

        if (!Directory.Exists(path))
        {
            return false;
        }

        if (File.Exists(System.IO.Path.Combine(path, "META-INF", "taxonomyPackage.xml")))
        {
            return true;
        }

        var subfolders = Directory.GetDirectories(path);
        return subfolders.Length == 1 && File.Exists(System.IO.Path.Combine(subfolders[0], "META-INF", "taxonomyPackage.xml"));
    }

    /// <summary>Opens a taxonomy package, a <c>.zip</c> or a folder, and reads its metadata and catalog.</summary>
    /// <exception cref="XbrlPackageException">The package is not usable; the code says why.</exception>
    public static TaxonomyPackage Open(string path, long maxEntryBytes = 512L * 1024 * 1024)
    {
        var archive = PackageArchive.Open(path, "tpe", maxEntryBytes);
        try
        {
            return Open(archive);
        }
        catch
        {
            archive.Dispose();
            throw;
        }
    }

    /// <summary>Reads the taxonomy package in an archive already open (a report package may be one too).</summary>
    /// <exception cref="XbrlPackageException">The package is not usable; the code says why.</exception>
    public static TaxonomyPackage Open(PackageArchive archive)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var top = FindTop(archive);
        var metaInf = top.Length == 0 ? "META-INF/" : top + "/META-INF/";
        var metadataEntry = metaInf + "taxonomyPackage.xml";
        if (!archive.Contains(metadataEntry))
        {
            throw new XbrlPackageException("tpe:metadataFileNotFound", archive.Path, null, 0, 0, $"the package has no {metadataEntry}");
        }

        var metadata = Load(archive, metadataEntry, "tpe:invalidMetaDataFile").Root!;
        if (metadata.Name != Tp + "taxonomyPackage")
        {
            throw Error(archive, metadataEntry, metadata, "tpe:invalidMetaDataFile", $"the root element is <{metadata.Name.LocalName}> in {Excerpt.Quote(metadata.Name.NamespaceName)}, not <taxonomyPackage> in {MetadataNamespace}");
        }

        var identifier = metadata.Elements(Tp + "identifier").ToList();
        if (identifier.Count != 1 || identifier[0].Value.Trim().Length == 0)
        {
            throw Error(archive, metadataEntry, metadata, "tpe:invalidMetaDataFile", "the package must have exactly one non-empty <tp:identifier>");
        }

        var entryPoints = new List<TaxonomyPackageEntryPoint>();
        foreach (var entryPoint in metadata.Elements(Tp + "entryPoints").Elements(Tp + "entryPoint"))
        {
            var documents = new List<string>();
            foreach (var document in entryPoint.Elements(Tp + "entryPointDocument"))
            {
                var href = ((string?)document.Attribute("href"))?.Trim();
                if (string.IsNullOrEmpty(href))
                {
                    throw Error(archive, metadataEntry, document, "tpe:invalidMetaDataFile", "an <tp:entryPointDocument> has no href");
                }

                documents.Add(href);
            }

            if (documents.Count == 0)
            {
                throw Error(archive, metadataEntry, entryPoint, "tpe:invalidMetaDataFile", "an entry point has no <tp:entryPointDocument>");
            }

            entryPoints.Add(new TaxonomyPackageEntryPoint(Text(entryPoint, "name") ?? documents[0], Text(entryPoint, "description"), Text(entryPoint, "version"), documents));
        }

        var rewrites = ReadCatalog(archive, metaInf);
        return new TaxonomyPackage(archive, top, metadata, rewrites, entryPoints);
    }

    /// <summary>
    /// The file inside the package that <paramref name="uri"/> (<c>https://xbrl.fasb.org/srt/2024/elts/srt-2024.xsd</c>)
    /// is rewritten to by the catalog, through the longest matching start string; false when no start string
    /// matches or the package has no such file. A rewritten URL that climbs above the package's top is an error.
    /// </summary>
    /// <exception cref="XbrlPackageException">The rewritten name leads outside the package (<c>tpe:invalidCatalogFile</c>).</exception>
    public bool TryResolve(string uri, out string entry)
    {
        ArgumentNullException.ThrowIfNull(uri);
        entry = string.Empty;
        foreach (var (start, prefix) in rewrites)
        {
            if (!uri.StartsWith(start, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = uri[start.Length..];
            var cut = rest.IndexOfAny(['#', '?']);
            rest = Uri.UnescapeDataString(cut < 0 ? rest : rest[..cut]);
            var normalized = PackageArchive.Normalize(prefix + rest);
            if (normalized is null || !IsInside(normalized))
            {
                throw new XbrlPackageException("tpe:invalidCatalogFile", Archive.Path, null, 0, 0, $"the URL {Excerpt.Quote(uri)}, rewritten by the catalog, leads outside the package; nothing is read from it");
            }

            if (Archive.Contains(normalized))
            {
                entry = normalized;
                return true;
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// The entry point named <paramref name="nameOrUrl"/>: by its name (ignoring case), one of its documents' URLs, or
    /// the file name of its document; with no name, the package's only entry point.
    /// </summary>
    /// <exception cref="ArgumentException">No entry point, or more than one, fits; the message lists them.</exception>
    public TaxonomyPackageEntryPoint FindEntryPoint(string? nameOrUrl)
    {
        var fits = nameOrUrl is null
            ? EntryPoints.ToList()
            : EntryPoints.Where(e => string.Equals(e.Name, nameOrUrl, StringComparison.OrdinalIgnoreCase)
                || e.Documents.Any(d => d == nameOrUrl || string.Equals(d[(d.LastIndexOf('/') + 1)..], nameOrUrl, StringComparison.OrdinalIgnoreCase))).ToList();
        if (fits.Count == 1)
        {
            return fits[0];
        }

        var list = string.Join(Environment.NewLine, EntryPoints.Select(e => $"  {e.Name}: {string.Join(" ", e.Documents)}"));
        var what = nameOrUrl is null
            ? EntryPoints.Count == 0 ? "The package declares no entry point." : $"The package has {EntryPoints.Count} entry points; choose one by its name, its document's URL or file name."
            : fits.Count == 0 ? $"No entry point of the package is named or has the document {Excerpt.Quote(nameOrUrl)}." : $"{fits.Count} entry points fit {Excerpt.Quote(nameOrUrl)}.";
        throw new ArgumentException($"{Archive.Path}: {what}{(EntryPoints.Count == 0 ? string.Empty : Environment.NewLine + list)}", nameof(nameOrUrl));
    }

    /// <inheritdoc/>
    public void Dispose() => Archive.Dispose();

    private bool IsInside(string entry) => TopDirectory.Length == 0 || entry.StartsWith(TopDirectory + "/", StringComparison.Ordinal);

    /// <summary>
    /// The folder holding META-INF. A zip must have exactly one folder at its top and nothing else there (the
    /// specification's layout); a folder is the package's top itself, or holds that one folder.
    /// </summary>
    private static string FindTop(PackageArchive archive)
    {
        if (!archive.IsZip && archive.ContainsDirectory("META-INF"))
        {
            return string.Empty;
        }

        var tops = archive.TopLevelDirectories;
        if (tops.Count != 1)
        {
            throw new XbrlPackageException("tpe:invalidDirectoryStructure", archive.Path, null, 0, 0, tops.Count == 0
                ? "the package has no folder at its top; its files must be inside one folder holding META-INF"
                : $"the package has {tops.Count} folders at its top ({string.Join(", ", tops.Take(5))}); it must have exactly one, holding META-INF");
        }

        if (archive.IsZip && archive.TopLevelFiles.Count > 0)
        {
            throw new XbrlPackageException("tpe:invalidDirectoryStructure", archive.Path, null, 0, 0, $"the package has files at its top ({string.Join(", ", archive.TopLevelFiles.Take(5))}); everything must be inside its one top folder");
        }

        return tops[0];
    }

    private static List<(string Start, string Prefix)> ReadCatalog(PackageArchive archive, string metaInf)
    {
        var entry = metaInf + "catalog.xml";
        var rewrites = new List<(string, string)>();
        if (!archive.Contains(entry))
        {
            return rewrites;
        }

        var root = Load(archive, entry, "tpe:invalidCatalogFile").Root!;
        if (root.Name != Catalog + "catalog")
        {
            throw Error(archive, entry, root, "tpe:invalidCatalogFile", $"the root element is <{root.Name.LocalName}> in {Excerpt.Quote(root.Name.NamespaceName)}, not <catalog> in {CatalogNamespace}");
        }

        var starts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rewrite in root.Elements())
        {
            var (startAttribute, kind) = rewrite.Name == Catalog + "rewriteURI" ? ("uriStartString", "rewriteURI")
                : rewrite.Name == Catalog + "rewriteSystem" ? ("systemIdStartString", "rewriteSystem")
                : (null, null);
            if (startAttribute is null)
            {
                continue;
            }

            var start = (string?)rewrite.Attribute(startAttribute);
            var prefix = (string?)rewrite.Attribute("rewritePrefix");
            if (string.IsNullOrEmpty(start) || prefix is null)
            {
                throw Error(archive, entry, rewrite, "tpe:invalidCatalogFile", $"<{kind}> needs {startAttribute} and rewritePrefix");
            }

            if (!starts.Add(start))
            {
                throw Error(archive, entry, rewrite, "tpe:multipleRewriteURIsForStartString", $"the start string {Excerpt.Quote(start)} is rewritten twice");
            }

            // The prefix is relative to the catalog (META-INF/), or to the catalog's xml:base.
            var xmlBase = rewrite.AncestorsAndSelf().Select(e => (string?)e.Attribute(XNamespace.Xml + "base")).FirstOrDefault(b => b is not null) ?? string.Empty;
            var joined = PackageArchive.Normalize(metaInf + xmlBase + prefix);
            if (joined is null || Uri.TryCreate(prefix, UriKind.Absolute, out _) && prefix.Contains("://", StringComparison.Ordinal))
            {
                throw Error(archive, entry, rewrite, "tpe:invalidCatalogFile", $"the rewritePrefix {Excerpt.Quote(prefix)} leads outside the package; a package's catalog maps URLs to its own files");
            }

            var top = metaInf[..^"META-INF/".Length];
            if (!(joined + "/").StartsWith(top, StringComparison.Ordinal))
            {
                throw Error(archive, entry, rewrite, "tpe:invalidCatalogFile", $"the rewritePrefix {Excerpt.Quote(prefix)} leads outside the package's top folder");
            }

            rewrites.Add((start, joined.Length == 0 || prefix.EndsWith('/') ? (joined.Length == 0 ? string.Empty : joined + "/") : joined));
        }

        return rewrites;
    }

    private static XDocument Load(PackageArchive archive, string entry, string code)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var stream = archive.OpenEntry(entry);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new XbrlPackageException(code, archive.Path, entry, e.LineNumber, e.LinePosition, "not well-formed XML: " + e.Message, e);
        }
    }

    private static XbrlPackageException Error(PackageArchive archive, string entry, XObject node, string code, string reason)
    {
        var info = (IXmlLineInfo)node;
        return new XbrlPackageException(code, archive.Path, entry, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, reason);
    }

    private static string? Text(XElement parent, string name)
    {
        var text = parent.Elements(Tp + name).Select(e => e.Value.Trim()).FirstOrDefault(t => t.Length > 0);
        return text;
    }
}
