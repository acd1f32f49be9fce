using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TypedTaxonomy.Import.Linkbases;
using TypedTaxonomy.Import.Model;
using TypedTaxonomy.Import.Schema;
using TypedTaxonomy.Schema.Parsing;

namespace TypedTaxonomy.Import.Phases;

/// <summary>
/// Finds the tables, axes, domains and members (XBRL Dimensions) from the definition linkbase, the schema, the
/// instance's contexts and, for axes nothing else describes, the presentation tree and the <c>Axis</c> naming
/// convention; gives every concept one role, since the format declares each concept in exactly one place.
/// </summary>
internal static class DimensionAnalyzer
{
    public static void Run(ImportModel model)
    {
        var definition = new RelationshipIndex(model.Linkbases.Definition);
        var hypercubes = new HashSet<ConceptName>();
        // The axes to look at, in the order first met.
        var candidates = new List<ConceptName>();
        var candidateSet = new HashSet<ConceptName>();
        var withDomain = new HashSet<ConceptName>();
        var withDefault = new HashSet<ConceptName>();
        var typed = new HashSet<ConceptName>();
        var declaredExplicit = new HashSet<ConceptName>();
        var inDefinition = new HashSet<ConceptName>();

        foreach (var relationship in model.Linkbases.Definition)
        {
            switch (relationship.Arcrole)
            {
                case Arcroles.All:
                case Arcroles.NotAll:
                    hypercubes.Add(relationship.To);
                    break;
                case Arcroles.HypercubeDimension:
                    hypercubes.Add(relationship.From);
                    AddCandidate(relationship.To);
                    inDefinition.Add(relationship.To);
                    break;
                case Arcroles.DimensionDomain:
                    AddCandidate(relationship.From);
                    withDomain.Add(relationship.From);
                    inDefinition.Add(relationship.From);
                    break;
                case Arcroles.DimensionDefault:
                    AddCandidate(relationship.From);
                    withDefault.Add(relationship.From);
                    inDefinition.Add(relationship.From);
                    break;
            }
        }

        foreach (var (name, element) in model.Declared)
        {
            if (element.Kind == ElementKind.Hypercube)
            {
                hypercubes.Add(name);
            }
            else if (element.Kind == ElementKind.Dimension)
            {
                AddCandidate(name);
                (element.HasTypedDomain ? typed : declaredExplicit).Add(name);
            }
        }

        var contextAxes = new HashSet<ConceptName>();
        if (model.Facts is { } facts)
        {
            typed.UnionWith(facts.TypedAxes.Keys);
            foreach (var (axis, _) in facts.ExplicitMembers.Keys)
            {
                AddCandidate(axis);
                contextAxes.Add(axis);
            }
        }

        foreach (var candidate in candidates)
        {
            // An axis with no domain anywhere, not declared explicit and never given a member is a typed dimension.
            var looksTyped = !withDomain.Contains(candidate) && !withDefault.Contains(candidate) && !contextAxes.Contains(candidate) && !declaredExplicit.Contains(candidate);
            if (typed.Contains(candidate) || looksTyped)
            {
                typed.Add(candidate);
                continue;
            }

            var axis = new AxisInfo(candidate);
            if (!inDefinition.Contains(candidate) && !declaredExplicit.Contains(candidate) && model.Facts is { } source)
            {
                var uses = source.ExplicitMembers.Where(p => p.Key.Axis == candidate).Sum(p => p.Value);
                axis.InferredFrom = ("facts", $"from {Count(uses, "fact")} in {source.FileName} (their contexts); no definition arc names it");
            }

            model.Axes.TryAdd(candidate, axis);
        }

        ReadDomains(model, definition);
        AddPresentationMembers(model, typed, hypercubes);
        AddContextMembers(model, typed);
        AssignRoles(model, typed, hypercubes);

        void AddCandidate(ConceptName name)
        {
            if (candidateSet.Add(name))
            {
                candidates.Add(name);
            }
        }
    }

    /// <summary>
    /// The statement axes of a role: the dimensions of the hypercubes that <c>all</c> arcs of that role attach to a
    /// primary item, with the primary items (the arc's source and its domain-member descendants).
    /// </summary>
    public static List<(HashSet<ConceptName> PrimaryItems, List<ConceptName> Axes)> Hypercubes(RelationshipIndex definition, string role)
    {
        var result = new List<(HashSet<ConceptName>, List<ConceptName>)>();
        foreach (var all in definition.InRole(role, Arcroles.All))
        {
            var primaries = new HashSet<ConceptName>(definition.Descendants(role, Arcroles.DomainMember, all.From)) { all.From };
            var axes = definition.Children(all.TargetRole ?? role, Arcroles.HypercubeDimension, all.To).Select(r => r.To).ToList();
            result.Add((primaries, axes));
        }

        return result;
    }

