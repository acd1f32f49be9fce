using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;
using TypedTaxonomy.Validation;

namespace TypedTaxonomy.Cli.Check;

/// <summary>
/// The rules a report is validated against, built from resolved schema files at run time: what the generated
/// <c>{Name}Taxonomy.Rules</c> holds, for a tool that checks reports without compiling anything. Both are made from
/// one <see cref="RulePlan"/> (which taxonomies a set covers, summations and roll-forwards once each in order, the
/// ranges); a member is valid when it is its axis's domain or one of its members, as the generated code has it. The
/// end-to-end tests compare the two on the SEC filings and the shipped schema, finding by finding.
/// </summary>
public sealed class SchemaRules
{
    private readonly Dictionary<QName, Concept> concepts;

    private SchemaRules(Dictionary<QName, Concept> concepts, TaxonomyRules rules)
    {
        this.concepts = concepts;
        Rules = rules;
    }

    /// <summary>The rules, for <see cref="ReportValidator.Validate"/>.</summary>
    public TaxonomyRules Rules { get; }

    /// <summary>
    /// The rules of a taxonomy and every taxonomy it imports, as its generated class has them; or, when
    /// <paramref name="taxonomy"/> is null, of every taxonomy in <paramref name="set"/>.
    /// </summary>
    /// <param name="set">The resolved taxonomies.</param>
    /// <param name="taxonomy">A taxonomy's name (<c>Qiniu</c>) or prefix (<c>qiniu</c>), or null.</param>
    /// <exception cref="ArgumentException">No taxonomy of the set has that name or prefix.</exception>
    public static SchemaRules For(TaxonomySet set, string? taxonomy)
    {
        ArgumentNullException.ThrowIfNull(set);
        ResolvedTaxonomy? entry = null;
        if (taxonomy is not null)
        {
            entry = set.Taxonomies.FirstOrDefault(t => t.Prefix == taxonomy)
                ?? set.Taxonomies.FirstOrDefault(t => t.Name == taxonomy)
                ?? throw new ArgumentException($"No taxonomy is named or prefixed {Excerpt.Quote(taxonomy)}; the schema files define {string.Join(", ", set.Taxonomies.Select(t => $"{t.Name} ({t.Prefix})"))}.");
        }

        var plan = RulePlan.For(set, entry);
        var namespaces = set.Taxonomies.ToDictionary(t => t.Prefix, t => t.NamespaceUri, StringComparer.Ordinal);
        QName NameOf(ConceptKey key) => new(namespaces[key.Prefix], key.Prefix, key.LocalName);

        var concepts = new Dictionary<QName, Concept>();
        foreach (var owner in plan.Taxonomies)
        {
            foreach (var concept in owner.Concepts)
            {
                concepts[NameOf(concept.Key)] = ToConcept(owner, concept, NameOf(concept.Key));
            }
        }

        Concept ConceptOf(ConceptKey key) => concepts[NameOf(key)];

        var members = new Dictionary<QName, HashSet<QName>>();
        foreach (var axis in plan.Axes)
        {
            var domain = new HashSet<QName> { NameOf(axis.Domain) };
            domain.UnionWith(axis.Members.Select(m => NameOf(m.Key)));
            members[NameOf(axis.Key)] = domain;
        }

        SummationTerm[] Terms(ResolvedCalculation calculation) => calculation.Items.Select(i => new SummationTerm(ConceptOf(i.Concept), i.Weight)).ToArray();

        var summations = plan.Summations.Select(c => new SummationRule(ConceptOf(c.Total), Terms(c))).ToArray();
        var rollForwards = plan.RollForwards.Select(c => new RollForwardRule(ConceptOf(c.Total), Terms(c))).ToArray();
        var ranges = plan.Ranges.Select(c => new RangeRule(ConceptOf(c.Key), c.RangeMin, c.RangeMax)).ToArray();

        var rules = new TaxonomyRules(
            name => concepts.TryGetValue(name, out var concept) ? concept : null,
            (axis, member) => members.TryGetValue(axis, out var domain) ? domain.Contains(member) : null,
            summations,
            ranges,
            rollForwards);
        return new SchemaRules(concepts, rules);
    }

    /// <summary>Whether the rules define <paramref name="name"/> as a numeric concept: what xBRL-JSON cannot tell a reader.</summary>
    public bool IsNumericConcept(QName name) => concepts.TryGetValue(name, out var concept) && concept.IsNumeric;

    internal static Concept ToConcept(ResolvedTaxonomy owner, ResolvedConcept concept, QName name)
    {
        var labels = concept.Labels
            .Where(l => !(l.Role == "standard" && l.Language == owner.Language))
            .Select(l => new ConceptLabel(l.Role, l.Language, l.Text))
            .ToArray();
        return new Concept(
            name,
            Enum.Parse<DataType>((concept.DataType ?? ConceptDataType.String).ToString()),
            Enum.Parse<PeriodType>(concept.PeriodType.ToString()),
            Enum.Parse<Balance>(concept.Balance.ToString()),
            concept.IsAbstract,
            concept.IsNillable,
            concept.Label("standard", owner.Language),
            labels);
    }
}
