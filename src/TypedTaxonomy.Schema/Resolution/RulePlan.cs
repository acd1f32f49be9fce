using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Schema.Model;

namespace TypedTaxonomy.Schema.Resolution;

/// <summary>
/// The rules of a taxonomy set that a report is validated against: which taxonomies it covers, their concepts, axes
/// and statements, every summation and roll-forward once, and the ranges. The one plan of them: the generator
/// renders it as the C# of <c>{Name}Taxonomy.Rules</c>, and <c>typed-taxonomy check</c> makes runtime rules of it,
/// so the two cannot choose differently.
/// </summary>
/// <param name="Taxonomies">The taxonomies covered: an entry taxonomy first, then those it imports by prefix; or the whole set.</param>
/// <param name="Summations">Each summation of the covered taxonomies once (the first of one signature), in order.</param>
/// <param name="RollForwards">Each roll-forward once, likewise.</param>
/// <param name="Ranges">The numeric concepts with a range.</param>
public sealed record RulePlan(
    EquatableArray<ResolvedTaxonomy> Taxonomies,
    EquatableArray<ResolvedCalculation> Summations,
    EquatableArray<ResolvedCalculation> RollForwards,
    EquatableArray<ResolvedConcept> Ranges)
{
    /// <summary>Every axis of the covered taxonomies.</summary>
    public IEnumerable<ResolvedAxis> Axes => Taxonomies.SelectMany(t => t.Axes);

    /// <summary>Every statement of the covered taxonomies, with the taxonomy that declares it.</summary>
    public IEnumerable<(ResolvedTaxonomy Taxonomy, ResolvedStatement Statement)> Statements =>
        Taxonomies.SelectMany(t => t.Statements.Select(s => (t, s)));

    /// <summary>
    /// The rules of <paramref name="entry"/> and every taxonomy it imports, as its generated class has them; of every
    /// taxonomy of <paramref name="set"/> when <paramref name="entry"/> is null.
    /// </summary>
    public static RulePlan For(TaxonomySet set, ResolvedTaxonomy? entry)
    {
        if (set is null)
        {
            throw new ArgumentNullException(nameof(set));
        }

        IReadOnlyList<ResolvedTaxonomy> taxonomies = entry is null ? set.Taxonomies : set.Reachable(entry);
        return new RulePlan(
            taxonomies.ToEquatableArray(),
            ResolvedCalculation.Distinct(taxonomies.SelectMany(t => t.Calculations)).ToEquatableArray(),
            ResolvedCalculation.Distinct(taxonomies.SelectMany(t => t.RollForwards)).ToEquatableArray(),
            taxonomies.SelectMany(t => t.Concepts)
                .Where(c => c.DataType is { } type && type.IsNumeric() && (c.RangeMin is not null || c.RangeMax is not null))
                .ToEquatableArray());
    }
}