    private static void ReadDomains(ImportModel model, RelationshipIndex definition)
    {
        var roles = model.Linkbases.Definition.Select(r => r.LinkRole).Distinct().OrderBy(model.OrderOf).ThenBy(r => r, StringComparer.Ordinal).ToList();
        var domainArcs = model.Linkbases.Definition.Where(r => r.Arcrole == Arcroles.DimensionDomain).ToLookup(r => r.LinkRole, StringComparer.Ordinal);
        foreach (var role in roles)
        {
            foreach (var relationship in domainArcs[role].OrderBy(r => r.Order).ThenBy(r => r.Index))
            {
                if (!model.Axes.TryGetValue(relationship.From, out var axis))
                {
                    continue;
                }

                if (axis.Domain is null)
                {
                    axis.Domain = relationship.To;
                }
                else if (axis.Domain != relationship.To)
                {
                    model.Log.Note($"The axis {axis.Axis} has the domains {axis.Domain} and {relationship.To} (in {role}); the format gives an axis one domain, so the members of {relationship.To} are listed under {axis.Domain}.");
                }

                AddMembers(axis, definition, relationship.TargetRole ?? role, relationship.To);
            }
        }

        foreach (var relationship in model.Linkbases.Definition.Where(r => r.Arcrole == Arcroles.DimensionDefault).OrderBy(r => model.OrderOf(r.LinkRole)).ThenBy(r => r.Index))
        {
            if (!model.Axes.TryGetValue(relationship.From, out var axis))
            {
                continue;
            }

            if (axis.Default is null)
            {
                axis.Default = relationship.To;
            }
            else if (axis.Default != relationship.To)
            {
                model.Log.Note($"The axis {axis.Axis} has the defaults {axis.Default} and {relationship.To}; the first is kept.");
            }

            if (relationship.To != axis.Domain)
            {
                axis.TryAdd(relationship.To, null);
            }
        }
    }

    /// <summary>The members under <paramref name="domain"/>, in tree order, each under the member it hangs from (null: the domain).</summary>
    private static void AddMembers(AxisInfo axis, RelationshipIndex definition, string role, ConceptName domain)
    {
        var depths = new Dictionary<ConceptName, int> { [domain] = 0 };
        definition.Walk(role, Arcroles.DomainMember, domain, relationship =>
        {
            var member = relationship.To;
            if (member == axis.Domain || member == axis.Axis)
            {
                return false;
            }

            if (!depths.ContainsKey(member))
            {
                depths[member] = depths[relationship.From] + 1;
                ImportLimits.CheckDepth(relationship, depths[member], "member tree of " + Excerpt.Shorten(axis.Axis.ToString()));
            }

            axis.TryAdd(member, relationship.From == domain ? null : relationship.From);
            return true;
        });
    }

    private static void AddContextMembers(ImportModel model, HashSet<ConceptName> typed)
    {
        if (model.Facts is not { } facts)
        {
            return;
        }

        var byAxis = facts.ExplicitMembers.GroupBy(p => p.Key.Axis).OrderBy(g => g.Key);
        foreach (var group in byAxis)
        {
            if (typed.Contains(group.Key))
            {
                continue;
            }

            var axis = model.Axes[group.Key];
            foreach (var ((_, member), count) in group.OrderBy(p => p.Key.Member))
            {
                if (member != axis.Domain && axis.TryAdd(member, null))
                {
                    axis.InferredMembers[member] = ("facts", $"from {Count(count, "fact")} in {facts.FileName} (their contexts)");
                }
            }
        }
    }

    /// <summary>
    /// The presentation of a table lists axis, domain and members in that order. Members it shows that no definition
    /// arc or context names are added; an <c>...Axis</c> concept nothing else describes is an axis by its name, with
    /// its domain and members from that tree (the first child of the axis is its domain).
    /// </summary>
    private static void AddPresentationMembers(ImportModel model, HashSet<ConceptName> typed, HashSet<ConceptName> hypercubes)
    {
        var presentation = new RelationshipIndex(model.Linkbases.Presentation);
        var uses = model.Linkbases.Presentation.Select(r => (r.LinkRole, Axis: r.To))
            .Concat(model.Linkbases.Presentation.Select(r => (r.LinkRole, Axis: r.From)))
            .Distinct()
            .OrderBy(u => model.OrderOf(u.LinkRole))
            .ThenBy(u => u.LinkRole, StringComparer.Ordinal)
            .ThenBy(u => u.Axis);
        foreach (var (role, name) in uses)
        {
            if (!model.Axes.TryGetValue(name, out var axis))
            {
                if (!IsAxisByName(model, name, typed, hypercubes))
                {
                    continue;
                }

                axis = new AxisInfo(name) { InferredFrom = ("name", "from its name ending in Axis; no definition arc or context describes it") };
                model.Axes.Add(name, axis);
            }

            var where = $"from the presentation of {Identifiers.StatementName(role)}";
            foreach (var child in presentation.Children(role, Arcroles.ParentChild, name))
            {
                if (axis.Domain is null)
                {
                    axis.Domain = child.To;
                    axis.DomainInferredFrom = where + ", where it is the first concept under the axis";
                }

                if (child.To != axis.Domain)
                {
                    AddInferredMember(axis, child.To, null, where);
                }

                foreach (var member in presentation.Descendants(role, Arcroles.ParentChild, child.To))
                {
                    var parent = model.Linkbases.Presentation.First(r => r.LinkRole == role && r.To == member).From;
                    AddInferredMember(axis, member, parent == axis.Domain || parent == axis.Axis ? null : parent, where);
                }
            }
        }

        // Axes the label linkbase names but no network places anywhere.
        foreach (var concept in model.Concepts.Values.Where(c => !model.Axes.ContainsKey(c.Name) && IsAxisByName(model, c.Name, typed, hypercubes)).ToList())
        {
            model.Axes.Add(concept.Name, new AxisInfo(concept.Name) { InferredFrom = ("name", "from its name ending in Axis; no definition arc or context describes it") });
        }
    }

