using System;
using System.Collections.Generic;
using System.Linq;

namespace TypedTaxonomy.Schema.Model;

// The model after all files are read and every name resolved. It holds no source positions on purpose:
// moving a line in a schema file then changes diagnostics only, and generated code stays cached.

/// <summary>A concept's identity: the taxonomy prefix and local name (the prefix maps to one namespace).</summary>
public readonly record struct ConceptKey(string Prefix, string LocalName)
{
    /// <summary>Parses <c>prefix:Local</c>, or <c>Local</c> in the default prefix.</summary>
    public static ConceptKey Parse(string text, string defaultPrefix)
    {
        var colon = text.IndexOf(':');
        return colon < 0 ? new ConceptKey(defaultPrefix, text) : new ConceptKey(text.Substring(0, colon), text.Substring(colon + 1));
    }

    /// <inheritdoc />
    public override string ToString() => Prefix + ":" + LocalName;
}

/// <summary>Every taxonomy loaded together, in a stable order (by prefix).</summary>
public sealed record TaxonomySet(EquatableArray<ResolvedTaxonomy> Taxonomies)
{
    /// <summary>
    /// A taxonomy and every taxonomy of the set it imports, directly or not: the taxonomy itself first, then by
    /// prefix. What a taxonomy's generated rules cover.
    /// </summary>
    public IReadOnlyList<ResolvedTaxonomy> Reachable(ResolvedTaxonomy entry)
    {
        var byPrefix = Taxonomies.ToDictionary(t => t.Prefix, StringComparer.Ordinal);
        var found = new List<ResolvedTaxonomy> { entry };
        var seen = new HashSet<string>(StringComparer.Ordinal) { entry.Prefix };
        for (var i = 0; i < found.Count; i++)
        {
            foreach (var import in found[i].Imports)
            {
                if (seen.Add(import) && byPrefix.TryGetValue(import, out var imported))
                {
                    found.Add(imported);
                }
            }
        }

        return found.Take(1).Concat(found.Skip(1).OrderBy(t => t.Prefix, StringComparer.Ordinal)).ToList();
    }
}

/// <summary>One taxonomy, merged from all its files.</summary>
public sealed record ResolvedTaxonomy(
    string Name,
    string Prefix,
    string NamespaceUri,
    string CSharpNamespace,
    string? Version,
    string Language,
    EquatableArray<string> Imports,
    string? DefaultCurrencyUnit,
    int? DefaultDecimals,
    EquatableArray<ResolvedUnit> Units,
    EquatableArray<ResolvedConcept> Concepts,
    EquatableArray<ResolvedAxis> Axes,
    EquatableArray<ResolvedStatement> Statements,
    EquatableArray<ResolvedCalculation> Calculations,
    EquatableArray<ResolvedCalculation> RollForwards,
    EquatableArray<string> FilePaths);

/// <summary>A unit with measures as QNames (<c>iso4217:CNY</c>).</summary>
public sealed record ResolvedUnit(string Id, EquatableArray<string> Numerator, EquatableArray<string> Denominator)
{
    /// <summary>True for a single ISO 4217 measure: the unit of monetary facts.</summary>
    public bool IsCurrency => Numerator.Count == 1 && Denominator.IsEmpty && Numerator[0].StartsWith("iso4217:", System.StringComparison.Ordinal);

    /// <summary>As XBRL writes it: <c>iso4217:USD/xbrli:shares</c>.</summary>
    public string Display => string.Join("*", Numerator) + (Denominator.IsEmpty ? string.Empty : "/" + string.Join("*", Denominator));
}

/// <summary>A fully resolved concept.</summary>
public sealed record ResolvedConcept(
    ConceptKey Key,
    ConceptRole Role,
    ConceptDataType? DataType,
    ConceptPeriodType PeriodType,
    ConceptBalance Balance,
    bool IsAbstract,
    bool IsNillable,
    string? UnitId,
    EquatableArray<LabelDefinition> Labels,
    string? Documentation,
    EquatableArray<ReferenceDefinition> References,
    EquatableArray<string> EnumerationValues,
    decimal? RangeMin,
    decimal? RangeMax,
    bool IsDeprecated,
    string? DeprecatedSince,
    ConceptKey? ReplacedBy,
    string FilePath)
{
    /// <summary>The label of a role in a language, falling back to the standard label.</summary>
    public string Label(string role, string language)
    {
        string? standard = null;
        foreach (var label in Labels)
        {
            if (label.Language == language && label.Role == role)
            {
                return label.Text;
            }

            if (label.Role == "standard" && (standard is null || label.Language == language))
            {
                standard = label.Text;
            }
        }

        return standard ?? Key.LocalName;
    }
}

/// <summary>A member of an axis's domain tree.</summary>
public sealed record ResolvedMember(ConceptKey Key, ConceptKey? Parent, string Label);

/// <summary>An axis with its domain, default member and every member, including those extensions add.</summary>
public sealed record ResolvedAxis(ConceptKey Key, string Label, ConceptKey Domain, ConceptKey Default, EquatableArray<ResolvedMember> Members);

/// <summary>A place in a statement: the concept and the label role it is shown with.</summary>
public sealed record ResolvedLineItem(ConceptKey Concept, string? PreferredLabel, int Depth);

/// <summary>
/// A statement (presentation network). <see cref="Members"/> are the members of its axes its tables show; empty when
/// it shows every member.
/// </summary>
public sealed record ResolvedStatement(
    string Name,
    string Role,
    string Title,
    EquatableArray<ConceptKey> Axes,
    EquatableArray<ConceptKey> Required,
    EquatableArray<ResolvedLineItem> LineItems,
    string FilePath,
    EquatableArray<ConceptKey> Members = default);

/// <summary>A contributing item with its weight (1 or -1).</summary>
public sealed record ResolvedCalculationItem(ConceptKey Concept, int Weight);

/// <summary>
/// A summation; <see cref="StatementName"/> limits it to one statement, null means every statement. In
/// <see cref="ResolvedTaxonomy.RollForwards"/>, a roll-forward: <see cref="Total"/> is the balance (an instant)
/// and <see cref="Items"/> its changes over a period (durations).
/// </summary>
public sealed record ResolvedCalculation(ConceptKey Total, string? StatementName, EquatableArray<ResolvedCalculationItem> Items)
{
    /// <summary>
    /// The total and its weighted items as text (<c>p:Total=1*p:A+-1*p:B</c>), whatever statement the summation is
    /// scoped to: the same summation written for two statements is checked once.
    /// </summary>
    public string Signature() => Total + "=" + string.Join("+", Items.Select(i => i.Weight + "*" + i.Concept));

    /// <summary>Each summation (or roll-forward) once, the first of those with one <see cref="Signature"/>, in order.</summary>
    public static IEnumerable<ResolvedCalculation> Distinct(IEnumerable<ResolvedCalculation> calculations)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return calculations.Where(c => seen.Add(c.Signature()));
    }
}
