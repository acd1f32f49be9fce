using System;
using System.Collections.Generic;

namespace TypedTaxonomy.Import;

/// <summary>What to import and where the result goes.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// The taxonomy schema (<c>.xsd</c>) of the extension to import, or a taxonomy package (a folder or <c>.zip</c>
    /// with <c>META-INF/taxonomyPackage.xml</c>) to import whole through <see cref="EntryPoint"/>.
    /// </summary>
    public required string SchemaPath { get; init; }

    /// <summary>
    /// When <see cref="SchemaPath"/> is a taxonomy package: the entry point to import, by its name, its document's
    /// URL or file name; may be left out when the package has one entry point.
    /// </summary>
    public string? EntryPoint { get; init; }

    /// <summary>
    /// Taxonomy packages (folders or <c>.zip</c>s) of the base taxonomies the schema imports (SRT, US-GAAP): remote
    /// URLs their catalogs map are read from them, so the concepts they declare are not inferred.
    /// </summary>
    public IReadOnlyList<string> Packages { get; init; } = Array.Empty<string>();

    /// <summary>
    /// A report of the taxonomy: an XBRL instance, an xBRL-JSON report, an Inline XBRL document (<c>.htm</c>,
    /// <c>.xhtml</c>) or a report package (<c>.xbri</c>, <c>.xbr</c>, <c>.zip</c>) holding one report. Concepts of base taxonomies that are not available offline
    /// (US-GAAP, srt, dei) get their period type and data type from its facts.
    /// </summary>
    public string? InstancePath { get; init; }

    /// <summary>
    /// Linkbases to read besides those the schema refers to: an instance's own <c>link:linkbaseRef</c>s are part of
    /// its taxonomy (its DTS) as much as the schema's.
    /// </summary>
    public IReadOnlyList<string> AdditionalLinkbases { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Folders besides the schema's own that the taxonomy's references (<c>linkbaseRef</c>s, locators) may lead into.
    /// A reference that leads outside the schema's folder and these is an error located at it, and nothing is read
    /// from where it leads.
    /// </summary>
    public IReadOnlyList<string> AllowedPaths { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Schema files of base taxonomies imported before (files, or folders of <c>*.taxonomy.yaml</c>, such as an
    /// import of the SRT package wrote): the extension names their concepts, writes no file for their namespaces
    /// and infers nothing about them.
    /// </summary>
    public IReadOnlyList<string> BaseTaxonomies { get; init; } = Array.Empty<string>();

    /// <summary>
    /// Import a taxonomy that breaks rules of XBRL 2.1 (a linkbase named by a file that is not there, a balance on a
    /// non-monetary item, ...), each error becoming a note, instead of stopping with every error found (the default).
    /// </summary>
    public bool AllowInvalid { get; init; }

    /// <summary>
    /// A directory, or the path of the extension's <c>*.taxonomy.yaml</c> file (the base taxonomies' files go
    /// next to it). Default: the current directory.
    /// </summary>
    public string? OutputPath { get; init; }

    /// <summary>The extension taxonomy's name (a C# identifier); default: its prefix in PascalCase.</summary>
    public string? TaxonomyName { get; init; }

    /// <summary>The C# namespace of the extension's generated code; the base taxonomies get a child namespace each.</summary>
    public string? CSharpNamespace { get; init; }

    /// <summary>Called with one line per phase (reading schema, labels, ...), for a progress display.</summary>
    public Action<string>? Progress { get; init; }
}
