using System;
using System.Collections.Generic;
using System.Linq;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Schema.Resolution;

namespace TypedTaxonomy.Import.Phases;

/// <summary>
/// Makes one statement per presentation role: its line item tree without the dimensional scaffolding (axes,
/// domains and members are the statement's <c>axes</c>, not line items), headings that end up empty removed, and
/// the places the generated class could not tell apart merged, as the schema resolver requires. Its passes recurse
/// over the trees: <see cref="ConceptCollector"/> walked them first and refused any deeper than
/// <see cref="ImportLimits.MaxDepth"/> or larger than <see cref="ImportLimits.MaxPlaces"/>.
/// </summary>
internal static class StatementBuilder
{
    // The members every generated statement class has; a line item or axis property may not take these names.

    public static void Run(ImportModel model)
    {
        var presentation = new RelationshipIndex(model.Linkbases.Presentation);
        var definition = new RelationshipIndex(model.Linkbases.Definition);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (role, roots) in PresentationTrees.Roots(model))
        {
            var name = UniqueName(Identifiers.StatementName(role), names);
            var title = Identifiers.StatementTitle(model.Schemas.RoleTypes.TryGetValue(role, out var roleType) ? roleType.Definition : null);
            var statement = new StatementInfo(name, role, title);
            var approximated = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var root in roots)
            {
                statement.LineItems.AddRange(Build(model, presentation, role, root, null, new HashSet<ConceptName>(), approximated));
            }

            foreach (var label in approximated)
            {
                model.Log.Note($"Statement {name}: the preferred label role {label} has no equivalent in the format; the nearest role is used.");
            }

            AddAxes(model, definition, statement);
            AddMembers(model, presentation, roots, statement);
            var reserved = new HashSet<string>(GeneratedNames.StatementContextProperties.Select(p => p.Name).Concat(GeneratedNames.StatementMembers), StringComparer.Ordinal) { GeneratedNames.StatementClass(name) };
            foreach (var axis in statement.Axes)
            {
                reserved.Add(GeneratedNames.AxisProperty(axis.LocalName));
            }

            var places = new HashSet<(ConceptName, string?)>();
            var properties = new Dictionary<string, ConceptName>(StringComparer.Ordinal);
            var merged = Deduplicate(model, statement.LineItems, places, properties, reserved, statement.Name);
            if (merged > 0)
            {
                model.Log.Note($"Statement {name}: {DimensionAnalyzer.Count(merged, "repeated line item")} shown once (the generated class has one property per concept and period placement).");
            }

            if (!statement.LineItems.Any(n => HasReportable(model, n)))
            {
                model.Log.Note($"The presentation role {role} is not imported as a statement: it has no line items that can carry facts (only headings, axes and members).");
                names.Remove(name);
                continue;
            }

