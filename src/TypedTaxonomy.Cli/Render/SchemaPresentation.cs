using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Cli.Check;
using TypedTaxonomy.Rendering;
using TypedTaxonomy.Schema.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Cli.Render;

/// <summary>
/// The presentation of resolved schema files, for rendering a report without compiling anything: each statement a page
/// (taxonomies in the set's order, statements in their files' order, which the importer writes in the taxonomy's role
/// order), each row with the label of its preferred role and its place in the period (<see cref="GeneratedNames.Placement"/>,
/// as the generated statements have it), and each member with its terse label when it has one.
/// </summary>
public static class SchemaPresentation
{
    /// <summary>The presentation of every taxonomy of the set.</summary>
    /// <param name="set">The resolved taxonomies.</param>
    public static ReportPresentation For(TaxonomySet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var namespaces = set.Taxonomies.ToDictionary(t => t.Prefix, t => t.NamespaceUri, StringComparer.Ordinal);
        QName NameOf(ConceptKey key) => new(namespaces.TryGetValue(key.Prefix, out var uri) ? uri : string.Empty, key.Prefix, key.LocalName);

        var owners = new Dictionary<ConceptKey, (ResolvedTaxonomy Owner, ResolvedConcept Concept)>();
        foreach (var taxonomy in set.Taxonomies)
        {
            foreach (var concept in taxonomy.Concepts)
            {
                owners[concept.Key] = (taxonomy, concept);
            }
        }

        var concepts = new Dictionary<ConceptKey, Concept>();
        Concept ConceptOf(ConceptKey key)
        {
            if (!concepts.TryGetValue(key, out var concept))
            {
                var (owner, resolved) = owners[key];
                concepts[key] = concept = SchemaRules.ToConcept(owner, resolved, NameOf(key));
            }

            return concept;
        }

        var pages = new List<PresentationPage>();
        foreach (var taxonomy in set.Taxonomies)
        {
            foreach (var statement in taxonomy.Statements)
            {
                var rows = new List<PresentationRow>();
                foreach (var item in statement.LineItems)
                {
                    var (_, resolved) = owners[item.Concept];
                    var label = resolved.Label(item.PreferredLabel ?? "standard", taxonomy.Language);
                    PeriodPlacement? placement = resolved.IsAbstract ? null : Enum.Parse<PeriodPlacement>(GeneratedNames.Placement(item.PreferredLabel, resolved));
                    rows.Add(new PresentationRow(rows.Count, ConceptOf(item.Concept), label, item.Depth, placement, item.PreferredLabel));
                }

                pages.Add(new PresentationPage(statement.Role, statement.Title, rows, statement.Axes.Select(NameOf).ToList(), statement.Members.Select(NameOf).ToList()));
            }
        }

        var members = new Dictionary<QName, PresentationMember>();
        foreach (var taxonomy in set.Taxonomies)
        {
            foreach (var axis in taxonomy.Axes)
            {
                var order = 0;
                foreach (var member in axis.Members)
                {
                    var label = owners.TryGetValue(member.Key, out var owned) ? owned.Concept.Label("terse", owned.Owner.Language) : member.Label;
                    members.TryAdd(NameOf(member.Key), new PresentationMember(NameOf(member.Key), label, order++));
                }
            }
        }

        return new ReportPresentation(pages, members);
    }
}
