using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Schema;
using TypedTaxonomy.Import.Xml;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>
/// Turns a locator's <c>href</c> (<c>https://xbrl.fasb.org/us-gaap/2023/elts/us-gaap-2023.xsd#us-gaap_Revenues</c>) into
/// a concept name. Base taxonomy schemas are not available offline, so their concepts are named from the
/// schema's <c>xs:import</c> (document → namespace), the prefixes declared for that namespace, and the
/// <c>prefix_LocalName</c> id convention that every published taxonomy follows.
/// </summary>
internal sealed class LocatorResolver
{
    private readonly TaxonomySchema schema;
    private readonly string extensionPrefix;
    private readonly NamespacePrefixes prefixes;
    private readonly ImportLog log;
    private readonly string schemaFullPath;
    private readonly Dictionary<string, ConceptName?> cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TaxonomySchema?> siblingSchemas = new(StringComparer.Ordinal);
    private readonly AllowedRoots roots;
    private readonly SchemaSet? schemas;
    private readonly Func<TaxonomySchema, string>? prefixOf;
    private readonly List<SchemaImport> imports;
    private readonly Dictionary<string, bool> isThisSchema = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaImport?> importOfDocument = new(StringComparer.Ordinal);
    private string? lastLinkbasePath;
    private string? lastLinkbaseDirectory;

    /// <param name="schema">The schema imported.</param>
    /// <param name="extensionPrefix">Its concepts' prefix.</param>
    /// <param name="prefixes">The prefixes in use.</param>
    /// <param name="log">Where notes go.</param>
    /// <param name="roots">Where local references may lead.</param>
    /// <param name="schemas">The other schemas read (from packages): a locator into one of them names its element.</param>
    /// <param name="prefixOf">The prefix of a schema's concepts.</param>
    public LocatorResolver(TaxonomySchema schema, string extensionPrefix, NamespacePrefixes prefixes, ImportLog log, AllowedRoots roots, SchemaSet? schemas = null, Func<TaxonomySchema, string>? prefixOf = null)
    {
        this.roots = roots;
        this.schemas = schemas;
        this.prefixOf = prefixOf;
        imports = (schemas?.Imports ?? schema.Imports).ToList();
        this.schema = schema;
        this.extensionPrefix = extensionPrefix;
        this.prefixes = prefixes;
        this.log = log;
        schemaFullPath = Path.GetFullPath(schema.Path);
    }

    public ConceptName? Resolve(string linkbasePath, Locator locator)
    {
        // A linkbase's locators come one after another: its folder is found once for them all.
        if (!ReferenceEquals(linkbasePath, lastLinkbasePath))
        {
            lastLinkbaseDirectory = Path.GetDirectoryName(Path.GetFullPath(linkbasePath));
            lastLinkbasePath = linkbasePath;
        }

        var key = lastLinkbaseDirectory + "|" + locator.Href;
        if (!cache.TryGetValue(key, out var name))
        {
            name = ResolveUncached(linkbasePath, locator);
            cache.Add(key, name);
        }

        return name;
    }

    private ConceptName? ResolveUncached(string linkbasePath, Locator locator)
    {
        var hash = locator.Href.IndexOf('#');
        if (hash < 0 || hash == locator.Href.Length - 1)
        {
            Skip(linkbasePath, locator, "it has no #fragment naming an element");
            return null;
        }

        var document = locator.Href.Substring(0, hash);
        var fragment = Uri.UnescapeDataString(locator.Href.Substring(hash + 1));
        if (fragment.StartsWith("element(", StringComparison.Ordinal))
        {
            Skip(linkbasePath, locator, "XPointer element() fragments are not supported; use the element's id");
            return null;
        }

        if (FromSchemaRead(linkbasePath, locator, document, fragment) is { } read)
        {
            return read;
        }

        if (document.Length == 0)
        {
            Skip(linkbasePath, locator, "it points into the linkbase itself, not at a concept");
            return null;
        }

        var import = FindImport(document);
        if (IsThisSchema(linkbasePath, document) || (import is null && schema.ElementsById.ContainsKey(fragment)))
        {
            if (schema.ElementsById.TryGetValue(fragment, out var element))
            {
                return new ConceptName(extensionPrefix, element.Name);
            }

            var local = fragment.StartsWith(extensionPrefix + "_", StringComparison.Ordinal) ? fragment.Substring(extensionPrefix.Length + 1) : fragment;
            log.Note($"{Where(linkbasePath, locator)}: {Excerpt.Quote(locator.Href)} names no element of {Path.GetFileName(schema.Path)}; '{extensionPrefix}:{local}' is imported with inferred attributes.");
            return new ConceptName(extensionPrefix, local);
        }

        var namespaceUri = import?.Namespace;
        var underscore = fragment.IndexOf('_');
        var idPrefix = underscore > 0 ? fragment.Substring(0, underscore) : null;
        string prefix;
        if (namespaceUri is not null)
        {
            prefix = prefixes.PrefixOf(namespaceUri)
                ?? prefixes.Register(namespaceUri, idPrefix is not null && NameRules.WhyNotPrefix(idPrefix) is null ? idPrefix : LastSegment(namespaceUri));
        }
        else if (idPrefix is not null && prefixes.NamespaceOf(idPrefix) is not null)
        {
            prefix = idPrefix;
        }
        else if (ReadSiblingSchema(linkbasePath, locator, document) is { } sibling)
        {
            // A linkbase of the instance's DTS may name a local schema the imported one does not import
            // (conformance 397-XYZ-calculation.xml names 397-ABC.xsd#A): that file gives the namespace and names.
            prefix = prefixes.PrefixOf(sibling.TargetNamespace)
                ?? prefixes.Register(sibling.TargetNamespace, sibling.Prefix ?? (idPrefix is not null && NameRules.WhyNotPrefix(idPrefix) is null ? idPrefix : LastSegment(sibling.TargetNamespace)));
            if (sibling.ElementsById.TryGetValue(fragment, out var element))
            {
                return new ConceptName(prefix, element.Name);
            }
        }
        else
        {
            Skip(linkbasePath, locator, $"the schema does not import {Excerpt.Quote(document)} and no namespace is known for it");
            return null;
        }

        // Published taxonomies give each element the id prefix_LocalName; the instance's prefix usually matches.
        string localName;
        if (fragment.StartsWith(prefix + "_", StringComparison.Ordinal))
        {
            localName = fragment.Substring(prefix.Length + 1);
        }
        else if (idPrefix is not null)
        {
            localName = fragment.Substring(underscore + 1);
        }
        else
        {
            localName = fragment;
        }

        return new ConceptName(prefix, localName);
    }