            model.Statements.Add(statement);
        }
    }

    private static List<LineItemNode> Build(ImportModel model, RelationshipIndex presentation, string role, ConceptName name, string? preferredLabel, HashSet<ConceptName> path, SortedSet<string> approximated)
    {
        var concept = model.Get(name);
        if (concept.Role is ImportRole.Axis or ImportRole.TypedAxis or ImportRole.Domain or ImportRole.Member || !path.Add(name))
        {
            return new List<LineItemNode>();
        }

        var children = new List<LineItemNode>();
        foreach (var child in presentation.Children(role, Arcroles.ParentChild, name))
        {
            var label = LabelRoles.Preferred(child.PreferredLabel, out var isApproximate);
            if (isApproximate)
            {
                approximated.Add(child.PreferredLabel!);
            }

            children.AddRange(Build(model, presentation, role, child.To, label, path, approximated));
        }

        path.Remove(name);
        if (concept.IsLeftOut || !concept.IsWrittenAsConcept)
        {
            // The concept cannot be written; what hangs under it stays in the statement, one level up.
            return children;
        }

        if (concept.IsAbstract && children.Count == 0)
        {
            return children;
        }

        var node = new LineItemNode(name, preferredLabel);
        node.Children.AddRange(children);
        return new List<LineItemNode> { node };
    }

    private static void AddAxes(ImportModel model, RelationshipIndex definition, StatementInfo statement)
    {
        var concepts = new HashSet<ConceptName>();
        Collect(statement.LineItems);
        var properties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (primaries, axes) in DimensionAnalyzer.Hypercubes(definition, statement.Role))
        {
            if (!primaries.Overlaps(concepts))
            {
                continue;
            }

            foreach (var axis in axes)
            {
                if (!model.Axes.ContainsKey(axis) || statement.Axes.Contains(axis))
                {
                    continue;
                }

                if (!properties.Add(GeneratedNames.AxisProperty(axis.LocalName)))
                {
                    model.Log.Note($"Statement {statement.Name}: the axis {axis} is left out of its axes: another axis has the same local name, and both would become the property {GeneratedNames.AxisProperty(axis.LocalName)}.");
                    continue;
                }

                statement.Axes.Add(axis);
            }
        }

        void Collect(List<LineItemNode> nodes)
        {
            foreach (var node in nodes)
            {
                concepts.Add(node.Concept);
                Collect(node.Children);
            }
        }
    }

    /// <summary>The members of the statement's axes that its presentation lists under them: the rows its tables show.</summary>
    private static void AddMembers(ImportModel model, RelationshipIndex presentation, List<ConceptName> roots, StatementInfo statement)
    {
        var axes = statement.Axes.Where(model.Axes.ContainsKey).Select(a => model.Axes[a]).ToList();
        var seen = new HashSet<ConceptName>();
        foreach (var root in roots)
        {
            presentation.Walk(statement.Role, Arcroles.ParentChild, root, arc =>
            {
                var member = arc.To;
                if (axes.Any(a => a.Domain == member || a.Contains(member)) && seen.Add(member))
                {
                    statement.Members.Add(member);
                    var shortName = arc.PreferredLabel is { } role ? LabelRoles.ShortName(role) : null;
                    if (!model.MemberLabelRoles.TryAdd(member, shortName) && model.MemberLabelRoles[member] != shortName)
                    {
                        model.MemberLabelRoles[member] = null;
                    }
                }

                return true;
            });
        }
    }

    /// <summary>
    /// Keeps the first place of each (concept, period placement) and of each generated property name; a repeated
    /// heading's children move up into its place. Returns how many places were merged away.
    /// </summary>
    private static int Deduplicate(ImportModel model, List<LineItemNode> nodes, HashSet<(ConceptName, string?)> places, Dictionary<string, ConceptName> properties, HashSet<string> reserved, string statement)
    {
        var merged = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var node = nodes[i];
            merged += Deduplicate(model, node.Children, places, properties, reserved, statement);
            var concept = model.Get(node.Concept);
            var place = GeneratedNames.PlaceRole(node.Label, concept.PeriodType == "instant");
            var keep = places.Add((node.Concept, place));
            if (!keep)
            {
                merged++;
            }
            else if (!concept.IsAbstract)
            {
                var property = GeneratedNames.LineItemProperty(node.Concept.LocalName, place);
                var taken = properties.TryGetValue(property, out var other) && other != node.Concept;
                if (reserved.Contains(property) || taken)
                {
                    var owner = reserved.Contains(property) ? "the generated class already has" : "is already " + other;
                    model.Log.Note($"Statement {statement}: {node.Concept} is left out: it would become the property {property}, which {owner}.");
                    keep = false;
                }
                else
                {
                    properties[property] = node.Concept;
                }
            }

            if (keep)
            {
                continue;
            }

            nodes.RemoveAt(i);
            nodes.InsertRange(i, node.Children);
            i += node.Children.Count - 1;
        }

        // A heading whose children were all merged away is now empty; it goes too.
        nodes.RemoveAll(n => model.Get(n.Concept).IsAbstract && n.Children.Count == 0);
        return merged;
    }

    private static bool HasReportable(ImportModel model, LineItemNode node) =>
        !model.Get(node.Concept).IsAbstract || node.Children.Any(c => HasReportable(model, c));

    private static string UniqueName(string name, HashSet<string> names)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
        {
            candidate = name + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