    private static bool IsAxisByName(ImportModel model, ConceptName name, HashSet<ConceptName> typed, HashSet<ConceptName> hypercubes) =>
        name.LocalName.EndsWith("Axis", StringComparison.Ordinal)
        && !typed.Contains(name)
        && !hypercubes.Contains(name)
        && model.Find(name) is not { Facts.Count: > 0 }
        && model.Find(name)?.Declaration is null or { Kind: ElementKind.Dimension };

    private static void AddInferredMember(AxisInfo axis, ConceptName member, ConceptName? parent, string why)
    {
        if (member != axis.Domain && member != axis.Axis && axis.TryAdd(member, parent))
        {
            axis.InferredMembers[member] = ("presentation", why);
        }
    }

    private static void AssignRoles(ImportModel model, HashSet<ConceptName> typed, HashSet<ConceptName> hypercubes)
    {
        foreach (var name in typed)
        {
            model.Get(name).Role = ImportRole.TypedAxis;
            model.Log.Leave(name.ToString(), "a typed dimension (its members are values, not concepts); the format has explicit axes only");
        }

        foreach (var axis in model.Axes.Values.ToList())
        {
            if (NameRules.WhyNotConceptName(axis.Axis.LocalName) is { } why)
            {
                model.Axes.Remove(axis.Axis);
                model.Get(axis.Axis).Role = ImportRole.TypedAxis;
                model.Log.Leave(axis.Axis.ToString(), "not an XML name the format accepts: " + why + "; the axis and its members are left out");
                continue;
            }

            model.Get(axis.Axis).Role = ImportRole.Axis;
        }

        foreach (var axis in model.Axes.Values.ToList())
        {
            if (axis.Domain is { } domain)
            {
                if (NameRules.WhyNotConceptName(domain.LocalName) is { } why)
                {
                    model.Log.Leave(domain.ToString(), "not an XML name the format accepts: " + why + $"; the axis {axis.Axis} gets the default domain name");
                    axis.Domain = null;
                }
                else if (model.Get(domain).Role is ImportRole.Axis or ImportRole.TypedAxis)
                {
                    model.Log.Note($"{domain} is both an axis and the domain of {axis.Axis}; it stays an axis.");
                    axis.Domain = null;
                }
                else
                {
                    model.Get(domain).Role = ImportRole.Domain;
                }
            }
        }

        foreach (var hypercube in hypercubes)
        {
            if (model.Get(hypercube).Role == ImportRole.Item)
            {
                model.Get(hypercube).Role = ImportRole.Hypercube;
            }
        }

        foreach (var axis in model.Axes.Values)
        {
            foreach (var (member, _) in axis.Members.ToList())
            {
                var concept = model.Get(member);
                string? conflict = null;
                if (NameRules.WhyNotConceptName(member.LocalName) is { } why)
                {
                    model.Log.Leave(member.ToString(), "not an XML name the format accepts: " + why);
                    conflict = string.Empty;
                }
                else if (concept.Role is ImportRole.Axis or ImportRole.TypedAxis or ImportRole.Domain or ImportRole.Hypercube)
                {
                    conflict = $"{member} is a{(concept.Role == ImportRole.Axis ? "n" : string.Empty)} {concept.Role.ToString().ToLowerInvariant()} elsewhere, so it is not listed as a member of {axis.Axis}";
                }
                else if (concept.Facts is { Count: > 0 } evidence)
                {
                    conflict = $"{member} has {Count(evidence.Count, "fact")}, so it is a line item, not a member of {axis.Axis}";
                }

                if (conflict is null)
                {
                    concept.Role = ImportRole.Member;
                    continue;
                }

                if (conflict.Length > 0)
                {
                    model.Log.Note(conflict + ".");
                }

                axis.Remove(member);
            }

            if (axis.Default is { } defaultMember && defaultMember != axis.Domain && !axis.Contains(defaultMember))
            {
                axis.Default = null;
            }

            if (axis.Default == axis.Domain)
            {
                axis.Default = null;
            }
        }
    }

    /// <summary>"1 fact", "12 facts": counts in notes and comments, written with invariant digits.</summary>
    internal static string Count(int n, string noun) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");
}