    /// <summary>
    /// The concept a locator names in a schema of <see cref="schemas"/> other than the imported one (a schema of its
    /// package, or of a base taxonomy's package): its element's name, with that schema's prefix.
    /// </summary>
    private ConceptName? FromSchemaRead(string linkbasePath, Locator locator, string document, string fragment)
    {
        if (schemas is null || prefixOf is null || schemas.All.Count == 1)
        {
            return null;
        }

        // A locator with only a fragment, in a linkbase embedded in a schema, points into that schema.
        string? path;
        try
        {
            path = schemas.Locate(linkbasePath, locator.Source, locator.Href);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null;
        }

        if (path is null || schemas.At(path) is not { } declaring || declaring == schema)
        {
            return null;
        }

        if (declaring.ElementsById.TryGetValue(fragment, out var element))
        {
            return new ConceptName(prefixOf(declaring), element.Name);
        }

        Skip(linkbasePath, locator, $"{Path.GetFileName(declaring.Path)} declares no element with the id {Excerpt.Quote(fragment)}");
        return null;
    }

    /// <summary>A local schema file next to the linkbase, read once; null when there is none or it is not a schema.</summary>
    private TaxonomySchema? ReadSiblingSchema(string linkbasePath, Locator locator, string document)
    {
        if (Uri.TryCreate(document, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return null;
        }

        var full = roots.Confine(linkbasePath, locator.Source, locator.Href, "locator");

        if (!siblingSchemas.TryGetValue(full, out var sibling))
        {
            try
            {
                sibling = File.Exists(full) ? SchemaReader.Read(full) : null;
            }
            catch (ImportException)
            {
                sibling = null;
            }

            siblingSchemas.Add(full, sibling);
            if (sibling is not null)
            {
                log.Note($"{Path.GetFileName(schema.Path)} does not import {document}, which {Path.GetFileName(linkbasePath)} names; its namespace and element names were read from {full}.");
            }
        }

        return sibling;
    }

    /// <summary>
    /// Whether <paramref name="document"/>, named in the linkbase, is the imported schema: decided once per folder and
    /// document (<see cref="Resolve"/> has found the linkbase's folder).
    /// </summary>
    private bool IsThisSchema(string linkbasePath, string document)
    {
        var key = lastLinkbaseDirectory + "|" + document;
        if (!isThisSchema.TryGetValue(key, out var isThis))
        {
            isThis = IsThisSchemaUncached(linkbasePath, document);
            isThisSchema.Add(key, isThis);
        }

        return isThis;
    }

    private bool IsThisSchemaUncached(string linkbasePath, string document)
    {
        if (Uri.TryCreate(document, UriKind.Absolute, out var absolute) && !absolute.IsFile)
        {
            return false;
        }

        try
        {
            var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(linkbasePath))!, document));
            return string.Equals(full, schemaFullPath, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    /// <summary>The import a locator's document is, found once per document (a linkbase names one document thousands of times).</summary>
    private SchemaImport? FindImport(string document)
    {
        if (!importOfDocument.TryGetValue(document, out var import))
        {
            import = FindImportUncached(document);
            importOfDocument.Add(document, import);
        }

        return import;
    }

    private SchemaImport? FindImportUncached(string document)
    {
        var exact = imports.FirstOrDefault(i => string.Equals(i.Location, document, StringComparison.Ordinal));
        if (exact is not null)
        {
            return exact;
        }

        // A linkbase may point at another copy (http vs https, a local mirror): the file name identifies the schema.
        var file = LastSegment(document);
        return imports.FirstOrDefault(i => i.Location is not null && string.Equals(LastSegment(i.Location), file, StringComparison.OrdinalIgnoreCase));
    }

    private static string LastSegment(string uri)
    {
        var trimmed = uri.TrimEnd('/', '#');
        var slash = Math.Max(trimmed.LastIndexOf('/'), trimmed.LastIndexOf('\\'));
        return slash >= 0 ? trimmed.Substring(slash + 1) : trimmed;
    }

    private void Skip(string linkbasePath, Locator locator, string why) =>
        log.Note($"{Where(linkbasePath, locator)}: the locator {Excerpt.Quote(locator.Href)} is ignored: {why}.");

    private static string Where(string path, Locator locator)
    {
        var (line, column) = XmlInput.Position(locator.Source);
        return $"{path}({line},{column})";
    }
}
