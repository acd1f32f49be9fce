using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using TypedTaxonomy.Import.Dts;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Packages;
using TypedTaxonomy.Import.Schema;
using TypedTaxonomy.Import.Xml;

namespace TypedTaxonomy.Import.Linkbases;

/// <summary>
/// Everything the linkbases of a taxonomy say, as relationships between named concepts: labels, references,
/// presentation, calculation and definition (dimensions). Prohibited and duplicate arcs are already applied.
/// </summary>
internal sealed class LinkbaseContent
{
    private static readonly XNamespace XLink = XbrlNamespaces.XLink;
    private static readonly XNamespace XmlNs = XNamespace.Xml;
    private static readonly string[] SiblingSuffixes = { "_lab.xml", "_pre.xml", "_cal.xml", "_def.xml", "_ref.xml" };

    public List<string> Files { get; } = new();

    public List<LabelEntry> Labels { get; } = new();

    public List<ReferenceEntry> References { get; } = new();

    public List<Relationship> Presentation { get; } = new();

    public List<Relationship> Calculation { get; } = new();

    public List<Relationship> Definition { get; } = new();

    /// <summary>
    /// Summations (link role, total) with an item whose locator could not be resolved: without that item they
    /// would not hold, so they are left out.
    /// </summary>
    public HashSet<(string LinkRole, ConceptName Total)> IncompleteSummations { get; } = new();

    /// <summary>Relationships of arc roles the format has no key for (essence-alias, general-special, requires-element, ...).</summary>
    public List<Relationship> LeftOut { get; } = new();

    /// <summary>Every concept a locator names, in the order first met.</summary>
    public List<ConceptName> Concepts { get; } = new();

