using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Inference;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Schema;

namespace TypedTaxonomy.Import.Model;

/// <summary>The state of one import, filled in by the phases: concepts, axes, statements, calculations, units.</summary>
internal sealed class ImportModel
{
    // Looked up for every arc and fact; the sorted dictionary is for the order of the output.
    private readonly Dictionary<ConceptName, ConceptInfo> conceptsByName = new();

    public ImportModel(SchemaSet schemas, string extensionPrefix, NamespacePrefixes prefixes, InstanceFacts? facts, LinkbaseContent linkbases, ImportLog log)
    {
        Schemas = schemas;
        Schema = schemas.Entry;
        ExtensionPrefix = extensionPrefix;
        Prefixes = prefixes;
        Facts = facts;
        Linkbases = linkbases;
        Log = log;
        Units = UnitCatalog.Build(facts);
        RoleOrder = OrderRoles(schemas, linkbases);
    }

    /// <summary>The schema the import starts from.</summary>
    public TaxonomySchema Schema { get; }

    /// <summary>Every schema read: the one imported, those of its package and the base taxonomies' from packages.</summary>
    public SchemaSet Schemas { get; }

    /// <summary>Every concept a schema read declares that the import writes, with its declaration, in the order declared.</summary>
    public List<(ConceptName Name, ElementDeclaration Element)> Declared { get; } = new();

    /// <summary>Base taxonomies imported before, whose concepts are named and not written.</summary>
    public BaseTaxonomies? Bases { get; init; }

    /// <summary>Where the imported taxonomy came from, when that is more than its schema (a package's entry point).</summary>
    public string? Origin { get; set; }

    public string ExtensionPrefix { get; }

    public NamespacePrefixes Prefixes { get; }

    public InstanceFacts? Facts { get; }

    public LinkbaseContent Linkbases { get; }

    public ImportLog Log { get; }

    public UnitCatalog Units { get; }

    /// <summary>The concepts in the order they are written; add through <see cref="Get"/>, which indexes them.</summary>
    public SortedDictionary<ConceptName, ConceptInfo> Concepts { get; } = new();

    public SortedDictionary<ConceptName, AxisInfo> Axes { get; } = new();

    /// <summary>
    /// The label role every presentation shows a member with (its preferredLabel), in the format's spelling; null for a
    /// member shown with different roles in different presentations.
    /// </summary>
    public Dictionary<ConceptName, string?> MemberLabelRoles { get; } = new();

    public List<StatementInfo> Statements { get; } = new();

    public List<CalculationInfo> Calculations { get; } = new();

    /// <summary>Extended link roles in the order statements are written: the schema's roleType order, then first use.</summary>
    public Dictionary<string, int> RoleOrder { get; }

    /// <summary>The extension's default currency unit id and why.</summary>
    public (string UnitId, string Reason)? DefaultCurrency { get; set; }

    /// <summary>The extension's default decimals and why.</summary>
    public (string Decimals, string Reason)? DefaultDecimals { get; set; }

    public ConceptInfo Get(ConceptName name)
    {
        if (!conceptsByName.TryGetValue(name, out var concept))
        {
            concept = new ConceptInfo(name);
            conceptsByName.Add(name, concept);
            Concepts.Add(name, concept);
        }

        return concept;
    }

    public ConceptInfo? Find(ConceptName name) => conceptsByName.TryGetValue(name, out var concept) ? concept : null;

    public int OrderOf(string role) => RoleOrder.TryGetValue(role, out var order) ? order : int.MaxValue;

    /// <summary>The prefix the output uses for the concepts <paramref name="schema"/> declares.</summary>
    public string PrefixOf(TaxonomySchema schema) =>
        schema == Schema ? ExtensionPrefix : Prefixes.PrefixOf(schema.TargetNamespace) ?? Prefixes.Register(schema.TargetNamespace, schema.Prefix ?? "ns");

    private static Dictionary<string, int> OrderRoles(SchemaSet schemas, LinkbaseContent linkbases)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var roleType in schemas.RoleTypes.Values.OrderBy(r => r.Index))
        {
            order[roleType.RoleUri] = order.Count;
        }

        foreach (var relationship in linkbases.Presentation.Concat(linkbases.Calculation).Concat(linkbases.Definition))
        {
            if (!order.ContainsKey(relationship.LinkRole))
            {
                order[relationship.LinkRole] = order.Count;
            }
        }

        return order;
    }
}