    /// <summary>
    /// The linkbase files a schema uses: its linkbaseRefs (a remote one when a package's catalog maps it to a file
    /// inside the package), then the <c>stem_lab.xml</c>-style siblings not referenced.
    /// </summary>
    public static List<string> FindFiles(TaxonomySchema schema, SchemaSet schemas, ImportLog log)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(schema.Path))!;
        var files = new List<string>();
        foreach (var reference in schema.LinkbaseReferences)
        {
            // Where the linkbaseRef leads is what the DTS's discovery found (which confined it to the allowed folders).
            if (schemas.Locate(schema.Path, reference.Source, reference.Href) is not { } path)
            {
                log.Note($"The linkbase {reference.Href} is remote and was not read (the import works offline).");
                continue;
            }

            if (schemas.Dts.Missing.Contains(path))
            {
                log.Note($"The linkbase {reference.Href} referenced by {Path.GetFileName(schema.Path)} does not exist and was not read.");
            }
            else if (!files.Contains(path, StringComparer.Ordinal))
            {
                files.Add(path);
            }
        }

        var stem = Path.GetFileNameWithoutExtension(schema.Path);
        foreach (var suffix in SiblingSuffixes)
        {
            var path = Path.Combine(directory, stem + suffix);
            if (File.Exists(path) && !files.Contains(path, StringComparer.Ordinal))
            {
                files.Add(path);
            }
        }

        return files;
    }

    /// <summary>Reads the linkbases embedded in <paramref name="schemas"/> and the linkbase <paramref name="files"/>.</summary>
    public static LinkbaseContent Read(IEnumerable<TaxonomySchema> schemas, IReadOnlyList<string> files, LocatorResolver resolver, DtsSet dts, PackageFiles? packages = null)
    {
        var content = new LinkbaseContent();
        var links = new List<ExtendedLink>();
        foreach (var schema in schemas)
        {
            foreach (var embedded in schema.EmbeddedLinkbases)
            {
                links.AddRange(LinkbaseReader.ReadLinkbase(schema.Path, embedded));
            }
        }

        foreach (var file in files)
        {
            content.Files.Add(file);
            links.AddRange(dts.ByPath.TryGetValue(file, out var document) && document.Kind == DtsDocumentKind.Linkbase ? LinkbaseReader.Read(file, document.Xml) : LinkbaseReader.ReadFile(file, packages));
        }

        var seen = new HashSet<ConceptName>();
        var relationships = new List<Relationship>();
        foreach (var link in links)
        {
            var concepts = new Dictionary<string, List<ConceptName>>(StringComparer.Ordinal);
            foreach (var (label, locators) in link.Locators)
            {
                var names = new List<ConceptName>();
                foreach (var locator in locators)
                {
                    if (resolver.Resolve(link.FilePath, locator) is { } name)
                    {
                        names.Add(name);
                        if (seen.Add(name))
                        {
                            content.Concepts.Add(name);
                        }
                    }
                }

                concepts.Add(label, names);
            }

            foreach (var arc in link.Arcs)
            {
                var from = concepts.TryGetValue(arc.From, out var f) ? f : new List<ConceptName>();
                switch (arc.Arcrole)
                {
                    case Arcroles.ConceptLabel:
                        foreach (var resource in link.Resources.TryGetValue(arc.To, out var labels) ? labels : new List<XElement>())
                        {
                            var text = resource.Value.Trim();
                            var role = (string?)resource.Attribute(XLink + "role") ?? "http://www.xbrl.org/2003/role/label";
                            var language = resource.AncestorsAndSelf().Select(e => (string?)e.Attribute(XmlNs + "lang")).FirstOrDefault(l => l is not null) ?? "en";
                            content.Labels.AddRange(from.Select(c => new LabelEntry(c, role, language, text)));
                        }

                        break;
                    case Arcroles.ConceptReference:
                        foreach (var resource in link.Resources.TryGetValue(arc.To, out var references) ? references : new List<XElement>())
                        {
                            var parts = resource.Elements()
                                .Where(e => e.Value.Trim().Length > 0)
                                .Select(e => new KeyValuePair<string, string>(e.Name.LocalName, e.Value.Trim()))
                                .ToList();
                            if (parts.Count > 0)
                            {
                                content.References.AddRange(from.Select(c => new ReferenceEntry(c, parts)));
                            }
                        }

                        break;
                    default:
                        var to = concepts.TryGetValue(arc.To, out var t) ? t : new List<ConceptName>();
                        if (arc.Arcrole is Arcroles.SummationItem or Arcroles.SummationItem11 && !arc.IsProhibited
                            && link.Locators.TryGetValue(arc.To, out var targets) && targets.Count > to.Count)
                        {
                            content.IncompleteSummations.UnionWith(from.Select(f => (link.Role, f)));
                        }

                        foreach (var source in from)
                        {
                            foreach (var target in to)
                            {
                                relationships.Add(new Relationship(link.Role, arc.Arcrole, source, target, arc.Order, relationships.Count, arc.Source, link.FilePath)
                                {
                                    IsProhibited = arc.IsProhibited,
                                    Priority = arc.Priority,
                                    Equivalence = EquivalenceKey(arc.Source),
                                });
                            }
                        }

                        break;
                }
            }
        }

        foreach (var relationship in ApplyProhibitions(relationships))
        {
            switch (relationship.Arcrole)
            {
                case Arcroles.ParentChild:
                    content.Presentation.Add(relationship);
                    break;
                case Arcroles.SummationItem:
                case Arcroles.SummationItem11:
                    content.Calculation.Add(relationship);
                    break;
                case Arcroles.All:
                case Arcroles.NotAll:
                case Arcroles.HypercubeDimension:
                case Arcroles.DimensionDomain:
                case Arcroles.DomainMember:
                case Arcroles.DimensionDefault:
                    content.Definition.Add(relationship);
                    break;
                default:
                    content.LeftOut.Add(relationship);
                    break;
            }
        }

        return content;
    }

    /// <summary>
    /// The non-exempt attributes of an arc (XBRL 2.1 §3.5.3.9.7.4: all but XLink's, use, priority and ids): arcs
    /// between the same concepts that differ in them (order, preferredLabel, weight) are different relationships,
    /// such as a cash balance shown both at the period's start and at its end.
    /// </summary>
    private static string EquivalenceKey(XElement arc)
    {
        // Nearly every arc has one such attribute (order or weight), or none: the parts are sorted only when there are more.
        string? first = null;
        List<string>? parts = null;
        foreach (var a in arc.Attributes())
        {
            if (a.IsNamespaceDeclaration || a.Name.Namespace == XLink || a.Name.LocalName is "use" or "priority" or "id")
            {
                continue;
            }

            var part = a.Name + "=" + (a.Name.LocalName is "order" or "weight" ? NormalizeNumber(a.Value) : a.Value.Trim());
            if (first is null)
            {
                first = part;
            }
            else
            {
                (parts ??= [first]).Add(part);
            }
        }

        if (parts is null)
        {
            return first ?? string.Empty;
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join("|", parts);
    }

    // order="1" and order="1.0" are the same value.
    private static string NormalizeNumber(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value.ToString("G29", System.Globalization.CultureInfo.InvariantCulture)
            : text.Trim();

    /// <summary>
    /// XBRL 2.1 §3.5.3.9: of the arcs between the same two concepts in the same role, the highest priority wins and a
    /// prohibiting arc removes the relationship. Equal duplicates count once (the first written).
    /// </summary>
    private static IEnumerable<Relationship> ApplyProhibitions(List<Relationship> relationships)
    {
        // One pass in the arcs' order: of each relationship's arcs, the first of the highest priority, unless one of that priority prohibits it.
        var decided = new Dictionary<(string, string, ConceptName, ConceptName, XName, string), (int Top, bool Prohibited, Relationship First)>();
        foreach (var r in relationships)
        {
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(decided, (r.LinkRole, r.Arcrole, r.From, r.To, r.Arc.Name, r.Equivalence), out var exists);
            if (!exists || r.Priority > state.Top)
            {
                state = (r.Priority, r.IsProhibited, r);
            }
            else if (r.Priority == state.Top)
            {
                state.Prohibited |= r.IsProhibited;
            }
        }

        var kept = new List<Relationship>(decided.Count);
        foreach (var (_, prohibited, first) in decided.Values)
        {
            if (!prohibited)
            {
                kept.Add(first);
            }
        }

        kept.Sort((a, b) => a.Index.CompareTo(b.Index));
        return kept;
    }
}
